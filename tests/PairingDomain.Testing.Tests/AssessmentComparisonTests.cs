using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// Issue 14, what-if at scale: the synthetic province assessed under sichuan-2019 and under a variant, compared unit by
/// unit (<see cref="AssessmentComparison"/>).
/// </summary>
public sealed class AssessmentComparisonTests
{
    private static readonly Lazy<PairingCase> s_case = new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019));
    private static readonly Lazy<AnnualAssessment> s_sichuan = new(() => s_case.Value.Assess());

    private static PolicyEdition Variant(Func<PolicyEditionBuilder, PolicyEditionBuilder> change) =>
        change(PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("what-if-2019", 2019)).Build().GetValueOrThrow();

    private static AssessmentComparison CompareWith(PolicyEdition edition) =>
        AssessmentComparison.Compare(s_sichuan.Value, s_case.Value.WithEdition(edition).Assess());

    [Fact]
    public void Compare_UnchangedEdition_HasNoDifference()
    {
        AssessmentComparison comparison = CompareWith(Variant(b => b));

        comparison.IsEmpty.Should().BeTrue();
        comparison.Units.Should().BeEmpty();
        comparison.UnitsShortAfter.Should().Be(comparison.UnitsShortBefore);
        comparison.Duties.Should().OnlyContain(d => d.ShortBefore == d.ShortAfter && d.BecameShort == 0 && d.NoLongerShort == 0);
        comparison.Duties.Select(d => d.Rule).Should().Equal(PolicyEditions.Sichuan2019.Duties.Select(d => d.Id));
    }

    [Fact]
    public void Compare_MainLeaderVisitsRaisedToFour_ChangesExactlyTheUnitsBetweenTheOldAndTheNewMinimum()
    {
        AssessmentComparison comparison = CompareWith(Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, 4)));

        // Independently of the comparison: a unit met the duty at 2 a year and records fewer than 4 (full-year units;
        // a unit paired part of the year has its minimum pro-rated, so its new requirement is read from the result).
        string[] expected = [.. s_sichuan.Value.Units
            .Where(u => u.Duty(RuleIds.DutyMainLeaderVisits) is { Status: var s } d && s == DutyStatus.Met
                && d.Recorded < (int)Math.Ceiling(4 * d.Required / 2.0))
            .Select(u => u.Unit.Value)];
        expected.Should().NotBeEmpty("the synthetic province has units with 2 or 3 main-leader visits");
        // A unit already short stays short with more visits missing: no duty change, but its score can fall a grade, and
        // a unit whose grade moved is listed too (with no duty change).
        UnitComparison[] changed = [.. comparison.Units.Where(u => u.Duties.Length > 0)];
        changed.Select(u => u.Unit.Value).Should().BeEquivalentTo(expected);
        comparison.Units.Except(changed).Should().OnlyContain(u => u.GradeMoved && u.ShortBefore);
        changed.Should().OnlyContain(u => u.Duties.Length == 1 && u.Duties[0].Rule == RuleIds.DutyMainLeaderVisits
            && u.Duties[0].Before == DutyStatus.Met && u.Duties[0].After == DutyStatus.Short && u.Duties[0].RequiredAfter > u.Duties[0].RequiredBefore);
        DutyChangeSummary visits = comparison.Duties.Single(d => d.Rule == RuleIds.DutyMainLeaderVisits);
        visits.BecameShort.Should().Be(expected.Length);
        visits.ShortAfter.Should().Be(visits.ShortBefore + expected.Length);
        comparison.Duties.Where(d => d.Rule != RuleIds.DutyMainLeaderVisits).Should().OnlyContain(d => d.BecameShort == 0 && d.ShortBefore == d.ShortAfter);
        comparison.UnitsBecameShort.Should().Be(changed.Count(u => !u.ShortBefore));
        comparison.UnitsShortAfter.Should().Be(comparison.UnitsShortBefore + comparison.UnitsBecameShort);
    }

    [Fact]
    public void Compare_MinimumLowered_UnitsNoLongerShortOnThatDuty()
    {
        AssessmentComparison comparison = CompareWith(Variant(b => b.SetMinimum(RuleIds.DutyNightSchool, 0)));

        int shortBefore = s_sichuan.Value.Units.Count(u => u.Duty(RuleIds.DutyNightSchool)?.Status == DutyStatus.Short);
        shortBefore.Should().BePositive();
        DutyChangeSummary night = comparison.Duties.Single(d => d.Rule == RuleIds.DutyNightSchool);
        night.NoLongerShort.Should().Be(shortBefore);
        night.ShortAfter.Should().Be(0);
        comparison.Units.SelectMany(u => u.Duties).Should().OnlyContain(c => c.Rule == RuleIds.DutyNightSchool && c.NoLongerShort);
    }

    [Fact]
    public void Compare_DutySwitchedOff_ListsItWithNoStatusAfter()
    {
        AssessmentComparison comparison = CompareWith(Variant(b => b.SetEnabled(RuleIds.DutyStudyTour, false)));

        int units = s_sichuan.Value.Units.Count(u => u.Duty(RuleIds.DutyStudyTour) is not null);
        comparison.Units.Should().HaveCount(units);
        comparison.Units.Should().OnlyContain(u => u.Duties.Single().After == null && u.Duties.Single().Rule == RuleIds.DutyStudyTour);
        comparison.Duties.Select(d => d.Rule).Should().Contain(RuleIds.DutyStudyTour);
    }

    [Fact]
    public void Compare_AnotherAsOfDate_IsRefused()
    {
        PairingCase midYear = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = new NodaTime.LocalDate(2019, 8, 15) });

        Action act = () => AssessmentComparison.Compare(s_sichuan.Value, midYear.Assess());

        act.Should().Throw<ArgumentException>().WithParameterName("after");
    }

    [Fact]
    public void WithEdition_OtherGradeScale_IsRefused()
    {
        PolicyEdition fourGrade = Variant(b => b.WithGradeScale(Cadres.GradeScale.FourGrade));

        Func<PairingCase> act = () => s_case.Value.WithEdition(fourGrade);

        act.Should().Throw<ArgumentException>();
    }
}
