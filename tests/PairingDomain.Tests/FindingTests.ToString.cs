using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class FindingTests
{
    [Fact]
    public void Finding_ToString_NamesRuleAndSubject()
    {
        new Finding(RuleIds.PairOneLead, C1, "two leads").ToString().Should().Contain("PAIR-ONE-LEAD").And.Contain(C1);
    }
}
