using System;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class ActivityTests
{
    private static readonly ActivityTime s_on = ActivityTime.On(D("2019-04-12"));

    [Fact]
    public void Activity_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(default, ActivityKind.AnnualPlan, new UnitId(U1), null, s_on, DivisionCode.Parse(C1), null),
            "id", "default");

    [Fact]
    public void Activity_DefaultUnit_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(new ActivityId("A-1"), ActivityKind.AnnualPlan, default, null, s_on, DivisionCode.Parse(C1), null),
            "unit", "default");

    [Fact]
    public void Activity_DefaultLeader_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(new ActivityId("A-1"), ActivityKind.SupervisionVisit, new UnitId(U1), default(LeaderId), s_on,
            DivisionCode.Parse(C1), null), "by", "default");

    [Fact]
    public void Activity_DefaultCounty_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(new ActivityId("A-1"), ActivityKind.AnnualPlan, new UnitId(U1), null, s_on,
            default(DivisionCode), null), "county", "default");

    [Fact]
    public void Activity_DefaultVillage_IsRefused() =>
        ShouldRefuse(() => _ = new Activity(new ActivityId("A-1"), ActivityKind.AnnualPlan, new UnitId(U1), null, s_on,
            DivisionCode.Parse(C1), default(VillageCode)), "village", "default");

    [Fact]
    public void Activity_NoLeaderCountyOrVillage_IsAccepted() =>
        new Activity(new ActivityId("A-1"), ActivityKind.AnnualPlan, new UnitId(U1), null, s_on, null, null)
            .Should().Match<Activity>(a => a.By == null && a.County == null && a.Village == null);

    [Fact]
    public void Activity_NullKind_IsRefused() =>
        ShouldRefuseNull(() => _ = new Activity(new ActivityId("A-1"), null!, new UnitId(U1), null, s_on, null, null), "kind");
}
