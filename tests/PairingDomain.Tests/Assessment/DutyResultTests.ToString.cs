using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class DutyResultTests
{
    [Fact]
    public void DutyResultToString_NamesRuleCountsAndStatus()
    {
        DutyResult plan = Standard().Plan("A-1", U1, "2019-03-01").Plan("A-2", U1, "2019-04-01").Assess()
            .Duty(U1, RuleIds.DutyAnnualPlan);

        plan.ToString().Should().Contain(RuleIds.DutyAnnualPlan.Value).And.Contain("2/1").And.Contain(plan.Status.Name);
    }
}
