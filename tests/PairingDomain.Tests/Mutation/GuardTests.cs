using System;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Mutation;

/// <summary>
/// Pins every argument check of the value constructors (issue 7: removing a check, or emptying its message, survived):
/// the exact exception type, the parameter it names, and a word of the message that says what is wrong.
/// </summary>
public sealed class GuardTests
{
    private static readonly ActivityTime s_on = ActivityTime.On(D("2019-04-12"));
    private static readonly DateRange s_since2019 = R("2019-01-01");

    private static void ShouldRefuse(Action act, string parameter, string keyword) =>
        act.Should().ThrowExactly<ArgumentException>().WithParameterName(parameter)
            .Which.Message.Should().Contain(keyword);

    private static void ShouldRefuseNull(Action act, string parameter) =>
        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName(parameter);

    private static void ShouldBeOutOfRange(Action act, string parameter) =>
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter)
            .Which.Message.Should().Contain("[1-9999]");

    // ---- Activity ----

    [Fact]
    public void Activity_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(default, ActivityKind.AnnualPlan, new UnitId(U1), null, s_on, DivisionCode.Parse(C1), null),
            "id", "default");

    [Fact]
    public void Activity_DefaultUnit_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(new ActivityId("A-1"), ActivityKind.AnnualPlan, default, null, s_on, DivisionCode.Parse(C1), null),
            "unit", "default");

    [Fact]
    public void Activity_NullKind_IsRefused() =>
        ShouldRefuseNull(() => _ = new Activity(new ActivityId("A-1"), null!, new UnitId(U1), null, s_on, null, null), "kind");

    // ---- AnnualGrade ----

    [Fact]
    public void AnnualGrade_DefaultCadre_IsRefused() =>
        ShouldRefuse(() => _ = new AnnualGrade(default, 2019, CadreGrade.Competent), "cadre", "default");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void AnnualGrade_YearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new AnnualGrade(new CadreId("K-1"), year, CadreGrade.Competent), "year");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void AnnualGrade_YearAtTheEdgesOfItsRange_IsKept(int year) =>
        new AnnualGrade(new CadreId("K-1"), year, CadreGrade.Competent).Year.Should().Be(year);

    [Fact]
    public void AnnualGrade_NullGrade_IsRefused() =>
        ShouldRefuseNull(() => _ = new AnnualGrade(new CadreId("K-1"), 2019, null!), "grade");

    // ---- County ----

    [Fact]
    public void County_DefaultCode_IsRefused() =>
        ShouldRefuse(() => _ = new County(default, "县", Region.Yi, 2020, null), "code", "default");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void County_PlannedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new County(DivisionCode.Parse(C1), "县", Region.Yi, year, null), "plannedDelistingYear");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void County_DelistedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new County(DivisionCode.Parse(C1), "县", Region.Yi, 2020, year), "delistedYear");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void County_YearsAtTheEdgesOfTheirRange_AreKept(int year)
    {
        var county = new County(DivisionCode.Parse(C1), "县", Region.Yi, year, year);

        (county.PlannedDelistingYear, county.DelistedYear).Should().Be((year, year));
    }

    [Fact]
    public void County_NullName_IsRefused() =>
        ShouldRefuseNull(() => _ = new County(DivisionCode.Parse(C1), null!, Region.Yi, 2020, null), "name");

    // ---- Village ----

    [Fact]
    public void Village_DefaultCode_IsRefused() =>
        ShouldRefuse(() => _ = new Village(default, DivisionCode.Parse(C1), "村", 2020, null), "code", "default");

    [Fact]
    public void Village_CodeOutsideItsCounty_NamesBothCodes()
    {
        Action act = () => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C2), "村", 2020, null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("county")
            .Which.Message.Should().Contain(V1).And.Contain(C2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Village_PlannedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", year, null), "plannedExitYear");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Village_ExitedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, year), "exitedYear");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void Village_YearsAtTheEdgesOfTheirRange_AreKept(int year)
    {
        var village = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", year, year);

        (village.PlannedExitYear, village.ExitedYear).Should().Be((year, year));
    }

    // ---- DivisionCode, VillageCode, RuleId ----

    [Fact]
    public void DivisionCodeParse_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => DivisionCode.Parse(null!), "text");

    [Fact]
    public void DivisionCodeParse_FiveDigits_NamesTheText() =>
        ShouldRefuse(() => DivisionCode.Parse("51342"), "text", "'51342'");

    [Fact]
    public void VillageCodeParse_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => VillageCode.Parse(null!), "text");

    [Fact]
    public void VillageCodeParse_SixDigits_NamesTheText() =>
        ShouldRefuse(() => VillageCode.Parse(C1), "text", "'513428'");

    [Fact]
    public void RuleId_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => _ = new RuleId(null!), "value");

    [Fact]
    public void RuleId_LowerCase_NamesTheText() => ShouldRefuse(() => _ = new RuleId("duty-x"), "value", "duty-x");

    // ---- CountyPairing ----

    [Fact]
    public void CountyPairing_DefaultCounty_IsRefused() =>
        ShouldRefuse(() => _ = new CountyPairing(default, new UnitId(U1), [], s_since2019), "county", "default");

    [Fact]
    public void CountyPairing_DefaultLead_IsRefused() =>
        ShouldRefuse(() => _ = new CountyPairing(DivisionCode.Parse(C1), default, [], s_since2019), "lead", "default");

    [Fact]
    public void CountyPairing_NullParticipants_IsRefused() =>
        ShouldRefuseNull(() => _ = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), null!, s_since2019), "participants");

    [Fact]
    public void CountyPairing_ParticipantTwice_NamesTheCounty() =>
        ShouldRefuse(() => _ = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U2), new UnitId(U2)], s_since2019),
            "participants", C1);

    // ---- StationedCadre, Finding ----

    [Fact]
    public void StationedCadre_DefaultIdUnitOrVillage_SaysWhichIsDefault()
    {
        VillageCode village = VillageCode.Parse(V1);

        ShouldRefuse(() => _ = new StationedCadre(default, "李", new UnitId(U1), village, CadrePost.TeamMember, s_since2019), "id", "default");
        ShouldRefuse(() => _ = new StationedCadre(new CadreId("K-1"), "李", default, village, CadrePost.TeamMember, s_since2019), "unit", "default");
        ShouldRefuse(() => _ = new StationedCadre(new CadreId("K-1"), "李", new UnitId(U1), default, CadrePost.TeamMember, s_since2019), "village", "default");
    }

    [Fact]
    public void Finding_DefaultRule_SaysItIsDefault() =>
        ShouldRefuse(() => _ = new Finding(default, C1, "m"), "rule", "default");

    // ---- PolicyRule, DutyRule ----

    [Fact]
    public void PolicyRule_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new PolicyRule(default, "中", "en", "src", true, true), "id", "default");

    [Fact]
    public void PolicyRule_NullTexts_AreRefused()
    {
        ShouldRefuseNull(() => _ = new PolicyRule(new RuleId("X-1"), null!, "en", "src", true, true), "chineseText");
        ShouldRefuseNull(() => _ = new PolicyRule(new RuleId("X-1"), "中", null!, "src", true, true), "englishText");
        ShouldRefuseNull(() => _ = new PolicyRule(new RuleId("X-1"), "中", "en", null!, true, true), "source");
    }

    [Fact]
    public void DutyRule_MinimumZero_IsAcceptedAndNegativeRefused()
    {
        DutyRule Make(int minimum) => new(new RuleId("DUTY-X"), "中", "en", "src", DutyHolder.Unit, ActivityKind.AnnualPlan,
            minimum, DutyPeriodKind.Year, CountingScope.PerUnit);

        Make(0).Minimum.Should().Be(0);
        ShouldRefuse(() => Make(-1), "minimum", "negative");
    }

    [Fact]
    public void DutyRule_PerCountyLedForAnotherHolder_NamesTheDuty() =>
        ShouldRefuse(() => _ = new DutyRule(new RuleId("DUTY-X"), "中", "en", "src", DutyHolder.Unit, ActivityKind.JointMeeting,
            1, DutyPeriodKind.Year, CountingScope.PerCountyLed), "scope", "DUTY-X");

    [Fact]
    public void PolicyEditionSet_Null_IsRefused() => ShouldRefuseNull(() => _ = new PolicyEditionSet(null!), "editions");

    [Fact]
    public void PolicyEditionSet_SameEditionTwice_NamesIt() =>
        ShouldRefuse(() => _ = new PolicyEditionSet([PolicyEditions.Sichuan2019, PolicyEditions.Sichuan2019]),
            "editions", PolicyEditions.Sichuan2019.Id);

    // ---- Record identifiers ----

    [Fact]
    public void UnitId_PaddedText_NamesTheText() => ShouldRefuse(() => _ = new UnitId(" U-77"), "value", "U-77");

    // ---- AssistanceUnit, Leader ----

    [Fact]
    public void AssistanceUnit_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new AssistanceUnit(default, "厅", UnitKind.Hospital, FourInOneMechanism.None, []), "id", "default");

    [Fact]
    public void AssistanceUnit_NullLeader_IsRefused() =>
        ShouldRefuse(() => _ = new AssistanceUnit(new UnitId(U1), "厅", UnitKind.Hospital, FourInOneMechanism.None, [null!]),
            "leaders", "null");

    [Fact]
    public void AssistanceUnit_LeaderTwice_NamesLeaderAndUnit()
    {
        Leader leader = new(new LeaderId("L-7"), "甲", LeaderPost.MainLeader, s_since2019);

        Action act = () => _ = new AssistanceUnit(new UnitId("U-7"), "厅", UnitKind.Hospital, FourInOneMechanism.None, [leader, leader]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("leaders")
            .Which.Message.Should().Contain("L-7").And.Contain("U-7");
    }

    [Fact]
    public void Leader_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new Leader(default, "甲", LeaderPost.MainLeader, s_since2019), "id", "default");

    [Fact]
    public void Leader_NullNameOrPost_IsRefused()
    {
        ShouldRefuseNull(() => _ = new Leader(new LeaderId("L-1"), null!, LeaderPost.MainLeader, s_since2019), "name");
        ShouldRefuseNull(() => _ = new Leader(new LeaderId("L-1"), "甲", null!, s_since2019), "post");
    }

    // ---- DutyPeriod ----

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void DutyPeriod_YearOutOfRange_IsRefused(int year)
    {
        ShouldBeOutOfRange(() => DutyPeriod.ForYear(year), "year");
        ShouldBeOutOfRange(() => DutyPeriod.ForQuarter(year, 1), "year");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void DutyPeriod_YearAtTheEdgesOfItsRange_IsKept(int year)
    {
        DutyPeriod.ForYear(year).Year.Should().Be(year);
        DutyPeriod.ForQuarter(year, 4).Year.Should().Be(year);
    }

    // ---- DateRange ----

    [Fact]
    public void DateRange_EndBeforeStart_NamesBothDays() =>
        FluentActions.Invoking(() => new DateRange(D("2019-05-02"), D("2018-05-01")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("end")
            .Which.Message.Should().Contain("2018").And.Contain("2019");

    [Fact]
    public void DateRangeOverlaps_NullInterval_IsRefused() =>
        ShouldRefuseNull(() => s_since2019.Overlaps((NodaTime.DateInterval)null!), "interval");

    [Fact]
    public void DateRangeIntersect_NullWindow_IsRefused() =>
        ShouldRefuseNull(() => s_since2019.Intersect(null!), "window");

    // ---- Builders ----

    [Fact]
    public void ActivityLedgerBuilder_NegativeCapacity_IsRefusedByItsOwnCheck() =>
        ShouldRefuse(() => _ = new ActivityLedgerBuilder(Standard().BuildRoster(), -1), "capacity", "negative");

    [Fact]
    public void ActivityLedgerBuilder_ZeroCapacity_IsAccepted() =>
        new ActivityLedgerBuilder(Standard().BuildRoster(), 0).Build().Value.Count.Should().Be(0);

    [Fact]
    public void ActivityLedgerBuilderAdd_Null_IsRefused() =>
        ShouldRefuseNull(() => new ActivityLedgerBuilder(Standard().BuildRoster()).Add(null!), "activity");

    [Fact]
    public void GradeBookBuilderAdd_Null_IsRefusedAtOnce() =>
        ShouldRefuseNull(() => new GradeBookBuilder(Standard().BuildRoster(), GradeScale.ThreeGrade).Add(null!), "grade");

    [Fact]
    public void GradeScale_WithoutExcellent_SaysWhatIsMissing() =>
        ShouldRefuse(() => _ = new GradeScale("x", [CadreGrade.Competent, CadreGrade.Incompetent]), "grades", "excellent");

    [Fact]
    public void RosterPairingsOf_UnknownUnit_NamesIt() =>
        ShouldRefuse(() => Standard().BuildRoster().PairingsOf(new UnitId("U-404")), "unit", "U-404");
}
