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

namespace PairingDomain.Tests.Policy;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class DutyRuleTests
{
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
}
