using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Samples.AnnualReport.HtmlWriter;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// Writes the assessment as one self-contained HTML file (<c>--html</c>): styles and charts inline, no network, Chinese
/// and English side by side, laid out for A4. The sections, by id: <c>overview</c>, <c>duties</c>, <c>quarters</c>,
/// <c>regions</c>, <c>kinds</c>, <c>scores</c>, <c>barred</c>, <c>cadres</c>, <c>findings</c>, <c>units</c>; every unit
/// named in a table links to its part of <c>units</c> (id <see cref="UnitAnchor"/>), which lists its duties and explains
/// each short one (<see cref="AnnualAssessment.Explain"/>, as <c>--explain</c> does).
/// </summary>
/// <remarks>
/// The same case gives the same bytes: nothing is read from the clock or the machine but the font the charts are
/// measured with (<see cref="ReportCharts"/>).
/// </remarks>
internal static class HtmlReport
{
    /// <summary>The ids of the report's sections, in order.</summary>
    public static readonly string[] SectionIds =
        ["overview", "duties", "quarters", "regions", "kinds", "scores", "barred", "cadres", "findings", "units"];

    /// <summary>The element id of a unit's part of the duty detail.</summary>
    public static string UnitAnchor(UnitId unit) => Anchor("unit", unit.Value);

    /// <summary>The element id of the explanation of a unit's short duty.</summary>
    public static string ExplanationAnchor(UnitId unit, RuleId rule) => Anchor("explain", unit.Value, rule.Value);

