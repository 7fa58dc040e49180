using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Benchmarks.Peers;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Tests;

/// <summary>Every peer computes the library's recorded count for every (unit, duty) on the same records.</summary>
public sealed class PeerEqualityTests
{
    private static readonly TrapCaseOptions s_fullYear = TrapCaseOptions.Small;
    private static readonly TrapCaseOptions s_midYear = TrapCaseOptions.Small with { Seed = 7, AsOf = (9, 14) };

    /// <summary>The benchmarks' generator, scaled down, and the trap-heavy case, full-year and mid-year.</summary>
    public static TheoryData<string> Cases() => ["province-scaled", "traps-full-year", "traps-mid-year"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (FlatCase Flat, DutyCounts Library)> s_cases = new();

    private static (FlatCase Flat, DutyCounts Library) Load(string name) => s_cases.GetOrAdd(name, n =>
    {
        PairingCase source = n switch
        {
            "province-scaled" => SyntheticProvince.Generate(SyntheticOptions.Scaled(0.2) with { ActivityIntensity = 3 }),
            "traps-full-year" => TrapCase.Generate(s_fullYear),
            _ => TrapCase.Generate(s_midYear),
        };
        return (FlatCase.From(source), DutyCounts.FromAssessment(source.Assess()));
    });

    [Fact]
    public void DutyCatalog_Order_MatchesEditionDuties()
    {
        DutyCatalog.Duties.Select(d => d.Rule).Should().Equal(PolicyEditions.Sichuan2019.Duties.Select(d => d.Id.Value));
        DutyCatalog.Duties.Select(d => d.Kind).Should().Equal(
            PolicyEditions.Sichuan2019.Duties.Select(d => FlatCase.Kebab(d.ActivityKind!.Name)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Library_SyntheticCase_CountsEveryDutyAndSkipsSome(string name)
    {
        (FlatCase flat, DutyCounts library) = Load(name);
        for (int d = 0; d < DutyCatalog.Count; d++)
        {
            Enumerable.Range(0, library.Units).Sum(u => library[u, d]).Should().BePositive(DutyCatalog.Duties[d].Rule);
        }
        // The generator's traps (outside the year, outside the pairing, leaders out of post) leave activities uncounted.
        library.Total.Should().BeLessThan(flat.ActivityCount);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RawScan_SyntheticCase_EqualsLibrary(string name)
    {
        (FlatCase flat, DutyCounts library) = Load(name);
        DutyCounts raw = new RawScanPeer(flat).Count(flat.RawActivities());
        raw.Differences(library, flat.UnitIds).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Linq_SyntheticCase_EqualsLibrary(string name)
    {
        (FlatCase flat, DutyCounts library) = Load(name);
        DutyCounts linq = DutyCounts.FromPairs(flat, LinqPeer.Count(flat, flat.ActivityRows()));
        linq.Differences(library, flat.UnitIds).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RulesEngine_SyntheticCase_EqualsLibrary(string name)
    {
        (FlatCase flat, DutyCounts library) = Load(name);
        DutyCounts rules = DutyCounts.FromPairs(flat, new RulesEnginePeer(flat).Count(flat.ActivityRows()));
        rules.Differences(library, flat.UnitIds).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DuckDb_SyntheticCase_EqualsLibrary(string name)
    {
        (FlatCase flat, DutyCounts library) = Load(name);
        using DuckDbPeer duckDb = DuckDbPeer.Load(flat, flat.RawActivities());
        duckDb.Count().Differences(library, flat.UnitIds).Should().BeEmpty();
    }

    [Fact]
    public void LibraryParallel_SyntheticCase_EqualsOneThread()
    {
        PairingCase source = TrapCase.Generate(s_midYear);
        AnnualAssessment one = source.Assess();
        AnnualAssessment all = source.Assess(new AssessmentOptions(Parallel: true));
        DutyCounts.FromAssessment(all).Counts.Should().Equal(DutyCounts.FromAssessment(one).Counts);
        all.Findings.Select(f => (f.Rule.Value, f.Subject)).Should().Equal(one.Findings.Select(f => (f.Rule.Value, f.Subject)));
    }
    [Theory]
    [MemberData(nameof(Cases))]
    public void SerializerIntoRecords_SyntheticCase_ReadsTheCaseTheReaderReads(string name)
    {
        PairingCase source = name switch
        {
            "province-scaled" => SyntheticProvince.Generate(SyntheticOptions.Scaled(0.2) with { ActivityIntensity = 3 }),
            "traps-full-year" => TrapCase.Generate(s_fullYear),
            _ => TrapCase.Generate(s_midYear),
        };
        byte[] json = PairingDomain.Json.CaseWriter.Write(source);
        PairingCase peer = PairingDomain.Benchmarks.Json.DtoCaseReader.Read(json);
        PairingCase reader = PairingDomain.Json.CaseReader.Read(json).Case;
        PairingDomain.Json.CaseWriter.Write(peer).Should().Equal(PairingDomain.Json.CaseWriter.Write(reader));
        PairingDomain.Json.AssessmentWriter.Write(peer.Assess()).Should().Equal(PairingDomain.Json.AssessmentWriter.Write(reader.Assess()));
    }
}
