using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Spreadsheets.Tests.Support;
using PairingDomain.Testing;
using PairingDomain.Units;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// The case template and a filled case workbook (case-format.md "Case", case-format-2.md §1), read back with
/// ExcelDataReader and, for what it does not report, the sheets' XML.
/// </summary>
public sealed class CaseWorkbookWriterTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly Lazy<PairingCase> s_province =
        new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true }));

    private static readonly Lazy<Workbook> s_template = new(() => Workbook.Write(CaseWorkbookWriter.WriteTemplate));

    private static readonly Lazy<Workbook> s_filled = new(() => Workbook.Write(s => CaseWorkbookWriter.Write(s, s_province.Value)));

    [Fact]
    public void WriteTemplate_Sheets_GuideFirstThenEveryRecordKindThenTheValues()
    {
        s_template.Value.SheetNames.Should().Equal(
            ["说明", "案例", "单位", "领导", "县", "村", "县结对", "结对成员", "驻村干部", "活动", "干部等次", "本地队员", "在村考勤", "干部工作",
             "干部考核", "工委活动", "党建结对", "成效", "贫困户指标", "贫困村指标", "贫困县指标", "选项"]);
    }

    [Fact]
    public void WriteTemplate_RecordSheets_HaveTheSchemaHeadersAndNoRows()
    {
        foreach (SheetSchema sheet in CaseWorkbookSchema.Sheets)
        {
            s_template.Value.Header(sheet.Name).Should().Equal(sheet.Columns.Select(c => c.Header), sheet.Name);
            s_template.Value.Sheet(sheet.Name).Should().HaveCount(1, $"{sheet.Name} has only its header");
        }
        s_template.Value.Header("单位").Take(3).Should().Equal("单位编号 id", "单位名称 name", "单位类别 kind");
        s_template.Value.Header("活动").Should().Contain(["日期 on", "领导编号 by", "调研主题 topics"]);
    }

    [Fact]
    public void WriteTemplate_Guide_ExplainsEveryColumnWithItsRequirementAndValues()
    {
        var guide = s_template.Value.Records("说明");
        int columns = CaseWorkbookSchema.Sheets.Sum(s => s.Columns.Length);
        guide.Should().HaveCount(columns + CaseWorkbookSchema.Sheets.Length);

        Dictionary<string, object?> kind = guide.Single(r => (string?)r["字段 field"] == "units.kind");
        kind["工作表 sheet"].Should().Be("单位");
        kind["是否必填 required"].Should().Be("必填");
        ((string)kind["可选值 values"]!).Should().Contain("高校 university").And.Contain(UnitKind.ProvincialDepartment.ChineseName + " provincial-department");
        guide.Single(r => (string?)r["字段 field"] == "units.mechanism.undertakingOffice")["是否必填 required"].Should().Be("选填");
        guide.Single(r => (string?)r["字段 field"] == "activities.by")["是否必填 required"].Should().Be("视情况");
    }

    [Fact]
    public void WriteTemplate_EnumerationColumn_HasAValidationListOfItsLabelsAndIds()
    {
        XElement[] validations = [.. s_template.Value.SheetXml("单位").Descendants(s_main + "dataValidation")];
        XElement kind = validations.Single(v => (string?)v.Attribute("sqref") == "C2:C1048576");
        kind.Attribute("type")!.Value.Should().Be("list");
        string formula = kind.Element(s_main + "formula1")!.Value;
        formula.Should().Contain("选项");

        // The range it names holds the unit kinds' Chinese labels and then their contract ids.
        string column = formula.Split('!')[1].Split(':')[0].Trim('$').TrimEnd("0123456789$".ToCharArray());
        int index = s_template.Value.Header("选项").ToList().IndexOf("单位类别 kind");
        Support.Columns.Letter(index).Should().Be(column);
        string[] values = [.. s_template.Value.Sheet("选项").Skip(1).Select(r => r[index]).OfType<string>()];
        values.Should().Equal([.. UnitKind.List.OrderBy(k => k.Value).Select(k => k.ChineseName),
            .. UnitKind.List.OrderBy(k => k.Value).Select(k => k.ContractId)]);

        // A yes/no column gets its list too.
        validations.Should().Contain(v => (string?)v.Attribute("sqref") == "D2:D1048576");
    }

    [Fact]
    public void WriteTemplate_Headers_CarryANoteWithRequirementAndMeaning()
    {
        Dictionary<string, string> notes = s_template.Value.Notes("活动");
        notes.Should().HaveCount(CaseWorkbookSchema.ForMember("activities").Columns.Length);
        notes["D1"].Should().StartWith("视情况。").And.Contain("督导调研");
        notes["A1"].Should().StartWith("必填。");
    }

    [Fact]
    public void WriteTemplate_RecordSheet_FreezesItsHeaderAndFilters()
    {
        XDocument sheet = s_template.Value.SheetXml("活动");
        sheet.Descendants(s_main + "pane").Single().Attribute("ySplit")!.Value.Should().Be("1");
        sheet.Descendants(s_main + "autoFilter").Single().Attribute("ref")!.Value.Should().Be("A1:I1");
    }

    [Fact]
    public void Write_Province_OneRowPerRecordInCaseOrder()
    {
        PairingCase province = s_province.Value;
        Workbook book = s_filled.Value;
        book.Records("单位").Select(r => r["单位编号 id"]).Should().Equal(province.Roster.Units.Select(u => (object)u.Id.Value));
        book.Records("领导").Should().HaveCount(province.Roster.Units.Sum(u => u.Leaders.Length));
        book.Records("县").Should().HaveCount(province.Roster.Counties.Length);
        book.Records("村").Should().HaveCount(province.Roster.Villages.Length);
        book.Records("县结对").Should().HaveCount(province.Roster.Pairings.Length);
        book.Records("驻村干部").Should().HaveCount(province.Roster.Cadres.Length);
        book.Records("活动").Select(r => r["活动编号 id"]).Should().Equal(province.Ledger.Select(a => (object)a.Id.Value));
        book.Records("干部等次").Should().HaveCount(province.Grades.Grades.Length);
        book.Records("在村考勤").Should().HaveCount(province.CadreWork.Attendance.Length);
        book.Records("成效").Should().HaveCount(province.Outcomes.Count);
        book.Records("党建结对").Should().HaveCount(province.PartyPairings.Pairings.Length);
        book.Records("贫困县指标").Should().HaveCount(province.ExitIndicators.Counties.Length);
        province.Ledger.Should().NotBeEmpty();
        province.Outcomes.Count.Should().BePositive();
    }

    [Fact]
    public void Write_Province_ValuesAsAnOfficerTypesThem()
    {
        PairingCase province = s_province.Value;
        Workbook book = s_filled.Value;

        Dictionary<string, object?> header = book.Records("案例").Single();
        header["格式 format"].Should().Be("pairing-case/2");
        header["政策版本 policy"].Should().Be(province.Edition.Id);
        header["考核年度 year"].Should().Be((double)province.Year);

        AssistanceUnit unit = province.Roster.Units[0];
        Dictionary<string, object?> row = book.Records("单位")[0];
        row["单位名称 name"].Should().Be(unit.Name);
        row["单位类别 kind"].Should().Be(unit.Kind.ChineseName);
        row["领导小组 mechanism.leadershipTeam"].Should().Be(unit.Mechanism.LeadershipTeam ? "是" : "否");

        // Dates are date cells, codes stay text (a 12-digit village code is not a number).
        Leader leader = unit.Leaders[0];
        Dictionary<string, object?> leaderRow = book.Records("领导")[0];
        leaderRow["任职起 from"].Should().Be(leader.Tenure.Start.ToDateTimeUnspecified());
        Dictionary<string, object?> village = book.Records("村")[0];
        village["村代码 code"].Should().Be(province.Roster.Villages[0].Code.Value);
        village["县代码 county"].Should().BeOfType<string>();

        Activities.Activity activity = province.Ledger[0];
        Dictionary<string, object?> activityRow = book.Records("活动")[0];
        activityRow["活动类别 kind"].Should().Be(activity.Kind.ChineseName);
        activityRow["日期 on"].Should().Be(activity.Time.Instant is null ? activity.Time.Date.ToDateTimeUnspecified() : null);
    }
}
