using System.IO;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Testing;

namespace PairingDomain.Json.Tests;

/// <summary>
/// Issue 17's "done when": on the province case (the embedded default, <c>/1</c> and <c>/2</c>), the streaming reader
/// and the live assessment give the same bytes as the whole-document reader and the full assessment.
/// </summary>
public sealed class ProvincePathsTests
{
    public static TheoryData<bool> Versions() => [false, true];

    private static PairingCase Province(bool version2) =>
        SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = version2 });

    [Theory]
    [MemberData(nameof(Versions))]
    public void StreamedRead_OfTheProvince_GivesTheBytesOfTheWholeDocumentRead(bool version2)
    {
        PairingCase province = Province(version2);
        byte[] json = CaseWriter.Write(province);
        byte[] expected = AssessmentWriter.Write(province.Assess());

        // ReadUnguarded reads through both passes and throws when they disagree; it returns the whole-document one.
        CaseReadResult whole = CaseReader.ReadUnguarded(json);
        whole.Problems.Should().BeEmpty();
        AssessmentWriter.Write(whole.Case.Assess()).Should().Equal(expected);

        string file = Path.Combine(Path.GetTempPath(), "pairing-province-" + System.Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllBytes(file, json);
            using FileStream stream = File.OpenRead(file);
            CaseReadResult streamed = CaseReader.Read(stream);
            streamed.Problems.Should().BeEmpty();
            CaseWriter.Write(streamed.Case).Should().Equal(json);
            AssessmentWriter.Write(streamed.Case.Assess()).Should().Equal(expected);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void LiveAssessment_OfTheProvinceInBatches_GivesTheFullAssessmentsBytes(bool version2)
    {
        PairingCase province = Province(version2);
        int n = province.Ledger.Count;
        int start = n / 2;
        var builder = new ActivityLedgerBuilder(province.Roster, start);
        for (int i = 0; i < start; i++)
        {
            builder.Add(province.Ledger[i]);
        }
        var half = new PairingCase(province.Edition, province.Year, province.AsOf, builder.Build().GetValueOrThrow(),
            province.Grades, province.HasCadreWork ? province.CadreWork : null);
        if (province.HasCadreWork)
        {
            half = half.WithOutcomes(province.Outcomes).WithExitIndicators(province.ExitIndicators)
                .WithPartyPairings(province.PartyPairings);
        }

        LiveAssessment live = LiveAssessment.Start(half);
        for (int at = start; at < n; at += 1_000)
        {
            int to = System.Math.Min(n, at + 1_000);
            live.Append(Enumerable.Range(at, to - at).Select(i => province.Ledger[i])).Problems.Should().BeEmpty();
        }

        AssessmentWriter.Write(live.Current).Should().Equal(AssessmentWriter.Write(province.Assess()));
    }
}
