using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Spreadsheets.Tests.Support;
using PairingDomain.Testing;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// The results workbook of the synthetic province (SyntheticProvince, seed 2019, with the cadres' work), read back
/// with ExcelDataReader and checked against the assessment it was written from.
/// </summary>
public sealed class AssessmentWorkbookWriterTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly Lazy<(PairingCase Case, AnnualAssessment Assessment, byte[] Bytes, Workbook Book)> s_province = new(() =>
    {
        PairingCase province = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });
        AnnualAssessment assessment = province.Assess();
        using var stream = new MemoryStream();
        AssessmentWorkbookWriter.Write(stream, assessment, province);
        byte[] bytes = stream.ToArray();
        return (province, assessment, bytes, Workbook.Read(bytes));
    });

    private static AnnualAssessment Assessment => s_province.Value.Assessment;

    private static Workbook Book => s_province.Value.Book;

    [Fact]
    public void Write_Province_SheetsInOrder()
    {
        Book.SheetNames.Should().Equal("概况", "单位", "不能评优", "驻村干部处理", "问题清单", "统计", "评分");
    }

    [Fact]
    public void Write_Overview_CountsAsTheAssessment()
    {
        List<Dictionary<string, object?>> rows = Book.Records("概况");
        object? Value(string item, string rule = "") =>
            rows.Single(r => (string?)r["项目 item"] == item && ((string?)r["规则 rule"] ?? string.Empty) == rule)["数值 value"];

        Value("考核年度 year").Should().Be((double)Assessment.Year);
        Value("截至日期 asOf").Should().Be(Assessment.AsOf.ToDateTimeUnspecified());
        Value("帮扶单位 units").Should().Be((double)Assessment.Units.Length);
        foreach (DutyRule duty in Assessment.Edition.Duties.Where(d => Assessment.Units.Any(u => u.Duty(d.Id) is not null)))
        {
            Value("已达标 met", duty.Id.Value).Should().Be(
                (double)Assessment.Units.Count(u => u.Duty(duty.Id)?.Status == DutyStatus.Met), duty.Id.Value);
            Value("未达标 short", duty.Id.Value).Should().Be(
                (double)Assessment.Units.Count(u => u.Duty(duty.Id)?.Status == DutyStatus.Short), duty.Id.Value);
        }
        Value("不能评先评优的单位 units barred", "BUNDLE-*").Should().Be((double)Assessment.Units.Count(u => !u.Excellence.Eligible));
        Value("驻村干部应召回调整 cadres", "CADRE-RECALL").Should().Be(
            (double)Assessment.Cadres.Count(c => c.Actions.Contains(RuleIds.CadreRecall)));
        Value("问题 findings").Should().Be((double)Assessment.Findings.Length);
        Assessment.Units.Should().Contain(u => u.Duties.Any(d => d.Status == DutyStatus.Short), "the province has short duties to count");
    }

    [Fact]
    public void Write_Units_EveryUnitWithEveryDutyAsRecordedOverRequired()
    {
        List<Dictionary<string, object?>> rows = Book.Records("单位");
        rows.Select(r => r["单位编号 unit"]).Should().Equal(Assessment.Units.Select(u => (object)u.Unit.Value));
        for (int i = 0; i < rows.Count; i++)
        {
            UnitAssessment unit = Assessment.Units[i];
            rows[i]["单位名称 name"].Should().Be(s_province.Value.Case.Roster.FindUnit(unit.Unit)!.Name);
            foreach (DutyResult duty in unit.Duties)
            {
                string cell = (string)rows[i][duty.Rule.Value]!;
                cell.Should().StartWith($"{duty.Status.ChineseName} {duty.Recorded}/{duty.Required}", $"{unit.Unit} {duty.Rule}");
                if (duty.Status == DutyStatus.Short && duty.Periods.All(p => p.County is null))
                {
                    cell.Should().Contain(duty.ShortPeriods[0].ToString());
                }
            }
            rows[i]["单位可评优 excellence"].Should().Be(unit.Excellence.Eligible ? "可评优" : "不能评优 "
                + string.Join(",", unit.Excellence.BlockedBy.Select(b => b.Rule.Value).Distinct()));
        }
    }

    [Fact]
    public void Write_Units_DutyCellsColouredByStatus()
    {
        string[] header = Book.Header("单位");
        int met = -1, shortRow = -1, column = -1;
        for (int c = 0; c < header.Length && (met < 0 || shortRow < 0); c++)
        {
            RuleId rule = new(header[c].Contains('-', StringComparison.Ordinal) && header[c].StartsWith("DUTY", StringComparison.Ordinal) ? header[c] : "X");
            if (rule.Value == "X")
            {
                continue;
            }
            met = Assessment.Units.IndexOf(Assessment.Units.FirstOrDefault(u => u.Duty(rule)?.Status == DutyStatus.Met)!);
            shortRow = Assessment.Units.IndexOf(Assessment.Units.FirstOrDefault(u => u.Duty(rule)?.Status == DutyStatus.Short)!);
            column = c;
        }
        met.Should().BeGreaterThanOrEqualTo(0);
        shortRow.Should().BeGreaterThanOrEqualTo(0);
        string letter = Columns.Letter(column);
        FillOf($"{letter}{met + 2}").Should().EndWith("C6EFCE", "met is green");
        FillOf($"{letter}{shortRow + 2}").Should().EndWith("FFC7CE", "short is red");
    }

    [Fact]
    public void Write_Barred_EveryBlockOfEveryUnit()
    {
        var expected = Assessment.Units.SelectMany(u =>
            u.Excellence.BlockedBy.Select(b => $"{u.Unit} 单位 unit {b.Rule} {b.Subject}")
                .Concat(u.MainLeaderExcellence.BlockedBy.Select(b => $"{u.Unit} 主要负责同志 main leader {b.Rule} {b.Subject}")));
        Book.Records("不能评优").Select(r => $"{r["单位编号 unit"]} {r["对象 who"]} {r["规则 rule"]} {r["触发对象 subject"]}")
            .Should().Equal(expected);
        expected.Should().NotBeEmpty("the province has a unit barred from excellence");
    }

    [Fact]
    public void Write_Cadres_EveryActionOfEveryCadre()
    {
        Book.Records("驻村干部处理").Select(r => $"{r["干部编号 cadre"]} {r["规则 rule"]}")
            .Should().Equal(Assessment.Cadres.SelectMany(c => c.Actions.Select(a => $"{c.Cadre} {a}")));
        Assessment.Cadres.Should().Contain(c => !c.Actions.IsEmpty);
    }

    [Fact]
    public void Write_Findings_EveryFindingWithClauseAndChineseMessage()
    {
        List<Dictionary<string, object?>> rows = Book.Records("问题清单");
        rows.Should().HaveCount(Assessment.Findings.Length);
        Finding first = Assessment.Findings[0];
        rows[0]["规则 rule"].Should().Be(first.Rule.Value);
        rows[0]["依据 clause"].Should().Be(first.Source);
        rows[0]["对象 subject"].Should().Be(first.Subject);
        rows[0]["问题 message (zh)"].Should().Be(first.ChineseMessage);
        rows.Select(r => $"{r["规则 rule"]} {r["对象 subject"]}").Should().Equal(Assessment.Findings.Select(f => $"{f.Rule} {f.Subject}"));
    }

    [Fact]
    public void Write_Statistics_TargetsAndActivitiesAsTheAssessment()
    {
        List<Dictionary<string, object?>> rows = Book.Records("统计");
        object? Value(string group, string measure, string? item = null) => rows.Single(r => (string?)r["类别 group"] == group
            && (string?)r["指标 measure"] == measure && (item is null || (string?)r["项目 item"] == item))["数值 value"];

        Value("目标 targets", "计划退出 villagesDue").Should().Be((double)Assessment.Statistics.Targets.VillagesDue);
        Value("目标 targets", "已摘帽 countiesDelisted").Should().Be((double)Assessment.Statistics.Targets.CountiesDelisted);
        var visits = Assessment.Statistics.Activities.Single(a => a.Kind == Activities.ActivityKind.SupervisionVisit);
        Value("活动 activities", "合计 total", "督导调研 supervision-visit").Should().Be((double)visits.Total);
        visits.Total.Should().BePositive();
    }

    [Fact]
    public void Write_Scores_PointsGradesAndLinksAsTheAssessment()
    {
        List<Dictionary<string, object?>> rows = Book.Records("评分");
        rows.Should().HaveCount(Assessment.Units.Length);
        for (int i = 0; i < rows.Count; i++)
        {
            UnitAssessment unit = Assessment.Units[i];
            rows[i]["得分 points"].Should().Be(unit.Score is null ? null : (object)(double)unit.Score.Points, unit.Unit.Value);
            rows[i]["等次 grade"].Should().Be(unit.Score?.Grade.ChineseName);
            rows[i]["党建结对村数 pairedVillages"].Should().Be(unit.Links?.PartyBuilding is { } party ? (double)party.PairedVillages : null);
        }
        Assessment.Units.Should().Contain(u => u.Score != null);
    }

    [Fact]
    public void Write_EverySheet_FrozenHeaderFilterAndWideEnoughForChinese()
    {
        foreach (string name in Book.SheetNames)
        {
            XDocument sheet = Book.SheetXml(name);
            sheet.Descendants(s_main + "pane").Single().Attribute("ySplit")!.Value.Should().Be("1", name);
            sheet.Descendants(s_main + "autoFilter").Should().ContainSingle(name);
        }
        // 问题清单's Chinese message column is at least as wide as its header counted two a character, within the maximum.
        XElement[] columns = [.. Book.SheetXml("问题清单").Descendants(s_main + "col")];
        double width = double.Parse(columns.Single(c => c.Attribute("min")!.Value == "5").Attribute("width")!.Value, CultureInfo.InvariantCulture);
        width.Should().BeGreaterThanOrEqualTo(2 * 2 + " message (zh)".Length);
    }

    [Fact]
    public void Write_Version1Assessment_HasNoScoreSheet()
    {
        PairingCase plain = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 11));
        Workbook book = Workbook.Write(s => AssessmentWorkbookWriter.Write(s, plain.Assess(), null));
        book.SheetNames.Should().NotContain("评分");
        book.Records("单位").Select(r => r["单位名称 name"]).Should().AllSatisfy(n => n.Should().BeNull("no case gives names"));
    }

    /// <summary>The fill colour (ARGB hex) of the cell <paramref name="reference"/> on 单位, through styles.xml.</summary>
    private static string FillOf(string reference)
    {
        XElement cell = Book.SheetXml("单位").Descendants(s_main + "c").Single(c => (string?)c.Attribute("r") == reference);
        int style = int.Parse(cell.Attribute("s")!.Value, CultureInfo.InvariantCulture);
        using var zip = new ZipArchive(new MemoryStream(s_province.Value.Bytes), ZipArchiveMode.Read);
        using Stream entry = zip.GetEntry("xl/styles.xml")!.Open();
        XDocument styles = XDocument.Load(entry);
        XElement xf = styles.Descendants(s_main + "cellXfs").Single().Elements(s_main + "xf").ElementAt(style);
        int fill = int.Parse(xf.Attribute("fillId")!.Value, CultureInfo.InvariantCulture);
        XElement pattern = styles.Descendants(s_main + "fills").Single().Elements(s_main + "fill").ElementAt(fill).Elements().Single();
        return (string?)pattern.Element(s_main + "fgColor")?.Attribute("rgb") ?? string.Empty;
    }
}
