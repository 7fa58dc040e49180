using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// <c>pairing-assessment/2</c> (case-format-2.md §3, part 1) and the <c>/2</c> case writer: the golden case
/// <c>version2-1</c> checked field by field against what the contract's text gives for it (worked out in the comments),
/// the member order, the <c>DUTY-CADRE-DAYS</c> entry under an edition that enables it, and a <c>/1</c> case still
/// written as <c>/1</c>.
/// </summary>
public sealed class Version2WriterTests
{
    private static JsonObject Assessed(string name, AssessmentWriterOptions? options = null) =>
        JsonNode.Parse(AssessmentWriter.Write(TestFiles.ReadValid(TestFiles.Golden(name + ".case.json")).Assess(),
            options ?? AssessmentWriterOptions.Default))!.AsObject();

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => n!.GetValue<string>())];

    [Fact]
    public void Version2Case_IsAssessedAsPairingAssessment2()
    {
        AnnualAssessment a = TestFiles.ReadValid(TestFiles.Golden("version2-1.case.json")).Assess();

        a.HasCadreWork.Should().BeTrue();
        Assessed("version2-1")["format"]!.GetValue<string>().Should().Be(JsonFormats.AssessmentVersion2);
    }

    [Fact]
    public void Version2Case_Members_AppearInTheDocumentedOrder()
    {
        JsonObject written = Assessed("version2-1");

        written.Select(p => p.Key).Should().Equal("format", "policy", "year", "asOf", "units", "cadres", "committee", "exits", "statistics", "findings");
        written["statistics"]!.AsObject().Select(p => p.Key).Should().Equal("activities", "outcomes", "regions", "authorities", "targets");
        written["statistics"]!["activities"]![0]!.AsObject().Select(p => p.Key).Should().Equal("kind", "total", "mainLeader", "deputyLeader", "otherLeader");
        written["statistics"]!["regions"]![0]!.AsObject().Select(p => p.Key).Should().Equal("region", "counties", "units", "supervisionVisits", "topics");
        written["statistics"]!["authorities"]![0]!.AsObject().Select(p => p.Key).Should().Equal("authority", "units", "unitsShort", "unitsEligible");
        written["statistics"]!["targets"]!.AsObject().Select(p => p.Key).Should().Equal("countiesDue", "countiesDelisted", "villagesDue", "villagesExited");
        JsonObject unit = written["units"]![0]!.AsObject();
        unit.Select(p => p.Key).Should().Equal("unit", "duties", "mechanism", "excellence", "mainLeaderExcellence", "score", "links");
        unit["excellence"]!.AsObject().Select(p => p.Key).Should().Equal("eligible", "blockedBy");
        unit["mainLeaderExcellence"]!.AsObject().Select(p => p.Key).Should().Equal("eligible", "blockedBy", "leaders");
        written["cadres"]![0]!.AsObject().Select(p => p.Key).Should().Equal("cadre", "actions", "duties");
        written["cadres"]![0]!["duties"]![0]!.AsObject().Select(p => p.Key).Should().Equal("rule", "source", "status", "missing");
        written["committee"]!.AsObject().Select(p => p.Key).Should().Equal("duties");
        written["committee"]!["duties"]![0]!.AsObject().Select(p => p.Key).Should()
            .Equal("rule", "source", "required", "recorded", "status", "shortPeriods", "evidence");
    }

    [Fact]
    public void Version2Case_MainLeaders_AreBothSidesOfTheHandoverInCaseOrder()
    {
        // L-21 main leader to 2019-06-30, L-22 from 2019-07-01: both held the post some day of the window.
        Strings(Assessed("version2-1")["units"]![0]!["mainLeaderExcellence"]!["leaders"]).Should().Equal("L-21", "L-22");
        // As of 2019-06-30 only L-21 has.
        Strings(Assessed("version2-2")["units"]![0]!["mainLeaderExcellence"]!["leaders"]).Should().Equal("L-21");
    }

    [Fact]
    public void Version2Case_CadreDuties_SayWhatTheWorkRecordLacks()
    {
        JsonArray cadres = Assessed("version2-1")["cadres"]!.AsArray();

        // C-21: plan and ledger kept, no home-unit duties: met, nothing missing.
        JsonObject c21 = cadres[0]!["duties"]![0]!.AsObject();
        (c21["rule"]!.GetValue<string>(), c21["status"]!.GetValue<string>()).Should().Be(("DUTY-CADRE-FULL-TIME", "met"));
        c21["source"]!.GetValue<string>().Should().Be("SC-2019-4 §III.4");
        Strings(c21["missing"]).Should().BeEmpty();
        // C-22: no ledger, still home-unit duties: short, missing in the contract's order; criticised
        // (CRITICISE-ON-CADRE-DUTY-SHORT).
        JsonObject c22 = cadres[1]!["duties"]![0]!.AsObject();
        c22["status"]!.GetValue<string>().Should().Be("short");
        Strings(c22["missing"]).Should().Equal("work-ledger", "full-time");
        Strings(cadres[1]!["actions"]).Should().Equal("CADRE-CRITICISE");
    }

    [Fact]
    public void Version2CaseMidYearWithoutRecords_CadreDutiesArePendingAndNameTheMissingRecord()
    {
        JsonObject c21 = Assessed("version2-2")["cadres"]![0]!["duties"]![0]!.AsObject();

        c21["status"]!.GetValue<string>().Should().Be("pending");
        Strings(c21["missing"]).Should().Equal("record");
    }

    [Fact]
    public void Version2Case_Committee_CountsItsTrainingsInTheWindow()
    {
        // CA-1 on 2019-05-10, CA-2 at 2019-09-30T18:00Z (2019-10-01 in China): 2 of sichuan-2019's 5.
        JsonObject duty = Assessed("version2-1")["committee"]!["duties"]![0]!.AsObject();

        duty["rule"]!.GetValue<string>().Should().Be("DUTY-COMMITTEE-TRAINING");
        (duty["required"]!.GetValue<int>(), duty["recorded"]!.GetValue<int>(), duty["status"]!.GetValue<string>()).Should().Be((5, 2, "short"));
        Strings(duty["shortPeriods"]).Should().Equal("2019");
        Strings(duty["evidence"]).Should().Equal("CA-1", "CA-2");
    }

    [Fact]
    public void Version2Case_WithoutEvidence_CommitteeDutyHasNoEvidenceEither()
    {
        JsonObject duty = Assessed("version2-1", new AssessmentWriterOptions { IncludeEvidence = false })["committee"]!["duties"]![0]!.AsObject();

        duty.ContainsKey("evidence").Should().BeFalse();
    }

    [Fact]
    public void Version2Case_Findings_HoldTheTeamFindings()
    {
        // C-22 leaves on 2019-08-31: from 2019-09-01 the team is C-21 and LC-1, fewer than 3; C-22's posting ends in
        // the window before 2 years, and C-22 is not recalled.
        JsonArray findings = Assessed("version2-1")["findings"]!.AsArray();

        findings.Select(f => (f!["rule"]!.GetValue<string>(), f["subject"]!.GetValue<string>())).Should().Equal(
            ("TEAM-MIN-SIZE", "513428100001"), ("TEAM-TERM", "C-22"));
    }

    [Fact]
    public void Version2Case_WritesThePart2Members()
    {
        JsonObject written = Assessed("version2-1");

        written.ContainsKey("exits").Should().BeTrue();
        written.ContainsKey("statistics").Should().BeTrue();
        JsonObject unit = written["units"]![0]!.AsObject();
        unit.ContainsKey("score").Should().BeTrue();
        unit.ContainsKey("links").Should().BeTrue();
    }

    [Fact]
    public void Version1Case_IsStillWrittenAsVersion1WithoutTheVersion2Members()
    {
        JsonObject written = Assessed("example-1");

        written["format"]!.GetValue<string>().Should().Be(JsonFormats.Assessment);
        written.ContainsKey("committee").Should().BeFalse();
        written["cadres"]![0]!.AsObject().ContainsKey("duties").Should().BeFalse();
        written["units"]![0]!["mainLeaderExcellence"]!.AsObject().ContainsKey("leaders").Should().BeFalse();
    }

    [Fact]
    public void DaysEnabled_DaysEntryCarriesRequiredShortMonthsAndLeaveExceeded()
    {
        PolicyEdition baihe = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.DutyCadreDays, true)
            .SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, 30).Build().GetValueOrThrow();
        var editions = new Dictionary<string, PolicyEdition> { ["sichuan-2019"] = baihe };
        CaseReadResult read = CaseReader.Read(TestFiles.Golden("version2-1.case.json"), editions);
        read.Problems.Should().BeEmpty();

        JsonObject written = JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess()))!.AsObject();

        // C-21 in post all year with one attendance record (March, 22 days): the other eleven months count 0 days.
        JsonArray duties = written["cadres"]![0]!["duties"]!.AsArray();
        duties.Select(d => d!["rule"]!.GetValue<string>()).Should().Equal("DUTY-CADRE-FULL-TIME", "DUTY-CADRE-DAYS");
        JsonObject days = duties[1]!.AsObject();
        days.Select(p => p.Key).Should().Equal("rule", "source", "status", "required", "shortMonths", "leaveExceeded");
        days["status"]!.GetValue<string>().Should().Be("short");
        days["required"]!.GetValue<int>().Should().Be(20);
        Strings(days["shortMonths"]).Should().Equal(
            "2019-01", "2019-02", "2019-04", "2019-05", "2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11", "2019-12");
        days["leaveExceeded"]!.GetValue<bool>().Should().BeFalse("2 days of leave are within 30");
    }

    [Fact]
    public void DaysEnabled_LeaveBeyondTheMaximum_IsLeaveExceeded()
    {
        PolicyEdition strict = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.DutyCadreDays, true)
            .SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, 1).Build().GetValueOrThrow();
        CaseReadResult read = CaseReader.Read(TestFiles.Golden("version2-1.case.json"),
            new Dictionary<string, PolicyEdition> { ["sichuan-2019"] = strict });

        JsonObject days = JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess()))!["cadres"]![0]!["duties"]![1]!.AsObject();

        days["leaveExceeded"]!.GetValue<bool>().Should().BeTrue("March's 2 days of leave exceed a maximum of 1");
    }
}
