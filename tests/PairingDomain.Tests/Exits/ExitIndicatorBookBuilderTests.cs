using System;
using System.Linq;
using PairingDomain.Exits;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.ExitCases;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Exits;

/// <summary>
/// The exit indicator records of case-format-2.md §1: at most one per subject and year (duplicate-id), villages and
/// counties of the roster (unknown-reference), rates from 0 to 1, townships ≥ 1 with each count ≤ it, income ≥ 0, and a
/// household year with no poverty line in the edition (unknown-poverty-line, sichuan-2019 lacking 2017, 2018 and 2020).
/// </summary>
public class ExitIndicatorBookBuilderTests
{
    private static readonly Roster s_roster = Standard().Village(V2, exitedYear: null).County(C2).BuildRoster();

    private static ExitIndicatorBookBuilder Builder() => new(s_roster, PolicyEditions.Sichuan2019);

    [Fact]
    public void Build_SoundRecords_KeepsThemInOrderAndFindsThemBySubjectAndYear()
    {
        ExitIndicatorBook book = Builder().AddHousehold(Household()).AddVillage(Village()).AddVillage(Village(year: 2018))
            .AddCounty(County()).Build().GetValueOrThrow();
        book.Households.Should().ContainSingle();
        book.Villages.Select(v => v.Year).Should().Equal(2019, 2018);
        book.VillageRecordOf(VillageCode.Parse(V1), 2018)!.Year.Should().Be(2018);
        book.VillageRecordOf(VillageCode.Parse(V2), 2019).Should().BeNull();
        book.CountyRecordOf(DivisionCode.Parse(C1), 2019).Should().NotBeNull();
        book.CountyRecordOf(DivisionCode.Parse(C1), 2018).Should().BeNull();
        book.Roster.Should().BeSameAs(s_roster);
    }

    [Fact]
    public void Build_EveryBadRecord_IsReportedAtOnce()
    {
        BuildResult<ExitIndicatorBook> result = Builder()
            .AddHousehold(Household())
            .AddHousehold(Household())                        // duplicate household and year
            .AddHousehold(Household("H-2", village: "513428100099")) // unknown village
            .AddHousehold(Household("H-3", year: 2018))       // no poverty line for 2018
            .AddVillage(Village())
            .AddVillage(Village())                            // duplicate village and year
            .AddVillage(Village("513428100099"))              // unknown village
            .AddCounty(County())
            .AddCounty(County())                              // duplicate county and year
            .AddCounty(County("519999"))                      // unknown county
            .Build();
        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.householdIndicators[1].household", ProblemCodes.DuplicateId),
            ("$.householdIndicators[2].village", ProblemCodes.UnknownReference),
            ("$.householdIndicators[3].year", ProblemCodes.UnknownPovertyLine),
            ("$.villageIndicators[1].village", ProblemCodes.DuplicateId),
            ("$.villageIndicators[2].village", ProblemCodes.UnknownReference),
            ("$.countyIndicators[1].county", ProblemCodes.DuplicateId),
            ("$.countyIndicators[2].county", ProblemCodes.UnknownReference));
        result.Problems[0].Message.Should().Contain("$.householdIndicators[0]");
        result.Problems.Should().OnlyContain(p => p.ChineseMessage.Length > 0 && p.ChineseMessage != p.Message);
    }

    [Theory]
    [InlineData(2011)]
    [InlineData(2012)]
    [InlineData(2013)]
    [InlineData(2014)]
    [InlineData(2015)]
    [InlineData(2016)]
    [InlineData(2019)]
    public void Build_YearsWithALineInSichuan2019_AreAccepted(int year) =>
        Builder().AddHousehold(Household(year: year)).Build().Success.Should().BeTrue();

    [Theory]
    [InlineData(2010)]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2020)]
    public void Build_YearsWithoutALine_AreUnknownPovertyLine(int year)
    {
        // domain.md §8: "no reliable figure found for 2017 or 2018. A line missing for a year is an error the caller must fill, never a guess."
        Problem problem = Builder().AddHousehold(Household(year: year)).Build().Problems.Single();
        problem.Code.Should().Be("unknown-poverty-line");
        problem.Path.Should().Be("$.householdIndicators[0].year");
        problem.Message.Should().Contain(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_EditionWithoutTheHouseholdStandard_DoesNotAskForALine() =>
        new ExitIndicatorBookBuilder(s_roster, PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ExitHousehold, false))
            .AddHousehold(Household(year: 2018)).Build().Success.Should().BeTrue();

    [Fact]
    public void Build_AnEditionThatStatesThe2018Line_AcceptsIt() =>
        new ExitIndicatorBookBuilder(s_roster, PolicyEditions.Sichuan2019.WithParameter(RuleIds.ExitHousehold, "poverty-line-2018", "2995"))
            .AddHousehold(Household(year: 2018)).Build().Success.Should().BeTrue();

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Action noRoster = () => _ = new ExitIndicatorBookBuilder(null!, PolicyEditions.Sichuan2019);
        Action noEdition = () => _ = new ExitIndicatorBookBuilder(s_roster, null!);
        noRoster.Should().Throw<ArgumentNullException>();
        noEdition.Should().Throw<ArgumentNullException>();
        Action noRecord = () => Builder().AddVillage(null!);
        noRecord.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Empty_HasNoRecords() =>
        ExitIndicatorBook.Empty(s_roster).Households.Should().BeEmpty();
}
