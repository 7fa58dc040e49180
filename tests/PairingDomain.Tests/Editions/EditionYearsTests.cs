using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// An edition states the years it applies to, and an assessment of another year is refused unless the caller opts in
/// (issue 12: <c>Assess</c> took the 2019 edition for the year 2020 without a word). <c>sichuan-2019</c> applies to 2019
/// alone (Interpretation <c>EDITION-FOR-2019-ONLY</c>).
/// </summary>
public sealed class EditionYearsTests
{
    private static readonly AssessmentOptions s_anyYear = new(AllowYearOutsideEdition: true);

    private static PolicyEditionBuilder FromSichuan() => PolicyEditionBuilder.From(PolicyEditions.Sichuan2019);

    [Fact]
    public void Sichuan2019_AppliesTo2019Alone_AndAdoptsTheReadingThatSaysSo()
    {
        PolicyEdition edition = PolicyEditions.Sichuan2019;

        (edition.FirstYear, edition.LastYear).Should().Be((2019, 2019));
        edition.AppliesToYear(2019).Should().BeTrue();
        edition.AppliesToYear(2018).Should().BeFalse();
        edition.AppliesToYear(2020).Should().BeFalse();
        edition.Adopts(InterpretationIds.EditionFor2019Only).Should().BeTrue();
        edition.Interpretations.Single(i => i.Id == InterpretationIds.EditionFor2019Only).CanBeSetAside.Should().BeFalse();
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(2020)]
    public void Assess_YearOutsideTheEdition_IsRefusedWithATypedErrorNamingEditionAndYear(int year)
    {
        TestRoster records = Standard();

        YearOutsideEditionException refused = FluentActions.Invoking(() => records.Assess(year: year))
            .Should().ThrowExactly<YearOutsideEditionException>().WithParameterName(nameof(year)).Which;

        (refused.EditionId, refused.Year, refused.FirstYear, refused.LastYear).Should().Be(("sichuan-2019", year, 2019, 2019));
        refused.ActualValue.Should().Be(year);
        refused.Message.Should().Contain("sichuan-2019");
    }

    [Fact]
    public void Assess_YearOutsideTheEdition_IsAnArgumentException() =>
        FluentActions.Invoking(() => Standard().Assess(year: 2020)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Assess_YearOutsideTheEdition_OptedIn_IsAssessedUnderTheEditionsRules()
    {
        AnnualAssessment assessment = Standard().Visit("A-1", U1, M1, "2020-03-01").Assess(year: 2020, options: s_anyYear);

        assessment.Year.Should().Be(2020);
        assessment.Edition.Should().BeSameAs(PolicyEditions.Sichuan2019);
        assessment.Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded.Should().Be(1);
    }

    [Fact]
    public void Assess_YearOfTheEdition_OptingInChangesNothing()
    {
        TestRoster records = Standard().Visit("A-1", U1, M1, "2019-03-01");

        records.Assess(options: s_anyYear).Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded
            .Should().Be(records.Assess().Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded).And.Be(1);
    }

    [Fact]
    public void PairingCaseAssess_YearOutsideTheEdition_IsRefusedUnlessOptedIn()
    {
        TestRoster records = Standard();
        var roster = records.BuildRoster();
        var pairingCase = new PairingCase(PolicyEditions.Sichuan2019, 2020, null, records.BuildLedger(roster),
            records.BuildGrades(roster, PolicyEditions.Sichuan2019.GradeScale));

        FluentActions.Invoking(() => pairingCase.Assess()).Should().ThrowExactly<YearOutsideEditionException>();
        pairingCase.Assess(s_anyYear).Year.Should().Be(2020);
    }

    [Fact]
    public void WithYears_ARangeIncludingTheProgrammeYear_IsAssessedWithoutOptingIn()
    {
        PolicyEdition edition = FromSichuan().WithIdentity("sichuan-2019-2021", 2019).WithYears(2019, 2021).Build().GetValueOrThrow();

        (edition.FirstYear, edition.LastYear).Should().Be((2019, 2021));
        edition.AppliesToYear(2021).Should().BeTrue();
        edition.AppliesToYear(2022).Should().BeFalse();
        Standard().Assess(edition: edition, year: 2021).Year.Should().Be(2021);
        FluentActions.Invoking(() => Standard().Assess(edition: edition, year: 2022)).Should().ThrowExactly<YearOutsideEditionException>();
    }

    [Theory]
    [InlineData(2020, 2021)] // leaves out the programme year 2019
    [InlineData(2017, 2018)]
    [InlineData(2019, 2018)] // backwards
    [InlineData(0, 2019)]
    [InlineData(2019, 9999)]
    public void WithYears_NotIncludingTheProgrammeYearOrOutOfRange_IsRefused(int first, int last)
    {
        BuildResult<PolicyEdition> result = FromSichuan().WithYears(first, last).Build();

        result.Success.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Should().Match<Problem>(p => p.Path == "years" && p.Code == ProblemCodes.InvalidValue);
    }

    [Fact]
    public void WithYears_TheWholeRangeOfYears_IsAccepted()
    {
        PolicyEdition edition = FromSichuan().WithYears(1, 9998).Build().GetValueOrThrow();

        edition.AppliesToYear(1).Should().BeTrue();
        edition.AppliesToYear(9998).Should().BeTrue();
    }

    [Fact]
    public void From_CopiesTheYears_AndWithIdentityResetsThemToItsYear()
    {
        PolicyEdition wide = FromSichuan().WithYears(2019, 2020).Build().GetValueOrThrow();

        PolicyEditionBuilder.From(wide).Build().GetValueOrThrow().LastYear.Should().Be(2020);
        PolicyEdition renamed = PolicyEditionBuilder.From(wide).WithIdentity("x-2021", 2021).Build().GetValueOrThrow();
        (renamed.FirstYear, renamed.LastYear).Should().Be((2021, 2021));
        PolicyEditionBuilder.Empty("e-2022", 2022).Build().GetValueOrThrow().AppliesToYear(2022).Should().BeTrue();
    }

    [Fact]
    public void EditionSetForYear_FindsTheEditionWhoseYearsIncludeIt()
    {
        PolicyEdition wide = FromSichuan().WithIdentity("wide-2019", 2019).WithYears(2019, 2020).Build().GetValueOrThrow();
        var set = new PolicyEditionSet([wide]);

        set.ForYear(2020).Should().BeSameAs(wide);
        set.ForYear(2021).Should().BeNull();
    }
}
