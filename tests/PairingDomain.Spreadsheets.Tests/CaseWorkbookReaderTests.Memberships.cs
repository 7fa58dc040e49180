using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PairingDomain.Json;
using PairingDomain.Pairings;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>The 结对成员 sheet: pairings kept a row per unit and county, assembled into the case's county pairings.</summary>
public sealed partial class CaseWorkbookReaderTests
{
    /// <summary>The small province with its 县结对 rows moved to 结对成员, a row per unit and pairing.</summary>
    private static List<SheetSpec> AsMemberships(Func<CountyPairing, string>? countyText = null)
    {
        List<SheetSpec> sheets = Editable();
        SheetSpec pairings = Sheet(sheets, "县结对");
        pairings.Rows.RemoveRange(1, pairings.Rows.Count - 1);
        SheetSpec memberships = Sheet(sheets, "结对成员");
        foreach (CountyPairing pairing in s_small.Value.Roster.Pairings)
        {
            DateTime from = pairing.Validity.Start.ToDateTimeUnspecified();
            DateTime? to = pairing.Validity.End?.ToDateTimeUnspecified();
            string county = countyText?.Invoke(pairing) ?? pairing.County.Value;
            memberships.Rows.Add([pairing.Lead.Value, county, "牵头", from, to]);
            foreach (UnitId unit in pairing.Participants)
            {
                memberships.Rows.Add([unit.Value, county, "参与单位", from, to]);
            }
        }
        return sheets;
    }

    [Fact]
    public void Read_PairingsAsMemberships_AssembledToTheSameAssessment()
    {
        WorkbookReadResult read = ReadBuilt(AsMemberships());

        read.Problems.Should().BeEmpty();
        read.Value.Roster.Pairings.Select(p => p.ToString()).Should().BeEquivalentTo(s_small.Value.Roster.Pairings.Select(p => p.ToString()));
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
    }

    [Fact]
    public void Read_MembershipsWithCountyNames_Resolved()
    {
        Dictionary<string, string> names = s_small.Value.Roster.Counties.ToDictionary(c => c.Code.Value, c => c.Name);

        WorkbookReadResult read = ReadBuilt(AsMemberships(p => names[p.County.Value]));

        read.Problems.Should().BeEmpty();
        read.Value.Roster.Pairings.Should().HaveCount(s_small.Value.Roster.Pairings.Length);
    }

    [Fact]
    public void Read_MembershipProblems_AtTheirRows()
    {
        List<SheetSpec> sheets = AsMemberships();
        SheetSpec memberships = Sheet(sheets, "结对成员");
        // A second lead on the first pairing's county and days, and a bad role word.
        object?[] lead = memberships.Rows[1];
        memberships.Rows.Add(["U-999", lead[1], "牵头", lead[3], lead[4]]);
        int extra = memberships.Rows.Count;
        memberships.Rows[2][2] = "协助";

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Success.Should().BeFalse();
        read.Problems.Select(Of).Should().Contain($"结对成员!C3 (role): invalid-value");
        read.Problems.Select(Of).Should().Contain(p => p.StartsWith("结对成员!", StringComparison.Ordinal) && p.EndsWith(MembershipProblemCodes.TwoLeads, StringComparison.Ordinal));
        read.Problems.Should().OnlyContain(p => p.Path.StartsWith("结对成员!", StringComparison.Ordinal), string.Join("\n", read.Problems));
        extra.Should().BeGreaterThan(2);
    }

    [Fact]
    public void Read_MembershipOfAnUnknownUnit_OneProblemAtItsUnitCell()
    {
        List<SheetSpec> sheets = AsMemberships();
        SheetSpec memberships = Sheet(sheets, "结对成员");
        int row = memberships.Rows.FindIndex(1, r => (string?)r[2] == "参与单位") + 1;
        memberships.Rows[row - 1][0] = "U-999";

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal(string.Create(CultureInfo.InvariantCulture, $"结对成员!A{row} (unit): unknown-reference"));
    }
}
