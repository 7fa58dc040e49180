using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Json;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>WORKBOOK-INSTANT-NEEDS-OFFSET: a number or date-time cell in a 时刻 (at) column, which needs an offset.</summary>
public sealed partial class CaseWorkbookReaderTests
{
    /// <summary>Row 6 of 活动 with its 日期 (on) cleared and <paramref name="at"/> in its 时刻 (at) cell; the at cell's reference.</summary>
    private static string ActivityAt(List<SheetSpec> sheets, object at)
    {
        Set(sheets, "活动", 6, "on", null);
        return Set(sheets, "活动", 6, "at", at);
    }

    [Fact]
    public void Read_DateTimeCellInAnInstantColumn_OneInvalidDateAskingForTheOffset()
    {
        List<SheetSpec> sheets = Editable();
        string cell = ActivityAt(sheets, new DateTime(2019, 9, 30, 18, 0, 0));

        WorkbookReadResult read = Read(CheetahBuilder.Build(sheets));

        read.Problems.Select(Of).Should().Equal($"活动!{cell} (at): invalid-date");
        read.Problems[0].Code.Should().Be(JsonProblemCodes.InvalidDate);
        read.Problems[0].Message.Should().Contain("Excel date-time (2019-09-30 18:00:00) without a time zone")
            .And.Contain("2019-09-30T18:00:00+08:00");
        read.Problems[0].ChineseMessage.Should().Contain("不带时区").And.Contain("2019-09-30T18:00:00+08:00");
    }

    [Fact]
    public void Read_DateFormattedCellInAnInstantColumn_OneInvalidDateAskingForTheOffset()
    {
        List<SheetSpec> sheets = Editable();
        string cell = ActivityAt(sheets, new DateTime(2019, 9, 30, 18, 30, 0));

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"活动!{cell} (at): invalid-date");
        read.Problems[0].Message.Should().Contain("(2019-09-30 18:30:00) without a time zone");
    }

    [Fact]
    public void Read_PlainNumberInAnInstantColumn_OneInvalidDateAskingForTheOffset()
    {
        List<SheetSpec> sheets = Editable();
        string cell = ActivityAt(sheets, 43738.75);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"活动!{cell} (at): invalid-date");
        read.Problems[0].Message.Should().Contain("43738.75 is a number").And.Contain("2019-09-30T18:00:00+08:00");
    }

    [Fact]
    public void Read_InstantTypedWithItsOffset_Accepted()
    {
        List<SheetSpec> sheets = Editable();
        ActivityAt(sheets, "2019-09-30T18:00:00+08:00");

        WorkbookReadResult read = Read(CheetahBuilder.Build(sheets));

        read.Problems.Should().BeEmpty();
    }
}
