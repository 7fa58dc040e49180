using System.IO;
using PairingDomain.Assessment;
using PairingDomain.Testing;

namespace PairingDomain.Json.Tests;

/// <summary>
/// The stream overloads of <see cref="CaseWriter"/> and <see cref="AssessmentWriter"/> write as they go, a megabyte at a
/// time (a national case is larger than an array holds), and give exactly the bytes of the array overloads.
/// </summary>
public sealed class StreamedWritingTests
{
    public static TheoryData<bool> Versions() => [false, true];

    [Theory]
    [MemberData(nameof(Versions))]
    public void StreamOverloads_OfTheProvince_WriteTheArrayOverloadsBytes(bool version2)
    {
        // Several megabytes each, so the streamed writers hand over many chunks.
        PairingCase province = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = version2 });
        AnnualAssessment assessment = province.Assess();
        byte[] caseBytes = CaseWriter.Write(province);
        caseBytes.Length.Should().BeGreaterThan(3 * (1 << 20));

        using var caseStream = new MemoryStream();
        CaseWriter.Write(province, caseStream);
        caseStream.ToArray().Should().Equal(caseBytes);

        using var assessmentStream = new MemoryStream();
        AssessmentWriter.Write(assessment, assessmentStream);
        assessmentStream.ToArray().Should().Equal(AssessmentWriter.Write(assessment));
    }

    [Fact]
    public void StreamOverloads_OfASmallCase_WriteTheArrayOverloadsBytes()
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0) with { IncludeCadreWork = true });
        using var stream = new MemoryStream();
        CaseWriter.Write(small, stream);
        stream.ToArray().Should().Equal(CaseWriter.Write(small));
    }
}
