using System;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Outcomes;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// <c>outcomes</c> of <c>pairing-case/2</c> (case-format-2.md §1 "Outcomes", §2 <c>OUTCOME-OUTSIDE-PAIRING</c>, §4):
/// example-1 as a <c>/2</c> case with outcomes, read to the typed <see cref="OutcomeBook"/>, written back, assessed
/// (exact sums per measure, the window, the pairing), and made hostile with every problem listed at once.
/// </summary>
public sealed class Version2OutcomesTests
{
    // example-1: U-101 leads 513428 (U-102 participates) and 513430 from 2018; U-102 leads 513429 from 2019-04-01.
    private const string Outcomes = """
        [
          { "id": "O-1", "unit": "U-101", "county": "513428", "village": "513428100001", "on": "2019-03-01", "measure": "direct-investment", "amount": 100.25 },
          { "id": "O-2", "unit": "U-102", "county": "513428", "on": "2019-06-30", "measure": "direct-investment", "amount": 200.75 },
          { "id": "O-3", "unit": "U-102", "county": "513429", "on": "2019-03-31", "measure": "direct-investment", "amount": 1000 },
          { "id": "O-4", "unit": "U-102", "county": "513429", "on": "2019-04-01", "measure": "road-km", "amount": 1.50 },
          { "id": "O-5", "unit": "U-101", "county": "513430", "on": "2019-12-31", "measure": "road-km", "amount": 2.5 },
          { "id": "O-6", "unit": "U-101", "county": "513428", "on": "2018-12-31", "measure": "road-km", "amount": 7 },
          { "id": "O-7", "unit": "U-101", "county": "513429", "on": "2018-06-01", "measure": "village-cadres-trained", "amount": 30 },
          { "id": "O-8", "unit": "U-101", "county": "513430", "on": "2019-05-05", "measure": "village-cadres-trained", "amount": 4E+1 }
        ]
        """;

