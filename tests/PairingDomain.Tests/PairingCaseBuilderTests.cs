using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Testing;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using PairingDomain.Units;
using Xunit;

namespace PairingDomain.Tests;

/// <summary>
/// <see cref="PairingCaseBuilder"/>: one checking path for a whole case (issue 15, case-format.md and case-format-2.md):
/// every problem of every part in one pass, at the caller's locations.
/// </summary>
public sealed class PairingCaseBuilderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_synthetic_province_fed_record_by_record_is_the_generated_case(bool cadreWork)
    {
        PairingCase generated = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 11) with { IncludeCadreWork = cadreWork });

        BuildResult<PairingCase> built = Feed(generated).Build();

        built.Problems.Should().BeEmpty();
        PairingCase rebuilt = built.Value;
        rebuilt.HasCadreWork.Should().Be(cadreWork);
        rebuilt.Ledger.Count.Should().Be(generated.Ledger.Count).And.BeGreaterThan(0);
        rebuilt.Grades.Grades.Should().Equal(generated.Grades.Grades);
        rebuilt.Outcomes.Count.Should().Be(generated.Outcomes.Count);
        rebuilt.ExitIndicators.Villages.Should().Equal(generated.ExitIndicators.Villages);
        rebuilt.PartyPairings.Pairings.Should().Equal(generated.PartyPairings.Pairings);
        if (cadreWork)
        {
            rebuilt.Outcomes.Count.Should().BeGreaterThan(0);
            rebuilt.CadreWork.Attendance.Should().Equal(generated.CadreWork.Attendance).And.NotBeEmpty();
        }
        rebuilt.Assess().Snapshot().Should().Be(generated.Assess().Snapshot());
    }

    [Fact]
    public void A_duplicate_unit_and_a_bad_activity_reference_are_reported_in_one_build()
    {
        PairingCaseBuilder builder = Roster();
        builder.AddUnit(Unit("U-1", "M-2"), "units!A3");
        builder.AddActivity(Visit("A-1", "U-9"), "activities!A2");

        BuildResult<PairingCase> result = builder.Build();

        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("units!A3.id", ProblemCodes.DuplicateId),
            ("activities!A2.unit", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void An_outcome_or_committee_activity_sharing_an_activity_id_is_a_duplicate_id_whatever_the_order_given()
    {
        // The ids of activities, committee activities and outcomes are one namespace (case-format-2.md §1).
        PairingCaseBuilder builder = Roster(version2: true);
        var committee = new CommitteeActivity(new ActivityId("A-1"), CommitteeActivityKind.DemonstrationTraining, ActivityTime.On(TestRoster.D("2019-04-01")), 30);
        Outcome Outcome(string id) => new(new ActivityId(id), new UnitId("U-1"), DivisionCode.Parse("513428"), null, TestRoster.D("2019-05-01"),
            OutcomeMeasure.DirectInvestment, 10m);
        builder.AddOutcome(Outcome("W-7"), "outcomes!A2");
        builder.AddActivity(Visit("A-1", "U-1"), "activities!A2");
        builder.AddCommitteeActivity(committee, "committee!A2");
        builder.AddCommitteeActivity(new CommitteeActivity(new ActivityId("W-7"), committee.Kind, committee.Time, 30), "committee!A3");
        builder.AddOutcome(Outcome("A-1"), "outcomes!A3");
        builder.AddOutcome(Outcome("O-1"), "outcomes!A4");

        BuildResult<PairingCase> result = builder.Build();

        result.Problems.Select(p => (p.Path, p.Code, p.Message)).Should().Equal(
            ("outcomes!A2.id", ProblemCodes.DuplicateId, "activity 'W-7' is already used by committee!A3"),
            ("committee!A2.id", ProblemCodes.DuplicateId, "activity 'A-1' is already used by activities!A2"),
            ("outcomes!A3.id", ProblemCodes.DuplicateId, "activity 'A-1' is already used by activities!A2"));
    }

    [Fact]
    public void A_grade_of_an_unknown_cadre_is_reported_beside_a_roster_problem()
    {
        PairingCaseBuilder builder = Roster();
        builder.AddCadre(Cadre("K-1", "U-9"), "cadres!A3");
        builder.AddGrade(new AnnualGrade(new CadreId("K-7"), 2019, CadreGrade.Excellent), "grades!A2");

        BuildResult<PairingCase> result = builder.Build();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("cadres!A3.id", ProblemCodes.DuplicateId),
            ("cadres!A3.unit", ProblemCodes.UnknownReference),
            ("grades!A2.cadre", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void A_county_the_repair_made_up_for_a_village_is_still_unknown_to_an_activity()
    {
        var builder = new PairingCaseBuilder(PolicyEditions.Sichuan2019, 2019, null, "$");
        builder.AddUnit(Unit("U-1"), "u1").AddUnit(Unit("U-1", "M-2"), "u2");
        builder.AddVillage(new Village(VillageCode.Parse("513429100001"), DivisionCode.Parse("513429"), "村", 2020, null), "v1");
        builder.AddActivity(Visit("A-1", "U-1", "513429"), "a1");

        builder.Build().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("u2.id", ProblemCodes.DuplicateId),
            ("v1.county", ProblemCodes.UnknownReference),
            ("a1.county", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Problems_come_part_by_part_whatever_the_order_records_were_given()
    {
        PairingCaseBuilder builder = Roster();
        builder.AddGrade(new AnnualGrade(new CadreId("K-7"), 2019, CadreGrade.Excellent), "g1");
        builder.AddActivity(Visit("A-1", "U-9"), "a1");

        builder.Build().Problems.Select(p => p.Path).Should().Equal("a1.unit", "g1.cadre");
    }

    [Fact]
    public void A_roster_record_after_an_activity_throws()
    {
        PairingCaseBuilder builder = Roster();
        builder.AddActivity(Visit("A-1", "U-1"), "a1");

        Action late = () => builder.AddCounty(new County(DivisionCode.Parse("513430"), "县", Region.Yi, 2020, null), "c9");

        late.Should().Throw<InvalidOperationException>().WithMessage("*county*after the roster was closed*before the first activity*");
    }

    [Fact]
    public void A_record_of_version_2_in_a_version_1_case_throws()
    {
        Action add = () => Roster().AddAttendance(new AttendanceRecord(new CadreId("K-1"), new NodaTime.YearMonth(2019, 1), 20, 0), "t1");

        add.Should().Throw<InvalidOperationException>().WithMessage("*pairing-case/2*");
    }

    [Fact]
    public void A_version_2_case_with_no_record_of_version_2_has_an_empty_cadre_work()
    {
        PairingCaseBuilder version1 = Roster();
        PairingCaseBuilder version2 = Roster(version2: true);

        version1.Build().Value.HasCadreWork.Should().BeFalse();
        version2.Build().Value.HasCadreWork.Should().BeTrue();
    }

    [Fact]
    public void An_unreadable_edition_is_a_problem_at_the_root_location()
    {
        var builder = new PairingCaseBuilder(null, 2019, null, "workbook");

        builder.Build().Problems.Select(p => (p.Path, p.Code)).Should().Equal(("workbook", ProblemCodes.MissingField));
    }

    [Fact]
    public void A_case_that_cannot_be_assembled_is_a_problem_at_the_root_location()
    {
        var builder = new PairingCaseBuilder(PolicyEditions.Sichuan2019, 2019, new NodaTime.LocalDate(2020, 1, 1), "$");

        BuildResult<PairingCase> result = builder.Build();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void A_placeholder_is_unique_to_its_location_and_no_reference_resolves_to_it()
    {
        PairingCaseBuilder.PlaceholderId("a").Should().NotBe(PairingCaseBuilder.PlaceholderId("b"));
        PairingCaseBuilder.IsPlaceholder(PairingCaseBuilder.PlaceholderId("a")).Should().BeTrue();
        PairingCaseBuilder.IsPlaceholder("U-1").Should().BeFalse();
        PairingCaseBuilder builder = Roster();
        builder.AddActivity(Visit(PairingCaseBuilder.PlaceholderId("a1"), "U-1"), "a1");
        builder.AddActivity(Visit(PairingCaseBuilder.PlaceholderId("a2"), "U-1"), "a2");

        builder.Build().Problems.Should().BeEmpty();
    }

    /// <summary>A sound roster: unit U-1 (main leader M-1) leading county 513428 with village …100001 and cadre K-1.</summary>
    private static PairingCaseBuilder Roster(bool version2 = false)
    {
        var builder = new PairingCaseBuilder(PolicyEditions.Sichuan2019, 2019, null, "$", version2);
        builder.AddUnit(Unit("U-1"), "units!A2", ["units!A2/leader1"]);
        builder.AddCounty(new County(DivisionCode.Parse("513428"), "县", Region.Yi, 2020, null), "counties!A2");
        builder.AddVillage(new Village(VillageCode.Parse("513428100001"), DivisionCode.Parse("513428"), "村", 2020, null), "villages!A2");
        builder.AddPairing(new CountyPairing(DivisionCode.Parse("513428"), new UnitId("U-1"), [], TestRoster.R("2018-01-01")), "pairings!A2");
        builder.AddCadre(Cadre("K-1", "U-1"), "cadres!A2");
        return builder;
    }

    private static AssistanceUnit Unit(string id, string leader = "M-1") =>
        new(new UnitId(id), "单位", UnitKind.ProvincialDepartment, TestRoster.CompleteMechanism,
            [new Leader(new LeaderId(leader), "领导", LeaderPost.MainLeader, TestRoster.R("2016-01-01"))]);

    private static StationedCadre Cadre(string id, string unit) =>
        new(new CadreId(id), "干部", new UnitId(unit), VillageCode.Parse("513428100001"), CadrePost.FirstSecretary, TestRoster.R("2018-01-01"));

    private static Activity Visit(string id, string unit, string county = "513428") =>
        new(new ActivityId(id), ActivityKind.SupervisionVisit, new UnitId(unit), new LeaderId("M-1"), ActivityTime.On(TestRoster.D("2019-03-01")),
            DivisionCode.Parse(county), null);

    /// <summary>Every record of <paramref name="c"/> through a builder, located as the JSON reader locates them.</summary>
    private static PairingCaseBuilder Feed(PairingCase c)
    {
        var b = new PairingCaseBuilder(c.Edition, c.Year, c.AsOf, "$", c.HasCadreWork, c.Ledger.Count, c.Outcomes.Count);
        static string At(string member, int i) => string.Create(CultureInfo.InvariantCulture, $"$.{member}[{i}]");
        PairingDomain.Rosters.Roster r = c.Roster;
        for (int i = 0; i < r.Units.Length; i++)
        {
            b.AddUnit(r.Units[i], At("units", i));
        }
        for (int i = 0; i < r.Counties.Length; i++)
        {
            b.AddCounty(r.Counties[i], At("counties", i));
        }
        for (int i = 0; i < r.Villages.Length; i++)
        {
            b.AddVillage(r.Villages[i], At("villages", i));
        }
        for (int i = 0; i < r.Pairings.Length; i++)
        {
            b.AddPairing(r.Pairings[i], At("countyPairings", i));
        }
        for (int i = 0; i < r.Cadres.Length; i++)
        {
            b.AddCadre(r.Cadres[i], At("cadres", i));
        }
        for (int i = 0; i < c.Ledger.Count; i++)
        {
            b.AddActivity(c.Ledger[i], At("activities", i));
        }
        for (int i = 0; i < c.Grades.Grades.Length; i++)
        {
            b.AddGrade(c.Grades.Grades[i], At("cadreGrades", i));
        }
        if (!c.HasCadreWork)
        {
            return b;
        }
        CadreWorkBook w = c.CadreWork;
        for (int i = 0; i < w.LocalCadres.Length; i++)
        {
            b.AddLocalCadre(w.LocalCadres[i], At("localCadres", i));
        }
        for (int i = 0; i < w.Attendance.Length; i++)
        {
            b.AddAttendance(w.Attendance[i], At("attendance", i));
        }
        for (int i = 0; i < w.WorkRecords.Length; i++)
        {
            b.AddWorkRecord(w.WorkRecords[i], At("cadreWork", i));
        }
        for (int i = 0; i < w.Reviews.Length; i++)
        {
            b.AddReview(w.Reviews[i], At("cadreReviews", i));
        }
        for (int i = 0; i < w.CommitteeActivities.Length; i++)
        {
            b.AddCommitteeActivity(w.CommitteeActivities[i], At("committeeActivities", i));
        }
        for (int i = 0; i < c.PartyPairings.Pairings.Length; i++)
        {
            b.AddPartyPairing(c.PartyPairings.Pairings[i], At("partyPairings", i));
        }
        for (int i = 0; i < c.ExitIndicators.Households.Length; i++)
        {
            b.AddHouseholdIndicators(c.ExitIndicators.Households[i], At("householdIndicators", i));
        }
        for (int i = 0; i < c.ExitIndicators.Villages.Length; i++)
        {
            b.AddVillageIndicators(c.ExitIndicators.Villages[i], At("villageIndicators", i));
        }
        for (int i = 0; i < c.ExitIndicators.Counties.Length; i++)
        {
            b.AddCountyIndicators(c.ExitIndicators.Counties[i], At("countyIndicators", i));
        }
        for (int i = 0; i < c.Outcomes.Count; i++)
        {
            b.AddOutcome(c.Outcomes[i], At("outcomes", i));
        }
        return b;
    }
}
