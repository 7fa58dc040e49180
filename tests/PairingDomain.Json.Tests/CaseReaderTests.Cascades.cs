using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

public sealed partial class CaseReaderTests
{
    // A record rejected for a field keeps its identifier: its references and its duplicates are judged as usual, and
    // the problem is reported once, not again wherever it is referred to.

    [Fact]
    public void Read_UnitWithBadKind_IsStillKnownToItsReferences() =>
        ProblemsAfter(d => Unit(d, 1)["kind"] = "bank")
            .Should().Equal([("$.units[1].kind", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_LeaderWithBadRole_IsStillKnownToActivities() =>
        ProblemsAfter(d => Unit(d, 0)["leaders"]![0]!["role"] = "chief")
            .Should().Equal([("$.units[0].leaders[0].role", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_VillageWithBadYear_IsStillKnownToCadresAndActivities() =>
        ProblemsAfter(d => Record(d, "villages", 0)["plannedExitYear"] = "2019")
            .Should().Equal([("$.villages[0].plannedExitYear", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_VillageNotInItsCounty_IsStillKnownToCadres() =>
        ProblemsAfter(d => Record(d, "villages", 1)["county"] = "513430")
            .Should().Equal([("$.villages[1].county", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_CountyWithBadRegion_IsStillKnownToPairingsVillagesAndActivities() =>
        ProblemsAfter(d => Record(d, "counties", 0)["region"] = null)
            .Should().Equal([("$.counties[0].region", ProblemCodes.MissingField)]);

    [Fact]
    public void Read_CadreWithBadPost_IsStillKnownToGrades() =>
        ProblemsAfter(d => Record(d, "cadres", 1)["post"] = "secretary")
            .Should().Equal([("$.cadres[1].post", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_BadRecordWithDuplicateIdentifier_IsStillFoundDuplicate() =>
        ProblemsAfter(d =>
        {
            Unit(d, 1)["id"] = "U-101";
            Unit(d, 1)["kind"] = 5;
            d["units"]!.AsArray().Add(JsonNode.Parse("""{ "id": "U-102", "name": "替身", "kind": "hospital", "mechanism": { "leadershipTeam": true, "allStaff": true } }"""));
        }).Should().Equal(
            ("$.units[1].kind", ProblemCodes.InvalidValue),
            ("$.units[1].id", ProblemCodes.DuplicateId),
            ("$.activities[10].by", ProblemCodes.UnknownReference),
            ("$.activities[11].by", ProblemCodes.UnknownReference),
            ("$.activities[12].by", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_ActivityWithBadKind_DoesNotAlsoReportWhatTheKindWouldRequire() =>
        ProblemsAfter(d =>
        {
            Record(d, "activities", 0)["kind"] = "inspection";
            Record(d, "activities", 0).Remove("by");
            Record(d, "activities", 0).Remove("county");
            Record(d, "activities", 0).Remove("village");
        }).Should().Equal([("$.activities[0].kind", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_ActivityWithBadCounty_DoesNotAlsoJudgeItsVillage() =>
        ProblemsAfter(d => Record(d, "activities", 0)["county"] = "5134")
            .Should().Equal([("$.activities[0].county", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_ActivityWithBadUnit_DoesNotAlsoJudgeItsLeader() =>
        ProblemsAfter(d => Record(d, "activities", 0)["unit"] = "")
            .Should().Equal([("$.activities[0].unit", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_GradeWithBadYear_IsNotADuplicate() =>
        ProblemsAfter(d =>
        {
            Record(d, "cadreGrades", 0)["year"] = "2019";
            d["cadreGrades"]!.AsArray().Add(JsonNode.Parse("""{ "cadre": "C-11", "year": null, "grade": "competent" }"""));
        }).Should().Equal(
            ("$.cadreGrades[0].year", ProblemCodes.InvalidValue),
            ("$.cadreGrades[2].year", ProblemCodes.MissingField));

    [Fact]
    public void Read_RosterWithProblems_StillChecksActivitiesAndGrades() =>
        ProblemsAfter(d =>
        {
            Record(d, "counties", 2)["code"] = "513428";
            Record(d, "activities", 2)["unit"] = "U-109";
            Record(d, "activities", 3)["by"] = "L-9";
            Record(d, "cadreGrades", 0)["grade"] = "basically-competent";
            Record(d, "cadreGrades", 1)["cadre"] = "C-19";
        }).Should().Equal(
            ("$.counties[2].code", ProblemCodes.DuplicateId),
            ("$.countyPairings[2].county", ProblemCodes.UnknownReference),
            ("$.activities[2].unit", ProblemCodes.UnknownReference),
            ("$.activities[3].by", ProblemCodes.UnknownReference),
            ("$.activities[11].county", ProblemCodes.UnknownReference),
            ("$.cadreGrades[0].grade", ProblemCodes.GradeNotInScale),
            ("$.cadreGrades[1].cadre", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_VillageOfUnknownCounty_LeavesThatCountyUnknownToActivities() =>
        ProblemsAfter(d =>
        {
            d["counties"]!.AsArray().RemoveAt(1);
            Record(d, "activities", 10)["village"] = "513429100001";
        }).Should().Equal(
            ("$.villages[1].county", ProblemCodes.UnknownReference),
            ("$.countyPairings[1].county", ProblemCodes.UnknownReference),
            ("$.activities[10].county", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_CadreOfUnknownUnit_IsStillKnownToGrades() =>
        ProblemsAfter(d => Record(d, "cadres", 1)["unit"] = "U-404")
            .Should().Equal([("$.cadres[1].unit", ProblemCodes.UnknownReference)]);

    [Fact]
    public void Read_LeaderIdInTwoUnits_IsOneDuplicateNotAlsoAWrongUnitAtItsActivities() =>
        ProblemsAfter(d =>
        {
            // U-102's leader L-4 takes U-101's L-1; U-102's activities 10 to 12 name it, by L-1, as U-102's.
            Unit(d, 1)["leaders"]![0]!["id"] = "L-1";
            foreach (int a in new[] { 10, 11, 12 })
            {
                Record(d, "activities", a)["by"] = "L-1";
            }
        }).Should().Equal([("$.units[1].leaders[0].id", ProblemCodes.DuplicateId)]);

    [Fact]
    public void Read_LeaderIdInTwoUnits_OtherLeadersAreStillJudged() =>
        ProblemsAfter(d =>
        {
            // Activity 10 names the leader of two units; 11 and 12 still name L-4, which is now nowhere.
            Unit(d, 1)["leaders"]![0]!["id"] = "L-1";
            Record(d, "activities", 10)["by"] = "L-1";
        }).Should().Equal(
            ("$.units[1].leaders[0].id", ProblemCodes.DuplicateId),
            ("$.activities[11].by", ProblemCodes.UnknownReference),
            ("$.activities[12].by", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_CountyWithUnreadableCode_IsNotAlsoUnknownWhereItsCodeIsNamed() =>
        ProblemsAfter(d => Record(d, "counties", 2)["code"] = 513430)
            .Should().Equal([("$.counties[2].code", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_CountyWithUnreadableCode_IsNotUnknownToItsVillagesNorToActivitiesThere() =>
        ProblemsAfter(d =>
        {
            // County 513429 (of village 513429100001, pairing 1 and activity 10) is written as a number.
            Record(d, "counties", 1)["code"] = 513429;
            Record(d, "activities", 10)["village"] = "513429100001";
        }).Should().Equal([("$.counties[1].code", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_CountyWithUnreadableCode_OtherCodesAreStillUnknown() =>
        ProblemsAfter(d =>
        {
            // Activity 11 still names 513430, the county written as a number; pairing 2 now names a county not in the case.
            Record(d, "counties", 2)["code"] = 513430;
            Record(d, "countyPairings", 2)["county"] = "513431";
        }).Should().Equal(
            ("$.counties[2].code", ProblemCodes.InvalidValue),
            ("$.countyPairings[2].county", ProblemCodes.UnknownReference));
}
