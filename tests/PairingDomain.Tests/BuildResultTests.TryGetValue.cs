using PairingDomain.Rosters;
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests;

/// <summary><see cref="BuildResult{T}.TryGetValue"/>: the value exactly when the build succeeded, never an exception.</summary>
public sealed partial class BuildResultTests
{
    [Fact]
    public void TryGetValue_OnSuccess_IsTrueWithTheValue()
    {
        BuildResult<Roster> result = TestRoster.Standard().TryBuildRoster();

        result.TryGetValue(out Roster? roster).Should().BeTrue();

        roster.Should().BeSameAs(result.Value);
    }

    [Fact]
    public void TryGetValue_OnFailure_IsFalseWithNullAndTheProblemsStay()
    {
        BuildResult<Roster> result = new TestRoster().Pairing(TestRoster.C1, "U-9").TryBuildRoster();

        result.TryGetValue(out Roster? roster).Should().BeFalse();

        roster.Should().BeNull();
        result.Problems.Should().HaveCount(2);
    }
}
