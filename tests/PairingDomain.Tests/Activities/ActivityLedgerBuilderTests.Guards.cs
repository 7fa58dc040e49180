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
public sealed partial class ActivityLedgerBuilderTests
{
    [Fact]
    public void ActivityLedgerBuilder_NegativeCapacity_IsRefusedByItsOwnCheck() =>
        ShouldRefuse(() => _ = new ActivityLedgerBuilder(Standard().BuildRoster(), -1), "capacity", "negative");

    [Fact]
    public void ActivityLedgerBuilder_ZeroCapacity_IsAccepted() =>
        new ActivityLedgerBuilder(Standard().BuildRoster(), 0).Build().Value.Count.Should().Be(0);

    [Fact]
    public void ActivityLedgerBuilderAdd_Null_IsRefused() =>
        ShouldRefuseNull(() => new ActivityLedgerBuilder(Standard().BuildRoster()).Add(null!), "activity");
}
