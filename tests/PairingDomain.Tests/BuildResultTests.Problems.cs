using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// A failed result's exception names the type it would have built and its first problem (issue 7: emptying the message survived).
/// </summary>
public sealed partial class BuildResultTests
{
    private static readonly Roster s_rosterOfTwo = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    private static Activity NewActivity(string id, ActivityKind kind, string unit = U1, string? by = null, string? county = C1,
        string? village = null, string on = "2019-04-12") =>
        new(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), ActivityTime.On(D(on)),
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village));

    [Fact]
    public void BuildResultValue_OnFailure_NamesTheTypeAndTheFirstProblem()
    {
        BuildResult<Roster> result = new RosterBuilder()
            .AddPairing(new CountyPairing(DivisionCode.Parse(C1), new UnitId("U-9"), [], R("2019-01-01")), "$.p[4]").Build();

        FluentActions.Invoking(() => result.Value).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(typeof(Roster).Name).And.Contain("$.p[4].county");
    }

    [Fact]
    public void BuildResultGetValueOrThrow_OnFailure_NamesTheType()
    {
        BuildResult<ActivityLedger> result = new ActivityLedgerBuilder(s_rosterOfTwo).Add(NewActivity("A-1", ActivityKind.AnnualPlan, unit: "U-404")).Build();

        FluentActions.Invoking(() => result.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(nameof(ActivityLedger)).And.Contain("$.activities[0].unit");
    }
}
