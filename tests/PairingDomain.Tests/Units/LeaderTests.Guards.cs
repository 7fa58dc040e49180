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

namespace PairingDomain.Tests.Units;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class LeaderTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");

    [Fact]
    public void Leader_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new Leader(default, "甲", LeaderPost.MainLeader, s_since2019), "id", "default");

    [Fact]
    public void Leader_NullNameOrPost_IsRefused()
    {
        ShouldRefuseNull(() => _ = new Leader(new LeaderId("L-1"), null!, LeaderPost.MainLeader, s_since2019), "name");
        ShouldRefuseNull(() => _ = new Leader(new LeaderId("L-1"), "甲", null!, s_since2019), "post");
    }
}
