using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AngleSharp.Dom;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Units;

namespace PairingDomain.Samples.Tests;

/// <summary>
/// Checks the HTML report's DOM (parsed by AngleSharp) against the assessment the test computes itself with the
/// library: each check reads the report's cells back and compares them row by row with figures counted here from
/// <see cref="AnnualAssessment"/>, never from the sample's code.
/// </summary>
internal static class HtmlReportChecks
{
    public static readonly string[] Sections =
        ["overview", "duties", "quarters", "regions", "kinds", "scores", "barred", "cadres", "findings", "units"];

    /// <summary>Every check below.</summary>
    public static void All(IDocument document, PairingCase pairingCase, AnnualAssessment assessment)
    {
        SectionsPresent(document);
        SelfContained(document);
        LinksResolve(document);
        Charts(document, assessment);
        Overview(document, pairingCase, assessment);
        DutyTable(document, assessment);
        QuarterTable(document, assessment);
        RegionTable(document, pairingCase, assessment);
        KindTable(document, pairingCase, assessment);
        ScoreTables(document, assessment);
        BarredTable(document, assessment);
        CadreTable(document, pairingCase, assessment);
        FindingTable(document, assessment);
        UnitDetail(document, assessment);
    }

    public static void SectionsPresent(IDocument document)
    {
        foreach (string id in Sections)
        {
            IElement? section = document.GetElementById(id);
            section.Should().NotBeNull($"the report has the section #{id}");
            section!.LocalName.Should().Be("section");
            section.QuerySelector("h2").Should().NotBeNull($"#{id} has a heading");
            section.QuerySelector("h2 [lang='zh-CN']").Should().NotBeNull($"#{id}'s heading is in Chinese");
            section.QuerySelector("h2 [lang='en']").Should().NotBeNull($"#{id}'s heading is in English");
        }
        document.QuerySelectorAll("section.report-section").Select(s => s.Id).Should().Equal(Sections, "the sections come in order");
    }

    /// <summary>Nothing the report needs is fetched: no script, no linked style sheet, no @import, no external URL.</summary>
    public static void SelfContained(IDocument document)
    {
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("link").Should().BeEmpty("styles are inline, no <link rel=stylesheet>");
        document.QuerySelectorAll("iframe, object, embed, img, video, audio, source").Should().BeEmpty();
        foreach (IElement element in document.All)
        {
            foreach (IAttr attribute in element.Attributes)
            {
                if (attribute.Name is "src" or "href" or "xlink:href" or "action" or "poster" or "data" || attribute.LocalName == "href")
                {
                    attribute.Value.Should().StartWith("#", $"<{element.LocalName} {attribute.Name}> points inside the page");
                }
                if (attribute.Name == "style" || attribute.Value.Contains("url(", StringComparison.Ordinal))
                {
                    attribute.Value.Replace("url(#", string.Empty, StringComparison.Ordinal)
                        .Should().NotContain("url(", $"<{element.LocalName} {attribute.Name}> refers to nothing outside");
                }
            }
        }
        string styles = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        styles.Should().NotBeEmpty();
        styles.Should().NotContain("@import").And.NotContain("url(").And.NotContain("@font-face");
        styles.Should().Contain("@page").And.Contain("size: A4");
        styles.Should().Contain("\"Noto Sans CJK SC\"").And.Contain("\"Source Han Sans SC\"").And.Contain("\"Microsoft YaHei\"")
            .And.Contain("\"PingFang SC\"").And.Contain("sans-serif");
        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        document.QuerySelector("meta[charset]")!.GetAttribute("charset").Should().Be("utf-8");
    }

    /// <summary>Every in-page link names an element of the page; ids are unique; each unit link goes to that unit.</summary>
    public static void LinksResolve(IDocument document)
    {
        string[] ids = [.. document.All.Where(e => !string.IsNullOrEmpty(e.Id)).Select(e => e.Id!)];
        ids.Should().OnlyHaveUniqueItems();
        var known = ids.ToHashSet(StringComparer.Ordinal);
        foreach (IElement link in document.QuerySelectorAll("a[href]"))
        {
            string href = link.GetAttribute("href")!;
            href.Should().StartWith("#");
            known.Should().Contain(href[1..], $"the link '{link.TextContent}' resolves");
        }
        IElement[] unitLinks = [.. document.QuerySelectorAll("a.unit-link")];
        unitLinks.Should().NotBeEmpty();
        foreach (IElement link in unitLinks)
        {
            IElement target = document.GetElementById(link.GetAttribute("href")![1..])!;
            target.LocalName.Should().Be("article");
            target.GetAttribute("data-unit").Should().Be(link.TextContent, "a unit's link leads to that unit's duty detail");
            target.Closest("section")!.Id.Should().Be("units");
        }
    }

