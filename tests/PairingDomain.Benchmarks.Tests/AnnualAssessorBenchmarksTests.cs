using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Assessment;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Tests;

/// <summary>
/// The national assessment's pairing-case/2 variant (issue 13) measures the same case as the baseline plus its cadres'
/// work: the same units' duties, and the cadre duties, team findings and the committee's duty besides.
/// </summary>
public sealed class AnnualAssessorBenchmarksTests
{
    [Fact]
    public void LibraryWithCadreWork_ProvinceScale_TheBaselinesCasePlusTheCadresWork()
    {
        var baseline = new AnnualAssessorBenchmarks { Scale = Scale.Province };
        var withWork = new AnnualAssessorBenchmarks { Scale = Scale.Province };
        baseline.SetupLibrary();
        withWork.SetupLibraryWithCadreWork();

        AnnualAssessment plain = baseline.Library();
        AnnualAssessment full = withWork.LibraryWithCadreWork();

        full.Units.SelectMany(u => u.Duties).Select(d => (d.Rule.Value, d.Recorded, d.Status.Name))
            .Should().Equal(plain.Units.SelectMany(u => u.Duties).Select(d => (d.Rule.Value, d.Recorded, d.Status.Name)));
        plain.CommitteeDuties.Should().BeEmpty();
        full.CommitteeDuties.Should().ContainSingle();
        full.Cadres.Should().OnlyContain(c => !c.Duties.IsEmpty);
        Cases.GetWithCadreWork(Scale.Province).CadreWork.Attendance.Length
            .Should().BeGreaterThan(10 * Cases.Get(Scale.Province).Roster.Cadres.Length / 2);
    }
}
