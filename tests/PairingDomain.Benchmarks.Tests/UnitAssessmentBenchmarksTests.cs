using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Assessment;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Tests;

/// <summary>The single-unit benchmark assesses a real cut of the province: the unit's counts are those of the full case.</summary>
public sealed class UnitAssessmentBenchmarksTests
{
    [Fact]
    public void OneUnit_ProvinceCase_KeepsTheUnitsRecordedCounts()
    {
        PairingCase province = SyntheticProvince.Generate(SyntheticOptions.Scaled(0.2) with { ActivityIntensity = 3 });
        PairingCase one = UnitAssessmentBenchmarks.OneUnit(province);

        one.Roster.Units.Should().ContainSingle();
        one.Ledger.Count.Should().BePositive();
        UnitAssessment cut = one.Assess().Units.Single();
        UnitAssessment full = province.Assess().ForUnit(cut.Unit)!;
        cut.Duties.Select(d => (d.Rule.Value, d.Recorded)).Should().Equal(full.Duties.Select(d => (d.Rule.Value, d.Recorded)));
        cut.Duties.Sum(d => d.Recorded).Should().BePositive();
    }
}