    /// <summary>One SVG per chart, drawn with labels, inside its section.</summary>
    public static void Charts(IDocument document, AnnualAssessment assessment)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["chart-duties"] = "duties",
            ["chart-quarters"] = "quarters",
            ["chart-regions"] = "regions",
            ["chart-kinds"] = "kinds",
        };
        if (assessment.HasCadreWork)
        {
            expected["chart-scores"] = "scores";
        }
        IElement[] charts = [.. document.QuerySelectorAll("figure.chart")];
        charts.Select(c => c.Id).Should().BeEquivalentTo(expected.Keys);
        foreach (IElement chart in charts)
        {
            chart.Closest("section")!.Id.Should().Be(expected[chart.Id!]);
            chart.QuerySelectorAll("svg").Should().HaveCount(1, $"{chart.Id} holds one SVG");
            IElement svg = chart.QuerySelector("svg")!;
            svg.GetAttribute("viewBox").Should().NotBeNullOrEmpty("the chart scales to the page");
            svg.QuerySelectorAll("rect").Length.Should().BeGreaterThan(2, $"{chart.Id} has bars");
            svg.QuerySelectorAll("text").Where(t => t.TextContent.Trim().Length > 0).Should()
                .NotBeEmpty($"{chart.Id} has labels (SkiaSharp found a font)");
            chart.QuerySelector("figcaption [lang='zh-CN']").Should().NotBeNull();
            chart.QuerySelector("figcaption [lang='en']").Should().NotBeNull();
        }
        document.QuerySelectorAll("svg").Should().HaveCount(charts.Length, "no SVG outside a chart");
        string dutyLabels = string.Concat(document.GetElementById("chart-duties")!.QuerySelectorAll("text").Select(t => t.TextContent));
        foreach (DutyRule duty in assessment.Edition.Duties.Where(d => assessment.Units.Any(u => u.Duty(d.Id) is not null)))
        {
            dutyLabels.Should().Contain(duty.Id.Value.Replace("DUTY-", string.Empty, StringComparison.Ordinal));
        }
    }

    public static void Overview(IDocument document, PairingCase pairingCase, AnnualAssessment assessment)
    {
        int Value(string key) => Int(document.QuerySelector($"#overview-table tr[data-key='{key}'] td.num")!.TextContent);
        Value("units").Should().Be(assessment.Units.Length);
        Value("counties").Should().Be(pairingCase.Roster.Counties.Length);
        Value("villages").Should().Be(pairingCase.Roster.Villages.Length);
        Value("cadres").Should().Be(pairingCase.Roster.Cadres.Length);
        Value("activities").Should().Be(pairingCase.Ledger.Count(a => a.Time.Date.Year == assessment.Year && a.Time.Date <= assessment.AsOf));
        Value("units-short").Should().Be(assessment.Units.Count(u => u.Duties.Any(d => d.Status == DutyStatus.Short)));
        Value("units-barred").Should().Be(assessment.Units.Count(u => !u.Excellence.Eligible || !u.MainLeaderExcellence.Eligible));
        Value("cadres-acted-on").Should().Be(assessment.Cadres.Count(c => !c.Actions.IsEmpty));
        Value("findings").Should().Be(assessment.Findings.Length);
    }

    public static void DutyTable(IDocument document, AnnualAssessment assessment)
    {
        var expected = new List<string[]>();
        foreach (DutyRule rule in assessment.Edition.Duties)
        {
            DutyResult[] results = [.. assessment.Units.Select(u => u.Duty(rule.Id)).OfType<DutyResult>()];
            if (results.Length == 0)
            {
                continue;
            }
            int met = results.Count(d => d.Status == DutyStatus.Met), shortCount = results.Count(d => d.Status == DutyStatus.Short);
            expected.Add([rule.Id.Value, N(results.Length), N(met), N(shortCount), N(results.Count(d => d.Status == DutyStatus.Pending)),
                Rate(met, met + shortCount)]);
        }
        int complete = assessment.Units.Count(u => u.Mechanism.Complete);
        expected.Add(["MECH-FOUR-IN-ONE", N(assessment.Units.Length), N(complete), N(assessment.Units.Length - complete), "0",
            Rate(complete, assessment.Units.Length)]);
        Rows(document, "duty-table").Select(r => (string[])[r[0], r[2], r[3], r[4], r[5], r[6]])
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "the per-duty compliance counts are the assessment's");
    }

    public static void QuarterTable(IDocument document, AnnualAssessment assessment)
    {
        var expected = new List<string[]>();
        foreach (DutyRule rule in assessment.Edition.Duties.Where(d => d.Period == DutyPeriodKind.Quarter))
        {
            foreach (DutyStatus status in new[] { DutyStatus.Short, DutyStatus.Pending })
            {
                expected.Add([rule.Id.Value, status.ChineseName + " " + status.EnglishName, .. Enumerable.Range(1, 4).Select(q => N(assessment.Units
                    .Count(u => u.Duty(rule.Id)?.Periods.Any(p => p.Status == status && p.Period == Time.DutyPeriod.ForQuarter(assessment.Year, q)) == true)))]);
            }
        }
        expected.Should().NotBeEmpty("sichuan-2019 has a quarterly duty (DUTY-DEPUTY-VISITS)");
        Rows(document, "quarter-table").Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    public static void RegionTable(IDocument document, PairingCase pairingCase, AnnualAssessment assessment)
    {
        var window = new DateInterval(new LocalDate(assessment.Year, 1, 1), assessment.AsOf);
        var expected = new List<string[]>();
        foreach (Region region in Region.List.OrderBy(r => r.Value))
        {
            var counties = pairingCase.Roster.Counties.Where(c => c.Region == region).Select(c => c.Code).ToHashSet();
            var ids = pairingCase.Roster.Pairings.Where(p => counties.Contains(p.County) && p.Validity.Overlaps(window))
                .SelectMany(p => p.Units).ToHashSet();
            UnitAssessment[] units = [.. assessment.Units.Where(u => ids.Contains(u.Unit))];
            int noShort = units.Count(u => u.Duties.All(d => d.Status != DutyStatus.Short));
            // The library's own statistics count the same counties and units (case-format-2.md §3 statistics.regions).
            PairingDomain.Assessment.Statistics.RegionStatistics statistics = assessment.Statistics.Regions.Single(r => r.Region == region);
            statistics.Counties.Should().Be(counties.Count);
            statistics.Units.Should().Be(units.Length);
            expected.Add([region.ChineseName + " " + region.EnglishName, N(counties.Count), N(units.Length), N(noShort),
                N(units.Length - noShort), Rate(noShort, units.Length), N(units.Count(u => u.Excellence.Eligible))]);
        }
        Rows(document, "region-table").Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    public static void KindTable(IDocument document, PairingCase pairingCase, AnnualAssessment assessment)
    {
        var leads = pairingCase.Roster.Pairings.Select(p => p.Lead).ToHashSet();
        var expected = new List<string[]>();
        var total = new int[6];
        foreach (UnitKind kind in UnitKind.List.OrderBy(k => k.Value))
        {
            UnitAssessment[] units = [.. assessment.Units.Where(u => pairingCase.Roster.FindUnit(u.Unit)!.Kind == kind)];
            if (units.Length == 0)
            {
                continue;
            }
            int[] row =
            [
                units.Length,
                units.Count(u => leads.Contains(u.Unit)),
                units.Count(u => u.Duties.All(d => d.Status != DutyStatus.Short)),
                units.Count(u => u.Duties.Any(d => d.Status == DutyStatus.Short)),
                units.Count(u => u.Mechanism.Complete),
                units.Count(u => u.Excellence.Eligible),
            ];
            for (int i = 0; i < row.Length; i++)
            {
                total[i] += row[i];
            }
            expected.Add([kind.ChineseName + " " + kind.EnglishName, .. row.Select(N)]);
        }
        expected.Add(["合计 Total", .. total.Select(N)]);
        total[0].Should().Be(assessment.Units.Length);
        Rows(document, "kind-table").Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    public static void ScoreTables(IDocument document, AnnualAssessment assessment)
    {
        IElement section = document.GetElementById("scores")!;
        if (!assessment.HasCadreWork)
        {
            IElement note = document.GetElementById("no-scores")!;
            note.Should().NotBeNull("a /1 case says plainly that no scores exist");
            note.QuerySelector("[lang='en']")!.TextContent.Should().Contain("No scores exist");
            note.QuerySelector("[lang='zh-CN']")!.TextContent.Should().Contain("没有评分");
            section.QuerySelectorAll("table, figure").Should().BeEmpty();
            return;
        }
        UnitScore[] scores = [.. assessment.Units.Select(u => u.Score).OfType<UnitScore>()];
        scores.Should().NotBeEmpty();
        var grades = ScoreGrade.List.OrderBy(g => g.Value)
            .Select(g => (string[])[g.ChineseName + " " + g.EnglishName, N(scores.Count(s => s.Grade == g)), Rate(scores.Count(s => s.Grade == g), scores.Length)])
            .ToList();
        Rows(document, "grade-table").Should().BeEquivalentTo(grades, o => o.WithStrictOrdering());
        (int From, int To)[] bands = [(0, 59), (60, 64), (65, 69), (70, 74), (75, 79), (80, 84), (85, 89), (90, 94), (95, 99), (100, 100)];
        Rows(document, "score-table").Select(r => r[1]).Should()
            .Equal(bands.Select(b => N(scores.Count(s => s.Points >= b.From && s.Points <= b.To))));
    }

    public static void BarredTable(IDocument document, AnnualAssessment assessment)
    {
        UnitAssessment[] barred = [.. assessment.Units.Where(u => !u.Excellence.Eligible || !u.MainLeaderExcellence.Eligible)];
        IElement[] rows = [.. document.QuerySelectorAll("#barred-table tbody tr")];
        rows.Select(r => r.QuerySelector("td a.unit-link")!.TextContent).Should().Equal(barred.Select(u => u.Unit.Value));
        for (int i = 0; i < barred.Length; i++)
        {
            UnitAssessment unit = barred[i];
            string who = !unit.Excellence.Eligible && !unit.MainLeaderExcellence.Eligible ? "unit-and-main-leader"
                : unit.Excellence.Eligible ? "main-leader" : "unit";
            rows[i].GetAttribute("data-barred").Should().Be(who, unit.Unit.Value);
            rows[i].QuerySelectorAll("li").Select(li => (li.GetAttribute("data-rule"), li.GetAttribute("data-subject"), li.QuerySelector(".rule")!.TextContent))
                .Should().BeEquivalentTo(unit.Excellence.BlockedBy.Union(unit.MainLeaderExcellence.BlockedBy)
                    .Select(b => ((string?)b.Rule.Value, (string?)b.Subject, b.Rule.Value)), unit.Unit.Value);
        }
    }

    public static void CadreTable(IDocument document, PairingCase pairingCase, AnnualAssessment assessment)
    {
        // The most pressing first: recall, then criticise, then commend; each group in the assessment's order.
        CadreActions[] acted =
        [
            .. assessment.Cadres.Where(c => c.Actions.Contains(RuleIds.CadreRecall)),
            .. assessment.Cadres.Where(c => !c.Actions.Contains(RuleIds.CadreRecall) && c.Actions.Contains(RuleIds.CadreCriticise)),
            .. assessment.Cadres.Where(c => !c.Actions.IsEmpty && !c.Actions.Contains(RuleIds.CadreRecall) && !c.Actions.Contains(RuleIds.CadreCriticise)),
        ];
        IElement[] rows = [.. document.QuerySelectorAll("#cadre-table tbody tr")];
        rows.Select(r => r.QuerySelector("td")!.TextContent).Should().Equal(acted.Select(c => c.Cadre.Value));
        for (int i = 0; i < acted.Length; i++)
        {
            rows[i].QuerySelectorAll("span.action").Select(s => s.TextContent).Should().Equal(acted[i].Actions.Select(a => a.Value));
            Cadres.StationedCadre? cadre = pairingCase.Roster.FindCadre(acted[i].Cadre);
            if (cadre is not null)
            {
                rows[i].QuerySelector("a.unit-link")!.TextContent.Should().Be(cadre.Unit.Value);
                rows[i].QuerySelectorAll("td")[1].TextContent.Should().Be(cadre.Name);
            }
        }
    }

    public static void FindingTable(IDocument document, AnnualAssessment assessment)
    {
        IElement[] rows = [.. document.QuerySelectorAll("#finding-table tbody tr")];
        rows.Select(r => (r.QuerySelectorAll("td")[0].TextContent, r.QuerySelectorAll("td")[1].TextContent)).Should()
            .Equal(assessment.Findings.Select(f => (f.Rule.Value, f.Subject)), "every finding, in the assessment's order");
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i].QuerySelector("[lang='en']")!.TextContent.Should().Be(assessment.Findings[i].Message);
            rows[i].QuerySelector("[lang='zh-CN']")!.TextContent.Should().Be(assessment.Findings[i].ChineseMessage);
        }
        Rows(document, "finding-summary").Should().BeEquivalentTo(
            assessment.Findings.GroupBy(f => f.Rule).Select(g => (string[])[g.Key.Value, N(g.Count())]), o => o.WithStrictOrdering());
    }

    /// <summary>Every unit's duties as the assessment has them, and the explanation of each short duty as --explain gives it.</summary>
    public static void UnitDetail(IDocument document, AnnualAssessment assessment)
    {
        IElement[] articles = [.. document.QuerySelectorAll("#units article.unit-detail")];
        articles.Select(a => a.GetAttribute("data-unit")).Should().Equal(assessment.Units.Select(u => u.Unit.Value));
        for (int i = 0; i < articles.Length; i++)
        {
            UnitAssessment unit = assessment.Units[i];
            IElement[] rows = [.. articles[i].QuerySelectorAll("table.unit-duties tbody tr")];
            rows.Select(r => r.QuerySelectorAll("td").Take(5).Select(c => c.TextContent).ToArray()).Should().BeEquivalentTo(
                unit.Duties.Select(d => (string[])[d.Rule.Value, ReportLabel(d.Rule), N(d.Required), N(d.Recorded),
                    d.Status.ChineseName + " " + d.Status.EnglishName]), o => o.WithStrictOrdering(), unit.Unit.Value);
            IElement[] explanations = [.. articles[i].QuerySelectorAll("details.explanation")];
            DutyResult[] shortDuties = [.. unit.Duties.Where(d => d.Status == DutyStatus.Short)];
            explanations.Select(e => e.GetAttribute("data-rule")).Should().Equal(shortDuties.Select(d => d.Rule.Value), unit.Unit.Value);
            for (int k = 0; k < shortDuties.Length; k++)
            {
                DutyExplanation explanation = assessment.Explain(unit.Unit, shortDuties[k].Rule);
                explanations[k].QuerySelector("pre[lang='en']")!.TextContent.Should().Be(explanation.EnglishText);
                explanations[k].QuerySelector("pre[lang='zh-CN']")!.TextContent.Should().Be(explanation.ChineseText);
                rows.Single(r => r.GetAttribute("data-rule") == shortDuties[k].Rule.Value).QuerySelector("a")!.GetAttribute("href")
                    .Should().Be("#" + explanations[k].Id, "a short duty links to its explanation");
            }
        }
    }

    /// <summary>The sample's short Chinese label of a duty (the console report's, which the HTML report repeats).</summary>
    private static string ReportLabel(RuleId rule) => AnnualReport.ReportPrinter.DutyLabel(rule);

    /// <summary>The text of every cell of every body row of the table with id <paramref name="id"/>.</summary>
    public static List<string[]> Rows(IDocument document, string id)
    {
        IElement? table = document.GetElementById(id);
        table.Should().NotBeNull($"the report has the table #{id}");
        return [.. table!.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())];
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A percentage to one decimal, rounded half up in integers (independent of the sample's floating point).</summary>
    private static string Rate(int part, int whole)
    {
        if (whole == 0)
        {
            return "-";
        }
        long tenths = ((2000L * part) + whole) / (2L * whole);
        return string.Create(CultureInfo.InvariantCulture, $"{tenths / 10}.{tenths % 10}%");
    }
}
