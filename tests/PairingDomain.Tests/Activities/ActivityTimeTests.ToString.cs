using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class ActivityTimeTests
{
    [Fact]
    public void ActivityTime_ToString_GivesTheDateAloneOrTheInstantWithItsChinaDate()
    {
        ActivityTime.On(D("2019-04-12")).ToString().Should().Be("2019-04-12");
        string at = ActivityTime.At(I("2019-09-30T18:00:00Z")).ToString();
        at.Should().Contain("2019-09-30T18:00:00Z").And.Contain("2019-10-01");
    }

    [Fact]
    public void ActivityTime_At_KeepsTheInstant()
    {
        Instant instant = I("2019-09-30T18:00:00Z");

        ActivityTime.At(instant).Instant.Should().Be(instant);
        ActivityTime.On(D("2019-09-30")).Instant.Should().BeNull();
    }
}