    /// <summary>Writes the report of <paramref name="assessment"/> of <paramref name="pairingCase"/>.</summary>
    public static void Write(PairingCase pairingCase, AnnualAssessment assessment, string source, TextWriter output)
    {
        var html = new HtmlWriter(output);
        var report = new Report(pairingCase, assessment, html);
        report.Document(source);
        if (!html.Balanced)
        {
            throw new InvalidOperationException("The HTML report left an element open.");
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string IsoDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A rule identifier without its <c>DUTY-</c> prefix, as the charts label it.</summary>
    private static string ShortRule(RuleId rule) => rule.Value.StartsWith("DUTY-", StringComparison.Ordinal) ? rule.Value[5..] : rule.Value;

    private sealed class Report(PairingCase pairingCase, AnnualAssessment assessment, HtmlWriter html)
    {
        private readonly Roster _roster = pairingCase.Roster;
        private readonly int _year = pairingCase.Year;
        private readonly HashSet<UnitId> _leads = pairingCase.Roster.Pairings.Select(p => p.Lead).ToHashSet();

        public void Document(string source)
        {
            html.Raw("<!DOCTYPE html>\n");
            html.Open("html", Lang("zh-CN"));
            html.Open("head");
            html.Void("meta", new HtmlAttribute("charset", "utf-8"));
            html.Void("meta", new HtmlAttribute("name", "viewport"), new HtmlAttribute("content", "width=device-width, initial-scale=1"));
            html.Element("title", $"定点帮扶年度考核报告 Annual assessment {assessment.Year} ({assessment.Edition.Id})");
            html.Open("style");
            html.Raw(HtmlReportStyle.Css);
            html.Close("style");
            html.Close("head");
            html.Open("body");
            Header(source);
            Contents();
            html.Open("main");
            Overview();
            Duties();
            Quarters();
            Regions();
            Kinds();
            Scores();
            Barred();
            Cadres();
            Findings();
            Units();
            html.Close("main");
            Footer();
            html.Close("body");
            html.Close("html");
            html.Raw("\n");
        }

        private void Header(string source)
        {
            html.Open("header", Id("top"));
            html.Open("h1");
            html.Bilingual("定点帮扶年度考核报告", "Annual assessment of designated pairing assistance");
            html.Close("h1");
            html.Open("table", Class("meta"));
            html.Open("tbody");
            MetaRow("政策版本", "Policy edition", $"{assessment.Edition.Id}: {assessment.Edition.ChineseTitle} ({assessment.Edition.EnglishTitle})");
            MetaRow("年度", "Year", assessment.Year.ToString(CultureInfo.InvariantCulture));
            MetaRow("截至", "As of", IsoDate(assessment.AsOf) + (assessment.IsFullYear ? " (全年 full year)" : " (年中 part of the year)"));
            MetaRow("结果格式", "Results", assessment.HasCadreWork ? "pairing-assessment/2" : "pairing-assessment/1");
            MetaRow("案例", "Case", source == ReportPrinter.SyntheticSource ? "SyntheticProvince, seed 2019 (PairingDomain.Testing)" : Path.GetFileName(source));
            html.Close("tbody");
            html.Close("table");
            if (source == ReportPrinter.SyntheticSource)
            {
                html.Open("p", Class("synthetic"));
                html.Element("strong", "合成数据 SYNTHETIC DATA. ");
                html.Element("span", "县和乡镇名称真实，单位、人员、村、活动、等次和考核结果均为虚构，不反映任何真实单位的情况。", Lang("zh-CN"));
                html.Raw(" ");
                html.Element("span", "The 88 poverty counties and their townships are real places; every unit, person, village, activity, "
                    + "grade and result is invented and says nothing about any real unit.", Lang("en"));
                html.Close("p");
            }
            html.Close("header");
        }

        private void MetaRow(string chinese, string english, string value)
        {
            html.Open("tr");
            html.Open("th", new HtmlAttribute("scope", "row"));
            html.Bilingual(chinese, english);
            html.Close("th");
            html.Element("td", value);
            html.Close("tr");
        }

        private static readonly (string Id, string Chinese, string English)[] s_sections =
        [
            ("overview", "概况", "Overview"),
            ("duties", "各项职责完成情况", "Compliance per duty"),
            ("quarters", "按季度未达标单位", "Units short per quarter"),
            ("regions", "按片区", "Compliance by region"),
            ("kinds", "按单位类别", "Compliance by unit kind"),
            ("scores", "评分分布", "Score distribution"),
            ("barred", "不能评先评优的单位", "Units barred from excellence"),
            ("cadres", "需处理的驻村干部", "Cadres to act on"),
            ("findings", "问题清单", "Findings"),
            ("units", "各单位职责明细", "Duty detail by unit"),
        ];

        private void Contents()
        {
            html.Open("nav", Id("contents"), new HtmlAttribute("aria-label", "目录 Contents"));
            html.Open("ol");
            foreach ((string id, string chinese, string english) in s_sections)
            {
                html.Open("li");
                html.Open("a", Href("#" + id));
                html.Bilingual(chinese, english);
                html.Close("a");
                html.Close("li");
            }
            html.Close("ol");
            html.Close("nav");
        }

        private void OpenSection(string id, string? note = null)
        {
            (string _, string chinese, string english) = s_sections.Single(s => s.Id == id);
            html.Open("section", Id(id), Class("report-section"));
            html.Open("h2");
            html.Text($"{Array.FindIndex(s_sections, s => s.Id == id) + 1}. ");
            html.Bilingual(chinese, english);
            if (note is not null)
            {
                html.Text(" (" + note + ")");
            }
            html.Close("h2");
        }

        private void Note(string chinese, string english)
        {
            html.Open("p", Class("note"));
            html.Element("span", chinese, Lang("zh-CN"));
            html.Raw(" ");
            html.Element("span", english, Lang("en"));
            html.Close("p");
        }

        /// <summary>A table's head: one bilingual header cell per column.</summary>
        private void Head(params (string Chinese, string English)[] columns)
        {
            html.Open("thead");
            html.Open("tr");
            foreach ((string chinese, string english) in columns)
            {
                html.Open("th", new HtmlAttribute("scope", "col"));
                html.Element("span", chinese, Lang("zh-CN"));
                html.Void("br");
                html.Element("span", english, Lang("en"));
                html.Close("th");
            }
            html.Close("tr");
            html.Close("thead");
        }

        private void Cell(string text, string? cssClass = null) => html.Element("td", text, Class(cssClass ?? "text"));

        private void NumberCell(int value) => html.Element("td", Number(value), Class("num"));

        private void BilingualCell(string chinese, string english)
        {
            html.Open("td", Class("text"));
            html.Bilingual(chinese, english);
            html.Close("td");
        }

        private void UnitLink(UnitId unit)
        {
            html.Element("a", unit.Value, Href("#" + UnitAnchor(unit)), Class("unit-link"));
        }

        private void UnitCell(UnitId unit)
        {
            html.Open("td", Class("text id"));
            UnitLink(unit);
            html.Close("td");
        }

        private void Chart(string id, string caption, string englishCaption, string svg)
        {
            html.Open("figure", Id(id), Class("chart"));
            html.Raw(svg);
            html.Open("figcaption");
            html.Bilingual(caption, englishCaption);
            if (!ReportCharts.HasFont)
            {
                html.Text(" — 本机无字体，图中无文字，数字见下表。 No font on the machine that wrote this report: the chart has no labels; the table below has every number.");
            }
            html.Close("figcaption");
            html.Close("figure");
        }

        private void Overview()
        {
            OpenSection("overview");
            int inPost = _roster.Cadres.Count(c => c.Posting.Contains(assessment.AsOf));
            int shortUnits = assessment.Units.Count(u => u.Duties.Any(d => d.Status == DutyStatus.Short));
            int barred = assessment.Units.Count(IsBarred);
            html.Open("table", Id("overview-table"), Class("figures"));
            html.Open("tbody");
            OverviewRow("units", "帮扶单位", "Assistance units", Number(assessment.Units.Length),
                $"{Number(_leads.Count)} 牵头 lead a county");
            OverviewRow("counties", "贫困县", "Poverty counties", Number(_roster.Counties.Length),
                string.Join(", ", Region.List.OrderBy(r => r.Value).Select(r => $"{r.ChineseName} {r.EnglishName} {Number(_roster.Counties.Count(c => c.Region == r))}")));
            County[] due = [.. _roster.Counties.Where(c => c.PlannedDelistingYear == _year)];
            OverviewRow("counties-due", $"{_year} 年计划摘帽", $"Counties due in {_year}", Number(due.Length),
                $"已摘帽 delisted {Number(due.Count(c => !c.MissedDelisting(_year)))}");
            OverviewRow("villages", "驻村帮扶村", "Posted villages", Number(_roster.Villages.Length),
                $"{_year} 年计划退出 due to exit {Number(_roster.Villages.Count(v => v.PlannedExitYear == _year))}");
            OverviewRow("cadres", "驻村干部", "Stationed cadres", Number(_roster.Cadres.Length), $"在岗 in post {Number(inPost)}");
            OverviewRow("activities", "活动记录", $"Activities {_year}", Number(assessment.Statistics.Activities.Sum(a => a.Total)), null);
            OverviewRow("units-short", "存在未达标职责的单位", "Units short of a duty", Number(shortUnits), Percent(shortUnits, assessment.Units.Length));
            OverviewRow("units-barred", "不能评先评优的单位", "Units barred from excellence", Number(barred), null);
            OverviewRow("cadres-acted-on", "需处理的驻村干部", "Cadres to act on", Number(assessment.Cadres.Count(c => !c.Actions.IsEmpty)), null);
            OverviewRow("findings", "问题", "Findings", Number(assessment.Findings.Length), null);
            UnitScore[] scores = Scores(assessment);
            if (scores.Length > 0)
            {
                OverviewRow("mean-points", "平均分", "Mean points", scores.Average(s => s.Points).ToString("0.0", CultureInfo.InvariantCulture),
                    $"参评单位 units scored {Number(scores.Length)}");
            }
            html.Close("tbody");
            html.Close("table");
            html.Close("section");
        }

        private void OverviewRow(string key, string chinese, string english, string value, string? detail)
        {
            html.Open("tr", Data("key", key));
            html.Open("th", new HtmlAttribute("scope", "row"));
            html.Bilingual(chinese, english);
            html.Close("th");
            html.Element("td", value, Class("num"));
            html.Element("td", detail ?? string.Empty, Class("text"));
            html.Close("tr");
        }

        private void Duties()
        {
            OpenSection("duties");
            var rows = new List<(RuleId Rule, string Label, int Units, int Met, int Short, int Pending)>();
            foreach (DutyRule rule in assessment.Edition.Duties)
            {
                DutyResult[] results = [.. assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == rule.Id)];
                if (results.Length > 0)
                {
                    rows.Add((rule.Id, ReportPrinter.DutyLabel(rule.Id), results.Length, results.Count(d => d.Status == DutyStatus.Met),
                        results.Count(d => d.Status == DutyStatus.Short), results.Count(d => d.Status == DutyStatus.Pending)));
                }
            }
            int complete = assessment.Units.Count(u => u.Mechanism.Complete);
            rows.Add((RuleIds.MechFourInOne, "四位一体机制", assessment.Units.Length, complete, assessment.Units.Length - complete, 0));

            Chart("chart-duties", "各项职责：达标、未达标、进行中的单位数", "Units met, short and pending per duty",
                ReportCharts.StackedRows("chart-duties-svg", "Compliance per duty 各项职责完成情况", [.. rows.Select(r => ShortRule(r.Rule))],
                [
                    new ReportCharts.Series("met", ReportCharts.MetColor, [.. rows.Select(r => (double)r.Met)]),
                    new ReportCharts.Series("short", ReportCharts.ShortColor, [.. rows.Select(r => (double)r.Short)]),
                    new ReportCharts.Series("pending", ReportCharts.PendingColor, [.. rows.Select(r => (double)r.Pending)]),
                ], "units"));

            html.Open("table", Id("duty-table"), Class("data"));
            Head(("规则", "Rule"), ("职责", "Duty"), ("单位", "Units"), ("达标", "Met"), ("未达标", "Short"), ("进行中", "Pending"),
                ("完成率", "Rate"));
            html.Open("tbody");
            foreach ((RuleId rule, string label, int units, int met, int shortCount, int pending) in rows)
            {
                html.Open("tr", Data("rule", rule.Value));
                Cell(rule.Value, "text rule");
                Cell(label);
                NumberCell(units);
                NumberCell(met);
                NumberCell(shortCount);
                NumberCell(pending);
                html.Element("td", Percent(met, met + shortCount), Class("num"));
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Note("完成率 = 达标 / (达标 + 未达标)；期间未结束的为进行中，不计未达标。MECH-FOUR-IN-ONE：达标 = 机制完整。",
                "Rate = met / (met + short); a period not yet over is pending, never short. For MECH-FOUR-IN-ONE, met = the "
                + "four-in-one mechanism complete, short = a part missing.");
            html.Close("section");
        }

        private void Quarters()
        {
            OpenSection("quarters");
            DutyRule[] quarterly = [.. assessment.Edition.Duties.Where(d => d.Period == DutyPeriodKind.Quarter)];
            var rows = new List<(RuleId Rule, DutyStatus Status, int[] Counts)>();
            foreach (DutyRule rule in quarterly)
            {
                DutyResult[] results = [.. assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == rule.Id)];
                foreach (DutyStatus status in new[] { DutyStatus.Short, DutyStatus.Pending })
                {
                    rows.Add((rule.Id, status, [.. Enumerable.Range(1, 4).Select(q => results.Count(d => d.Periods.Any(p =>
                        p.Status == status && !p.Period.IsYear && p.Period.Year == _year && p.Period.Quarter == q)))]));
                }
            }
            if (rows.Count == 0)
            {
                Note("本版本没有按季度的职责。", $"{assessment.Edition.Id} has no quarterly duty.");
                html.Close("section");
                return;
            }
            var series = new List<ReportCharts.Series>();
            foreach ((RuleId rule, DutyStatus status, int[] counts) in rows)
            {
                if (status == DutyStatus.Short || counts.Any(c => c > 0))
                {
                    series.Add(new ReportCharts.Series($"{ShortRule(rule)} {status.EnglishName}",
                        status == DutyStatus.Short ? ReportCharts.ShortColor : ReportCharts.PendingColor, [.. counts.Select(c => (double)c)]));
                }
            }
            Chart("chart-quarters", "按季度职责未达标（及进行中）的单位数", "Units short (and pending) of a quarterly duty, by quarter",
                ReportCharts.GroupedColumns("chart-quarters-svg", "Units short per quarter 按季度未达标单位",
                    [.. Enumerable.Range(1, 4).Select(q => $"{_year}-Q{q}")], series, "units"));
            html.Open("table", Id("quarter-table"), Class("data"));
            Head(("规则", "Rule"), ("状态", "Status"), ("一季度", $"{_year}-Q1"), ("二季度", $"{_year}-Q2"), ("三季度", $"{_year}-Q3"),
                ("四季度", $"{_year}-Q4"));
            html.Open("tbody");
            foreach ((RuleId rule, DutyStatus status, int[] counts) in rows)
            {
                html.Open("tr", Data("rule", rule.Value), Data("status", status.ContractId));
                Cell(rule.Value, "text rule");
                BilingualCell(status.ChineseName, status.EnglishName);
                foreach (int count in counts)
                {
                    NumberCell(count);
                }
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Note("单位数：该季度该职责未达标（或尚未结束）的单位。", "Units whose duty is short (or still open) in the quarter.");
            html.Close("section");
        }

        /// <summary>The units assisting (leading or taking part in) a pairing in force some day of the window, by county.</summary>
        private Dictionary<DivisionCode, HashSet<UnitId>> UnitsByCounty()
        {
            var window = new DateInterval(new LocalDate(_year, 1, 1), assessment.AsOf);
            var byCounty = new Dictionary<DivisionCode, HashSet<UnitId>>();
            foreach (CountyPairing pairing in _roster.Pairings.Where(p => p.Validity.Overlaps(window)))
            {
                if (!byCounty.TryGetValue(pairing.County, out HashSet<UnitId>? units))
                {
                    byCounty[pairing.County] = units = [];
                }
                units.UnionWith(pairing.Units);
            }
            return byCounty;
        }

        /// <summary>The row of a group of units in the region and kind tables.</summary>
        private static (int Units, int NoShort, int Short, int Eligible) Compliance(UnitAssessment[] units) =>
            (units.Length, units.Count(u => !u.Duties.Any(d => d.Status == DutyStatus.Short)),
                units.Count(u => u.Duties.Any(d => d.Status == DutyStatus.Short)), units.Count(u => u.Excellence.Eligible));

        private void Regions()
        {
            OpenSection("regions");
            Dictionary<DivisionCode, HashSet<UnitId>> byCounty = UnitsByCounty();
            var rows = new List<(Region Region, int Counties, (int Units, int NoShort, int Short, int Eligible) Row)>();
            foreach (Region region in Region.List.OrderBy(r => r.Value))
            {
                County[] counties = [.. _roster.Counties.Where(c => c.Region == region)];
                var ids = counties.SelectMany(c => byCounty.GetValueOrDefault(c.Code) ?? []).ToHashSet();
                UnitAssessment[] units = [.. assessment.Units.Where(u => ids.Contains(u.Unit))];
                rows.Add((region, counties.Length, Compliance(units)));
            }
            Chart("chart-regions", "帮扶各片区的单位：无未达标职责与存在未达标职责", "Units assisting each region: no duty short, and short of a duty",
                ReportCharts.StackedRows("chart-regions-svg", "Compliance by region 按片区", [.. rows.Select(r => r.Region.Name)],
                [
                    new ReportCharts.Series("no duty short", ReportCharts.MetColor, [.. rows.Select(r => (double)r.Row.NoShort)]),
                    new ReportCharts.Series("short of a duty", ReportCharts.ShortColor, [.. rows.Select(r => (double)r.Row.Short)]),
                ], "units"));
            html.Open("table", Id("region-table"), Class("data"));
            Head(("片区", "Region"), ("贫困县", "Counties"), ("帮扶单位", "Units"), ("无未达标", "No duty short"), ("有未达标", "Short of a duty"),
                ("无未达标比例", "Rate"), ("可评优", "Eligible"));
            html.Open("tbody");
            foreach ((Region region, int counties, (int units, int noShort, int shortCount, int eligible)) in rows)
            {
                html.Open("tr", Data("region", region.ContractId));
                BilingualCell(region.ChineseName, region.EnglishName);
                NumberCell(counties);
                NumberCell(units);
                NumberCell(noShort);
                NumberCell(shortCount);
                html.Element("td", Percent(noShort, units), Class("num"));
                NumberCell(eligible);
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Note("帮扶单位：年内某日与该片区某县结对（牵头或参与）的单位；一个单位可帮扶多个片区。可评优：未被 BUNDLE-* 捆绑。",
                "Units: those paired (as lead or participant) with a county of the region some day of the year; a unit may assist "
                + "several regions. Eligible: not barred from excellence by BUNDLE-* (§III.8).");
            html.Close("section");
        }

        private void Kinds()
        {
            OpenSection("kinds");
            var rows = new List<(UnitKind Kind, int Leads, int Complete, (int Units, int NoShort, int Short, int Eligible) Row)>();
            foreach (UnitKind kind in UnitKind.List.OrderBy(k => k.Value))
            {
                UnitAssessment[] units = [.. assessment.Units.Where(u => _roster.FindUnit(u.Unit)!.Kind == kind)];
                if (units.Length > 0)
                {
                    rows.Add((kind, units.Count(u => _leads.Contains(u.Unit)), units.Count(u => u.Mechanism.Complete), Compliance(units)));
                }
            }
            Chart("chart-kinds", "各类单位：无未达标职责与存在未达标职责", "Units of each kind: no duty short, and short of a duty",
                ReportCharts.StackedRows("chart-kinds-svg", "Compliance by unit kind 按单位类别", [.. rows.Select(r => r.Kind.EnglishName)],
                [
                    new ReportCharts.Series("no duty short", ReportCharts.MetColor, [.. rows.Select(r => (double)r.Row.NoShort)]),
                    new ReportCharts.Series("short of a duty", ReportCharts.ShortColor, [.. rows.Select(r => (double)r.Row.Short)]),
                ], "units"));
            html.Open("table", Id("kind-table"), Class("data"));
            Head(("类别", "Kind"), ("单位数", "Units"), ("牵头", "Leads"), ("无未达标", "No duty short"), ("有未达标", "Short of a duty"),
                ("四位一体", "4-in-1"), ("可评优", "Eligible"));
            html.Open("tbody");
            foreach ((UnitKind kind, int leads, int complete, (int units, int noShort, int shortCount, int eligible)) in rows)
            {
                html.Open("tr", Data("kind", kind.ContractId));
                BilingualCell(kind.ChineseName, kind.EnglishName);
                NumberCell(units);
                NumberCell(leads);
                NumberCell(noShort);
                NumberCell(shortCount);
                NumberCell(complete);
                NumberCell(eligible);
                html.Close("tr");
            }
            html.Open("tr", Data("kind", "total"), Class("total"));
            BilingualCell("合计", "Total");
            NumberCell(rows.Sum(r => r.Row.Units));
            NumberCell(rows.Sum(r => r.Leads));
            NumberCell(rows.Sum(r => r.Row.NoShort));
            NumberCell(rows.Sum(r => r.Row.Short));
            NumberCell(rows.Sum(r => r.Complete));
            NumberCell(rows.Sum(r => r.Row.Eligible));
            html.Close("tr");
            html.Close("tbody");
            html.Close("table");
            Note("四位一体：MECH-FOUR-IN-ONE 机制完整。", "4-in-1: the four-in-one mechanism complete (MECH-FOUR-IN-ONE).");
            html.Close("section");
        }

        /// <summary>The score bands of the distribution: below 60, then five points each, and 100.</summary>
        public static readonly (int From, int To)[] Bands =
            [(0, 59), (60, 64), (65, 69), (70, 74), (75, 79), (80, 84), (85, 89), (90, 94), (95, 99), (100, 100)];

        private static string BandLabel((int From, int To) band) =>
            band.From == 0 ? "<60" : band.From == band.To ? band.From.ToString(CultureInfo.InvariantCulture) : $"{band.From}-{band.To}";

        /// <summary>The units' scores, which the report shows for a pairing-case/2 case only (pairing-assessment/2 carries them).</summary>
        private static UnitScore[] Scores(AnnualAssessment assessment) =>
            assessment.HasCadreWork ? [.. assessment.Units.Select(u => u.Score).OfType<UnitScore>()] : [];

        private void Scores()
        {
            OpenSection("scores");
            if (!assessment.HasCadreWork)
            {
                html.Open("p", Id("no-scores"), Class("plain"));
                html.Element("span", "本案例为 pairing-case/1，结果为 pairing-assessment/1，没有评分：评分表（三挂钩）需要 pairing-case/2 的驻村干部履职数据，"
                    + "分数只随 pairing-assessment/2 给出。", Lang("zh-CN"));
                html.Raw(" ");
                html.Element("span", "No scores exist for this case: it is a pairing-case/1 case, assessed as pairing-assessment/1, "
                    + "which carries no score. The scoring table (the three links, §III.8) reads the stationed cadres' own duties, which "
                    + "only a pairing-case/2 case records; scores come with pairing-assessment/2.", Lang("en"));
                html.Close("p");
                html.Close("section");
                return;
            }
            UnitScore[] scores = Scores(assessment);
            if (scores.Length == 0)
            {
                html.Open("p", Id("no-scores"), Class("plain"));
                html.Bilingual("本年度没有单位承担职责，没有评分。", "No unit owes a duty this year: no scores.");
                html.Close("p");
                html.Close("section");
                return;
            }
            int[] bands = [.. Bands.Select(b => scores.Count(s => s.Points >= b.From && s.Points <= b.To))];
            Chart("chart-scores", "各分数段的单位数（90 分以上为好，80 以上较好，60 以上一般）",
                "Units per band of points (good from 90, fairly good from 80, average from 60)",
                ReportCharts.GroupedColumns("chart-scores-svg", "Score distribution 评分分布", [.. Bands.Select(BandLabel)],
                    [new ReportCharts.Series("units", "#3465A4", [.. bands.Select(b => (double)b)])], "units", 320));
            html.Open("table", Id("score-table"), Class("data compact"));
            Head(("分数段", "Points"), ("单位数", "Units"));
            html.Open("tbody");
            for (int i = 0; i < Bands.Length; i++)
            {
                html.Open("tr", Data("band", BandLabel(Bands[i])));
                Cell(BandLabel(Bands[i]));
                NumberCell(bands[i]);
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            html.Open("table", Id("grade-table"), Class("data compact"));
            Head(("等次", "Grade"), ("单位数", "Units"), ("比例", "Share"));
            html.Open("tbody");
            foreach (ScoreGrade grade in ScoreGrade.List.OrderBy(g => g.Value))
            {
                int count = scores.Count(s => s.Grade == grade);
                html.Open("tr", Data("grade", grade.ContractId));
                BilingualCell(grade.ChineseName, grade.EnglishName);
                NumberCell(count);
                html.Element("td", Percent(count, scores.Length), Class("num"));
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Note($"参评单位 {Number(scores.Length)}，平均分 {scores.Average(s => s.Points).ToString("0.0", CultureInfo.InvariantCulture)}，"
                + $"因捆绑降为较好 {Number(scores.Count(s => s.Capped))}。",
                $"{Number(scores.Length)} units scored, mean {scores.Average(s => s.Points).ToString("0.0", CultureInfo.InvariantCulture)} points; "
                + $"{Number(scores.Count(s => s.Capped))} capped at fairly good by a bundle."
                + (assessment.Edition.Adopts(InterpretationIds.ScoringTableIllustrative)
                    ? " The scoring table is illustrative (SCORING-TABLE-ILLUSTRATIVE): the official weights are not public."
                    : string.Empty));
            html.Close("section");
        }

        private static bool IsBarred(UnitAssessment unit) => !unit.Excellence.Eligible || !unit.MainLeaderExcellence.Eligible;

        private void Barred()
        {
            UnitAssessment[] barred = [.. assessment.Units.Where(IsBarred)];
            OpenSection("barred", Number(barred.Length));
            Note("三捆绑（§III.8）：驻村干部被评为不称职（BUNDLE-CADRE）、驻村帮扶村未按期退出（BUNDLE-VILLAGE）或帮扶县未按期摘帽（BUNDLE-COUNTY），单位及其主要负责同志当年不能评先评优。",
                "§III.8: a cadre graded 不称职 (BUNDLE-CADRE), a posted village that did not exit on time (BUNDLE-VILLAGE) or an "
                + "assisted county not delisted on time (BUNDLE-COUNTY) bars the unit and its main leader from excellence for the year.");
            if (barred.Length == 0)
            {
                html.Open("p", Class("plain"));
                html.Bilingual("无。", "None.");
                html.Close("p");
                html.Close("section");
                return;
            }
            html.Open("table", Id("barred-table"), Class("data"));
            Head(("单位", "Unit"), ("名称", "Name"), ("不能评优", "Barred"), ("依据", "Blocked by"));
            html.Open("tbody");
            foreach (UnitAssessment unit in barred)
            {
                string who = unit.Excellence.Eligible ? "main-leader" : unit.MainLeaderExcellence.Eligible ? "unit" : "unit-and-main-leader";
                html.Open("tr", Data("unit", unit.Unit.Value), Data("barred", who));
                UnitCell(unit.Unit);
                Cell(_roster.FindUnit(unit.Unit)?.Name ?? string.Empty);
                switch (who)
                {
                    case "main-leader":
                        BilingualCell("主要负责同志", "main leader");
                        break;
                    case "unit":
                        BilingualCell("单位", "unit");
                        break;
                    default:
                        BilingualCell("单位及主要负责同志", "unit and main leader");
                        break;
                }
                html.Open("td", Class("text"));
                html.Open("ul", Class("blocks"));
                foreach (ExcellenceBlock block in unit.Excellence.BlockedBy.Union(unit.MainLeaderExcellence.BlockedBy))
                {
                    html.Open("li", Data("rule", block.Rule.Value), Data("subject", block.Subject));
                    html.Element("span", block.Rule.Value, Class("rule"));
                    html.Text(" " + Describe(block));
                    html.Close("li");
                }
                html.Close("ul");
                html.Close("td");
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            html.Close("section");
        }

        private string Describe(ExcellenceBlock block)
        {
            if (block.Rule == RuleIds.BundleCadre && _roster.FindCadre(new CadreId(block.Subject)) is { } cadre)
            {
                return $"{cadre.Id} {cadre.Name} 不称职 incompetent ({VillageName(cadre.Village)})";
            }
            if (block.Rule == RuleIds.BundleVillage && VillageCode.TryParse(block.Subject, out VillageCode village))
            {
                return VillageName(village) + " 未按期退出 did not exit on time";
            }
            if (block.Rule == RuleIds.BundleCounty && DivisionCode.TryParse(block.Subject, out DivisionCode code)
                && _roster.FindCounty(code) is { } county)
            {
                return $"{county.Code} {county.Name} 未按期摘帽 not delisted on time";
            }
            return block.Subject;
        }

        private string VillageName(VillageCode code)
        {
            Village? village = _roster.FindVillage(code);
            County? county = _roster.FindCounty(code.County);
            return $"{code} {village?.Name ?? "?"} ({county?.Name ?? code.County.Value})";
        }

        private void Cadres()
        {
            CadreActions[] acted = CadresToActOn(assessment);
            OpenSection("cadres", Number(acted.Length));
            Note("CADRE-RECALL：评为不称职的，派出单位及时召回调整；CADRE-CRITICISE：履职不力的批评教育（需 pairing-case/2）；CADRE-COMMEND：评为优秀的表彰并优先提拔。",
                "CADRE-RECALL: a cadre graded incompetent is recalled and replaced; CADRE-CRITICISE: a cadre who does not fulfil "
                + "the duties is criticised (pairing-case/2 only); CADRE-COMMEND: a cadre graded excellent is commended and "
                + "considered first for promotion (§III.6).");
            if (acted.Length == 0)
            {
                html.Open("p", Class("plain"));
                html.Bilingual("无。", "None.");
                html.Close("p");
                html.Close("section");
                return;
            }
            var failedReview = pairingCase.CadreWork.Reviews
                .Where(r => !r.DutiesFulfilled && r.On.Year == _year && r.On <= assessment.AsOf)
                .Select(r => r.Cadre).ToHashSet();
            html.Open("table", Id("cadre-table"), Class("data"));
            Head(("驻村干部", "Cadre"), ("姓名", "Name"), ("职务", "Post"), ("派出单位", "Unit"), ("驻村", "Village"), ("处理", "Actions"),
                ("原因", "Reasons"));
            html.Open("tbody");
            foreach (CadreActions action in acted)
            {
                StationedCadre? cadre = _roster.FindCadre(action.Cadre);
                html.Open("tr", Data("cadre", action.Cadre.Value));
                Cell(action.Cadre.Value, "text id");
                Cell(cadre?.Name ?? string.Empty, "text name");
                if (cadre is null)
                {
                    Cell(string.Empty);
                    Cell(string.Empty);
                    Cell(string.Empty);
                }
                else
                {
                    BilingualCell(cadre.Post.ChineseName, cadre.Post.EnglishName);
                    UnitCell(cadre.Unit);
                    Cell(VillageName(cadre.Village));
                }
                html.Open("td", Class("text"));
                foreach (RuleId rule in action.Actions)
                {
                    html.Element("span", rule.Value, Class("rule action"), Data("rule", rule.Value));
                    html.Raw(" ");
                }
                html.Close("td");
                Cell(string.Join("; ", Reasons(action, failedReview)));
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            html.Close("section");
        }

        /// <summary>
        /// The cadres with an action, the most pressing first: those to recall, then to criticise, then to commend, each
        /// group in the assessment's order.
        /// </summary>
        public static CadreActions[] CadresToActOn(AnnualAssessment assessment) =>
            [.. assessment.Cadres.Where(c => !c.Actions.IsEmpty)
                .OrderBy(c => c.Actions.Contains(RuleIds.CadreRecall) ? 0 : c.Actions.Contains(RuleIds.CadreCriticise) ? 1 : 2)];

        private IEnumerable<string> Reasons(CadreActions action, HashSet<CadreId> failedReview)
        {
            CadreGrade? grade = pairingCase.Grades.GradeOf(action.Cadre, _year);
            if (grade is not null && (action.Actions.Contains(RuleIds.CadreRecall) || action.Actions.Contains(RuleIds.CadreCommend)))
            {
                yield return $"{_year} 等次 grade {grade.ChineseName} {grade.EnglishName.ToLowerInvariant()}";
            }
            if (!action.Actions.Contains(RuleIds.CadreCriticise))
            {
                yield break;
            }
            if (failedReview.Contains(action.Cadre))
            {
                yield return "考核履职不力 review: duties not fulfilled";
            }
            foreach (CadreDutyResult duty in action.Duties.Where(d => d.Status == DutyStatus.Short))
            {
                yield return duty.Rule == RuleIds.DutyCadreDays
                    ? $"DUTY-CADRE-DAYS {duty.ShortMonths.Length} 月 months short" + (duty.LeaveExceeded ? ", 请假超限 leave over the maximum" : string.Empty)
                    : "DUTY-CADRE-FULL-TIME 缺 lacks " + string.Join(", ", duty.Missing.Select(p => $"{p.ChineseName} {p.EnglishName.ToLowerInvariant()}"));
            }
        }

        private void Findings()
        {
            OpenSection("findings", Number(assessment.Findings.Length));
            if (assessment.Findings.IsEmpty)
            {
                html.Open("p", Class("plain"));
                html.Bilingual("无。", "None.");
                html.Close("p");
                html.Close("section");
                return;
            }
            html.Open("table", Id("finding-summary"), Class("data compact"));
            Head(("规则", "Rule"), ("问题数", "Findings"));
            html.Open("tbody");
            foreach (IGrouping<RuleId, Finding> group in assessment.Findings.GroupBy(f => f.Rule))
            {
                html.Open("tr", Data("rule", group.Key.Value));
                Cell(group.Key.Value, "text rule");
                NumberCell(group.Count());
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Dictionary<string, UnitId[]> units = UnitsOfSubjects();
            html.Open("table", Id("finding-table"), Class("data"));
            Head(("规则", "Rule"), ("对象", "Subject"), ("相关单位", "Units"), ("说明", "Message"));
            html.Open("tbody");
            foreach (Finding finding in assessment.Findings)
            {
                html.Open("tr", Data("rule", finding.Rule.Value), Data("subject", finding.Subject));
                Cell(finding.Rule.Value, "text rule");
                Cell(finding.Subject);
                html.Open("td", Class("text unit"));
                foreach (UnitId unit in units.GetValueOrDefault(finding.Subject) ?? [])
                {
                    UnitLink(unit);
                    html.Raw(" ");
                }
                html.Close("td");
                html.Open("td", Class("text message"));
                html.Element("span", finding.ChineseMessage, Lang("zh-CN"));
                html.Void("br");
                html.Element("span", finding.Message, Lang("en"));
                html.Close("td");
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            Note("相关单位：活动或成果的单位、驻村干部的派出单位、村的驻村干部的派出单位。",
                "Units: the unit of an activity or outcome, a stationed cadre's sending unit, the sending units of a village's "
                + "stationed cadres (a local team member: those of the member's village).");
            html.Close("section");
        }

        /// <summary>
        /// The units a finding's subject concerns, by subject: an activity's or outcome's unit, a stationed cadre's unit, the
        /// units of the cadres posted to a village (a local cadre's village); none for a county or anything else.
        /// </summary>
        private Dictionary<string, UnitId[]> UnitsOfSubjects()
        {
            var subjects = assessment.Findings.Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
            var found = new Dictionary<string, UnitId[]>(StringComparer.Ordinal);
            foreach (Activity activity in pairingCase.Ledger)
            {
                if (subjects.Contains(activity.Id.Value))
                {
                    found.TryAdd(activity.Id.Value, [activity.Unit]);
                }
            }
            foreach (PairingDomain.Outcomes.Outcome outcome in pairingCase.Outcomes)
            {
                if (subjects.Contains(outcome.Id.Value))
                {
                    found.TryAdd(outcome.Id.Value, [outcome.Unit]);
                }
            }
            var byVillage = _roster.Cadres.GroupBy(c => c.Village)
                .ToDictionary(g => g.Key, g => g.Select(c => c.Unit).Distinct().ToArray());
            foreach (string subject in subjects.Where(s => !found.ContainsKey(s)))
            {
                if (CadreId.IsValid(subject) && _roster.FindCadre(new CadreId(subject)) is { } cadre)
                {
                    found[subject] = [cadre.Unit];
                }
                else if (CadreId.IsValid(subject) && pairingCase.CadreWork.FindLocalCadre(new CadreId(subject)) is { } local)
                {
                    found[subject] = byVillage.GetValueOrDefault(local.Village) ?? [];
                }
                else if (VillageCode.TryParse(subject, out VillageCode village))
                {
                    found[subject] = byVillage.GetValueOrDefault(village) ?? [];
                }
            }
            return found;
        }

        private void Units()
        {
            OpenSection("units", Number(assessment.Units.Length));
            Note("每个单位的各项职责；未达标的职责附说明（与 --explain 相同：哪些活动计入、哪些未计入及原因），点击展开。",
                "Each unit's duties; a short duty comes with its explanation (as --explain gives it: which activities counted, "
                + "which did not and why), opened by a click.");
            foreach (UnitAssessment unit in assessment.Units)
            {
                Unit(unit);
            }
            html.Close("section");
        }

        private void Unit(UnitAssessment unit)
        {
            AssistanceUnit? info = _roster.FindUnit(unit.Unit);
            html.Open("article", Id(UnitAnchor(unit.Unit)), Class("unit-detail"), Data("unit", unit.Unit.Value));
            html.Open("h3");
            html.Text($"{unit.Unit} {info?.Name}");
            if (info is not null)
            {
                html.Text(" · ");
                html.Bilingual(info.Kind.ChineseName, info.Kind.EnglishName);
            }
            if (_leads.Contains(unit.Unit))
            {
                html.Text(" · ");
                html.Bilingual("牵头单位", "lead unit");
            }
            html.Close("h3");

            html.Open("p", Class("unit-summary"));
            html.Bilingual("评优", "Excellence");
            html.Text(": " + (IsBarred(unit)
                ? "不能评先评优 barred (" + string.Join(", ", unit.Excellence.BlockedBy.Union(unit.MainLeaderExcellence.BlockedBy).Select(b => b.Rule.Value).Distinct()) + ")"
                : "可评优 eligible"));
            html.Text(" · ");
            html.Bilingual("四位一体", "4-in-1");
            html.Text(": " + (unit.Mechanism.Complete ? "完整 complete"
                : "缺 missing " + string.Join(", ", unit.Mechanism.Missing.Select(p => p.ChineseName))));
            if (assessment.HasCadreWork && unit.Score is { } score)
            {
                html.Text(" · ");
                html.Bilingual("评分", "Score");
                html.Text($": {score.Points} {score.Grade.ChineseName} {score.Grade.EnglishName}" + (score.Capped ? " (capped 因捆绑降等)" : string.Empty));
            }
            html.Close("p");

            if (unit.Duties.IsEmpty)
            {
                html.Open("p", Class("plain"));
                html.Bilingual("本年度不承担职责。", "Owes no duty this year.");
                html.Close("p");
                html.Close("article");
                return;
            }
            html.Open("table", Class("data unit-duties"));
            Head(("规则", "Rule"), ("职责", "Duty"), ("应", "Required"), ("计入", "Recorded"), ("状态", "Status"), ("未达标期间", "Short"));
            html.Open("tbody");
            foreach (DutyResult duty in unit.Duties)
            {
                html.Open("tr", Data("rule", duty.Rule.Value), Data("status", duty.Status.ContractId), Class("status-" + duty.Status.ContractId));
                html.Open("td", Class("text rule"));
                if (duty.Status == DutyStatus.Short)
                {
                    html.Element("a", duty.Rule.Value, Href("#" + ExplanationAnchor(unit.Unit, duty.Rule)));
                }
                else
                {
                    html.Text(duty.Rule.Value);
                }
                html.Close("td");
                Cell(ReportPrinter.DutyLabel(duty.Rule));
                NumberCell(duty.Required);
                NumberCell(duty.Recorded);
                BilingualCell(duty.Status.ChineseName, duty.Status.EnglishName);
                Cell(string.Join(", ", duty.Periods.Where(p => p.Status == DutyStatus.Short)
                    .Select(p => p.County is { } county ? $"{p.Period} {county}" : p.Period.ToString())));
                html.Close("tr");
            }
            html.Close("tbody");
            html.Close("table");
            foreach (DutyResult duty in unit.Duties.Where(d => d.Status == DutyStatus.Short))
            {
                DutyExplanation explanation = assessment.Explain(unit.Unit, duty.Rule);
                html.Open("details", Id(ExplanationAnchor(unit.Unit, duty.Rule)), Class("explanation"), Data("rule", duty.Rule.Value));
                html.Open("summary");
                html.Bilingual("说明", "Explanation");
                html.Text($": {duty.Rule} {duty.Recorded}/{duty.Required}");
                html.Close("summary");
                html.Element("pre", explanation.ChineseText, Lang("zh-CN"));
                html.Element("pre", explanation.EnglishText, Lang("en"));
                html.Close("details");
            }
            html.Close("article");
        }

        private void Footer()
        {
            html.Open("footer");
            html.Open("p");
            html.Text($"SC-2019-4 = 川直委发〔2019〕4号. Rule IDs as in the {assessment.Edition.Id} edition; results per "
                + (assessment.HasCadreWork ? "pairing-assessment/2" : "pairing-assessment/1")
                + ". Written by PairingDomain.Samples.AnnualAssessment --html.");
            html.Close("p");
            html.Close("footer");
        }
    }
}
