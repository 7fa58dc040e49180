using System;
using PairingDomain.Activities;
using PairingDomain.Committee;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Committee;

/// <summary>A Work Committee activity (case-format-2.md §1, <c>committeeActivities</c>): its guards and what it keeps.</summary>
public sealed class CommitteeActivityTests
{
    private static readonly ActivityTime s_on = ActivityTime.On(D("2019-05-10"));

    [Fact]
    public void CommitteeActivity_DefaultId_SaysSo() =>
        ShouldRefuse(() => _ = new CommitteeActivity(default, CommitteeActivityKind.DemonstrationTraining, s_on, 40), "id", "default");

    [Fact]
    public void CommitteeActivity_NullKind_IsRefused() =>
        ShouldRefuseNull(() => _ = new CommitteeActivity(new ActivityId("T-1"), null!, s_on, 40), "kind");

    [Fact]
    public void CommitteeActivity_NegativeTrainees_IsOutOfRange() =>
        FluentActions.Invoking(() => _ = new CommitteeActivity(new ActivityId("T-1"), CommitteeActivityKind.DemonstrationTraining, s_on, -1))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("trainees");

    [Fact]
    public void CommitteeActivity_Properties_KeepWhatWasGiven()
    {
        ActivityTime at = ActivityTime.At(I("2019-12-31T16:30:00Z"));
        var activity = new CommitteeActivity(new ActivityId("T-1"), CommitteeActivityKind.DemonstrationTraining, at, 0);

        (activity.Id, activity.Kind, activity.Time, activity.Trainees)
            .Should().Be((new ActivityId("T-1"), CommitteeActivityKind.DemonstrationTraining, at, 0));
        activity.Time.Date.Should().Be(D("2020-01-01"), "counted by its date in China Standard Time");
    }
}
