using System;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

public sealed partial class DutyRuleTests
{
    private static DutyRule Visits => (DutyRule)PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyMainLeaderVisits);

    [Fact]
    public void Constructor_NegativeMinimum_Throws()
    {
        Action act = () => _ = Visits.WithMinimum(-1);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_PerCountyLedForAnotherHolder_Throws()
    {
        Action act = () => _ = Visits.WithScope(CountingScope.PerCountyLed);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithMinimum_ChangesOnlyTheMinimum()
    {
        DutyRule four = Visits.WithMinimum(4);
        four.Minimum.Should().Be(4);
        four.Id.Should().Be(Visits.Id);
        four.Period.Should().Be(Visits.Period);
        four.Source.Should().Be(Visits.Source);
        four.SameAs(Visits).Should().BeFalse();
        Visits.WithMinimum(2).SameAs(Visits).Should().BeTrue();
    }

    [Fact]
    public void WithEnabled_False_KeepsTheDutyAsDutyRule()
    {
        PolicyRule off = Visits.WithEnabled(false);
        off.Should().BeOfType<DutyRule>();
        off.IsEnabled.Should().BeFalse();
        ((DutyRule)off).ActivityKind.Should().Be(ActivityKind.SupervisionVisit);
    }

    [Fact]
    public void IsEvaluated_WithoutActivityKind_IsFalse()
    {
        var duty = new DutyRule(new RuleId("X-DUTY"), "x", "x", "x", DutyHolder.Unit, null, 1, DutyPeriodKind.Year, CountingScope.PerUnit);
        duty.IsEvaluated.Should().BeFalse();
    }
}