    private static JsonObject Example()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";
        d["committeeActivities"] = JsonNode.Parse("""[{ "id": "CA-1", "kind": "demonstration-training", "on": "2019-05-10", "trainees": 12 }]""");
        d["outcomes"] = JsonNode.Parse(Outcomes);
        return d;
    }

    private static (string Path, string Code)[] ProblemsAfter(Action<JsonArray> change)
    {
        JsonObject d = Example();
        change(d["outcomes"]!.AsArray());
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(d));
        result.Success.Should().Be(result.Problems.IsEmpty);
        result.Problems.Should().AllSatisfy(SameRecord.Check, "every problem is told in Chinese too, naming the same records");
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    private static decimal Sum(AnnualAssessment a, OutcomeMeasure m) => a.OutcomeTotals.Single(t => t.Measure == m).Amount;

    [Fact]
    public void Read_GivesTypedOutcomesInOrder()
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example()));

        result.Problems.Should().BeEmpty();
        OutcomeBook book = result.Case.Outcomes;
        book.Select(o => o.Id.Value).Should().Equal("O-1", "O-2", "O-3", "O-4", "O-5", "O-6", "O-7", "O-8");
        book[0].Village!.Value.Value.Should().Be("513428100001");
        book[1].Village.Should().BeNull();
        book[3].Measure.Should().Be(OutcomeMeasure.RoadKm);
        book[3].Amount.Should().Be(1.5m);
        book[7].Amount.Should().Be(40m, "4E+1 is 40, a count with no decimals");
        OutcomeMeasure.RoadKm.Unit.Should().Be(OutcomeUnit.Kilometre);
    }

    [Fact]
    public void Measures_AreInContractOrderWithTheirUnitsAndDecimals()
    {
        OutcomeMeasure.List.OrderBy(m => m.Value).Select(m => m.ContractId).Should().Equal(
            "direct-investment", "coordinated-investment", "industry-investment", "road-km", "housing-m2", "clinic-m2",
            "water-households", "electricity-households", "broadcast-households", "village-cadres-trained",
            "party-members-trained", "reserve-cadres-trained");
        OutcomeMeasure.List.OrderBy(m => m.Value).Select(m => m.Decimals).Should().Equal(2, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0);
        OutcomeMeasure.DirectInvestment.Unit.Should().Be(OutcomeUnit.Yuan);
        OutcomeMeasure.HousingM2.Unit.Should().Be(OutcomeUnit.SquareMetre);
        OutcomeMeasure.WaterHouseholds.Unit.Should().Be(OutcomeUnit.Household);
        OutcomeMeasure.VillageCadresTrained.Unit.Should().Be(OutcomeUnit.PersonTime);
        OutcomeMeasure.ReserveCadresTrained.Unit.Should().Be(OutcomeUnit.Person);
    }

    [Fact]
    public void Assess_SumsExactlyInsideThePairingAndTheWindow_FindsTheOutsideOnes()
    {
        AnnualAssessment a = CaseReader.Read(TestFiles.Utf8(Example())).Case.Assess();

        // O-1 + O-2 (U-102 participates in 513428); O-3 is a day before U-102's pairing of 513429 begins.
        Sum(a, OutcomeMeasure.DirectInvestment).Should().Be(301m);
        // O-4 on the pairing's first day, O-5 on the year's last; O-6 is in 2018: ignored.
        Sum(a, OutcomeMeasure.RoadKm).Should().Be(4m);
        // O-7 is in 2018 and outside the pairing: no finding, not summed.
        Sum(a, OutcomeMeasure.VillageCadresTrained).Should().Be(40m);
        a.OutcomeTotals.Select(t => t.Measure).Should().Equal(OutcomeMeasure.List.OrderBy(m => m.Value));
        a.OutcomeTotals.Where(t => t.Amount != 0).Should().HaveCount(3);
        a.Findings.Where(f => f.Rule == RuleIds.OutcomeOutsidePairing).Select(f => f.Subject).Should().Equal("O-3");
        a.Findings.Single(f => f.Rule == RuleIds.OutcomeOutsidePairing).Source.Should().Contain("§III.1");
    }

    [Fact]
    public void Assess_AsOfBeforeAnOutcome_IgnoresIt()
    {
        JsonObject d = Example();
        d["asOf"] = "2019-06-29";

        AnnualAssessment a = CaseReader.Read(TestFiles.Utf8(d)).Case.Assess();

        Sum(a, OutcomeMeasure.DirectInvestment).Should().Be(100.25m, "O-2 is dated after the as-of date");
        Sum(a, OutcomeMeasure.RoadKm).Should().Be(1.5m);
        a.Findings.Where(f => f.Rule == RuleIds.OutcomeOutsidePairing).Select(f => f.Subject).Should().Equal("O-3");
    }

    [Fact]
    public void Assess_RuleSwitchedOff_SumsEveryOutcomeOfTheWindow()
    {
        PolicyEdition off = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.OutcomeOutsidePairing, false).Build().GetValueOrThrow();
        PairingCase @case = CaseReader.Read(TestFiles.Utf8(Example())).Case;

        AnnualAssessment a = new PairingCase(off, @case.Year, @case.AsOf, @case.Ledger, @case.Grades, @case.CadreWork).WithOutcomes(@case.Outcomes).Assess();

        Sum(a, OutcomeMeasure.DirectInvestment).Should().Be(1301m);
        a.Findings.Should().NotContain(f => f.Rule == RuleIds.OutcomeOutsidePairing);
    }

    [Fact]
    public void Write_RoundTripsTheOutcomesWithNoTrailingZeros()
    {
        PairingCase @case = CaseReader.Read(TestFiles.Utf8(Example())).Case;

        byte[] written = CaseWriter.Write(@case);
        JsonArray outcomes = JsonNode.Parse(written)!["outcomes"]!.AsArray();
        CaseReadResult again = CaseReader.Read(written);

        again.Problems.Should().BeEmpty();
        again.Case.Outcomes.Should().Equal(@case.Outcomes);
        outcomes[3]!["amount"]!.ToJsonString().Should().Be("1.5");
        outcomes[7]!["amount"]!.ToJsonString().Should().Be("40");
        outcomes[1]!.AsObject().ContainsKey("village").Should().BeFalse();
        outcomes[0]!.AsObject().Select(p => p.Key).Should().Equal("id", "unit", "county", "village", "on", "measure", "amount");
    }

    [Fact]
    public void Write_ACaseWithoutOutcomes_HasNoOutcomesMember()
    {
        JsonObject d = Example();
        d.Remove("outcomes");

        byte[] written = CaseWriter.Write(CaseReader.Read(TestFiles.Utf8(d)).Case);

        JsonNode.Parse(written)!.AsObject().ContainsKey("outcomes").Should().BeFalse();
    }

    [Theory]
    [InlineData("direct-investment", "100.255")]
    [InlineData("direct-investment", "0.001")]
    [InlineData("road-km", "1.25")]
    [InlineData("housing-m2", "0.05")]
    [InlineData("water-households", "1.5")]
    [InlineData("reserve-cadres-trained", "1e-1")]
    [InlineData("party-members-trained", "1.00000000000000000000000000000001")]
    [InlineData("village-cadres-trained", "1e-30")]
    [InlineData("direct-investment", "-1")]
    [InlineData("road-km", "-0.5")]
    [InlineData("direct-investment", "1e400")]
    [InlineData("direct-investment", "79228162514264337593543950336")]
    [InlineData("direct-investment", "\"NaN\"")]
    [InlineData("direct-investment", "\"100\"")]
    [InlineData("direct-investment", "true")]
    [InlineData("direct-investment", "null")]
    public void Read_BadAmount_IsInvalidValueAtAmount(string measure, string amount)
    {
        (string, string)[] problems = ProblemsAfter(o =>
        {
            o[0]!["measure"] = measure;
            o[0]!["amount"] = JsonNode.Parse(amount);
        });

        problems.Should().Equal([("$.outcomes[0].amount", amount == "null" ? ProblemCodes.MissingField : ProblemCodes.InvalidValue)]);
    }

    [Theory]
    [InlineData("direct-investment", "100.10", "100.1")]
    [InlineData("road-km", "1.50", "1.5")]
    [InlineData("water-households", "2.00", "2")]
    [InlineData("water-households", "1E+2", "100")]
    [InlineData("water-households", "-0", "0")]
    [InlineData("direct-investment", "12345678901234567890123456.78", "12345678901234567890123456.78")]
    public void Read_AllowedAmount_IsExact(string measure, string amount, string expected)
    {
        JsonObject d = Example();
        d["outcomes"]![0]!["measure"] = measure;
        d["outcomes"]![0]!["amount"] = JsonNode.Parse(amount);

        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(d));

        result.Problems.Should().BeEmpty();
        result.Case.Outcomes[0].Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        JsonNode.Parse(CaseWriter.Write(result.Case))!["outcomes"]![0]!["amount"]!.ToJsonString().Should().Be(expected);
    }

    [Fact]
    public void Read_EveryBadOutcome_AllAtOnceWithNoCascade() =>
        ProblemsAfter(o =>
        {
            o[0]!["id"] = "A-1";                    // an activity's id
            o[1]!["id"] = "CA-1";                   // a committee activity's id
            o[3]!["id"] = "O-3";                    // an earlier outcome's id
            o[3]!["unit"] = "U-999";
            o[4]!["county"] = "513499";
            o[5]!["village"] = "513429100001";      // in another county than 513428
            o[6]!["measure"] = "roads";
            o[7]!["amount"] = -3;
            o.Add(JsonNode.Parse("""{ "id": "O-9", "unit": "U-101", "county": "51342", "village": "513428100001", "on": "2019-02-30", "measure": "road-km", "amount": 1 }"""));
            o.Add(JsonNode.Parse("""{ "id": "O-10", "unit": "U-101", "county": "513428", "on": "2019-02-01", "measure": "road-km", "amount": 1, "amout": 2 }"""));
            o.Add(JsonNode.Parse("""{ "id": "O-11", "unit": "U-101", "county": "513428", "village": "513428199999", "on": "2019-02-01", "measure": "road-km" }"""));
        }).Should().Equal(
            ("$.outcomes[0].id", ProblemCodes.DuplicateId),
            ("$.outcomes[1].id", ProblemCodes.DuplicateId),
            ("$.outcomes[3].id", ProblemCodes.DuplicateId),
            ("$.outcomes[3].unit", ProblemCodes.UnknownReference),
            ("$.outcomes[4].county", ProblemCodes.UnknownReference),
            ("$.outcomes[5].village", ProblemCodes.InvalidValue),
            ("$.outcomes[6].measure", ProblemCodes.InvalidValue),
            ("$.outcomes[7].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[8].county", ProblemCodes.InvalidValue),
            ("$.outcomes[8].on", JsonProblemCodes.InvalidDate),
            ("$.outcomes[9].amout", JsonProblemCodes.UnknownField),
            ("$.outcomes[10].amount", ProblemCodes.MissingField),
            ("$.outcomes[10].village", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_Version1CaseWithOutcomes_IsUnknownField()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["outcomes"] = JsonNode.Parse(Outcomes);

        CaseReader.Read(TestFiles.Utf8(d)).Problems.Select(p => (p.Path, p.Code)).Should().Equal([("$.outcomes", JsonProblemCodes.UnknownField)]);
    }

    [Fact]
    public void Seeds_AreWhatTheirNamesSay()
    {
        CaseReadResult valid = CaseReader.Read(Version2SeedTests.Seed("valid-version2-outcomes.json"));
        valid.Problems.Should().BeEmpty();
        valid.Case.Outcomes.Should().HaveCount(3);
        CaseReader.Read(CaseWriter.Write(valid.Case)).Case.Outcomes.Should().Equal(valid.Case.Outcomes);
        AnnualAssessment a = valid.Case.Assess();
        a.Findings.Where(f => f.Rule == RuleIds.OutcomeOutsidePairing).Should().BeEmpty("O-3 is dated before the window: ignored entirely");
        a.OutcomeTotals.Where(t => t.Amount != 0).Select(t => (t.Measure.ContractId, t.Amount)).Should().Equal(("direct-investment", 150000.5m), ("road-km", 3.5m));

        CaseReader.ReadUnguarded(Version2SeedTests.Seed("invalid-version2-outcomes.json")).Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.outcomes[0].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[1].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[2].id", ProblemCodes.DuplicateId));
    }
}
