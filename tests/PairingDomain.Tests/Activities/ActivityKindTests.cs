using PairingDomain.Activities;

namespace PairingDomain.Tests.Activities;

public class ActivityKindTests
{
    [Theory]
    [InlineData(nameof(ActivityKind.SupervisionVisit), true, true)]
    [InlineData(nameof(ActivityKind.LeadershipMeeting), true, false)]
    [InlineData(nameof(ActivityKind.OfficeMeeting), true, false)]
    [InlineData(nameof(ActivityKind.JointMeeting), false, true)]
    [InlineData(nameof(ActivityKind.AnnualPlan), false, true)]
    [InlineData(nameof(ActivityKind.StudyTour), false, true)]
    [InlineData(nameof(ActivityKind.NightSchool), false, true)]
    public void RequiresLeaderAndCounty_FollowTheContract(string name, bool leader, bool county)
    {
        ActivityKind kind = ActivityKind.FromName(name);
        kind.RequiresLeader.Should().Be(leader);
        kind.RequiresCounty.Should().Be(county);
    }
}
