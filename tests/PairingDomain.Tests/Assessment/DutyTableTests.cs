using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using PairingDomain.Assessment;
using PairingDomain.Testing;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The assessor keeps the units' duties as values (<c>DutyTable</c>, issue 17 target 2) and makes the
/// <see cref="DutyResult"/> objects on first read: the results read are the same array each time, equal under
/// concurrent first reads, and the shortcut that reads the values agrees with the results.
/// </summary>
public class DutyTableTests
{
    private static PairingCase Province() =>
        SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 23));

    [Fact]
    public void Duties_ReadTwice_AreTheSameArray()
    {
        AnnualAssessment assessment = Province().Assess();
        foreach (UnitAssessment unit in assessment.Units)
        {
            ImmutableCollectionsMarshal.AsArray(unit.Duties).Should().BeSameAs(ImmutableCollectionsMarshal.AsArray(unit.Duties));
        }
    }

    [Fact]
    public void Duties_ReadConcurrentlyFirst_AreEqualToASequentialAssessment()
    {
        PairingCase source = Province();
        AnnualAssessment sequential = source.Assess();
        AnnualAssessment concurrent = source.Assess();
        UnitAssessment[] units = [.. concurrent.Units];
        string[][] first = new string[units.Length][];
        Parallel.For(0, units.Length * 4, i => first[i % units.Length] = [.. units[i % units.Length].Duties.Select(d => d.ToString())]);
        for (int u = 0; u < units.Length; u++)
        {
            first[u].Should().Equal(sequential.Units[u].Duties.Select(d => d.ToString()), $"unit {units[u].Unit}");
        }
    }

    [Fact]
    public void HasShortDuty_BeforeAndAfterTheResultsAreMade_AgreesWithTheResults()
    {
        AnnualAssessment assessment = Province().Assess();
        assessment.Units.Should().Contain(u => u.HasShortDuty).And.Contain(u => !u.HasShortDuty && !u.Duties.IsEmpty);
        AnnualAssessment fresh = Province().Assess();
        for (int u = 0; u < fresh.Units.Length; u++)
        {
            bool beforeResults = fresh.Units[u].HasShortDuty;
            beforeResults.Should().Be(fresh.Units[u].Duties.Any(d => d.Status == DutyStatus.Short), $"unit {fresh.Units[u].Unit}");
            fresh.Units[u].HasShortDuty.Should().Be(beforeResults);
        }
    }
}
