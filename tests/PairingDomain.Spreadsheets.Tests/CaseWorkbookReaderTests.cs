using System.IO;
using System.Linq;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// Reading a case workbook: the synthetic province written by <see cref="CaseWorkbookWriter"/> reads back to the case the
/// JSON path gives, to the byte of the assessment.
/// </summary>
public sealed partial class CaseWorkbookReaderTests
{
    internal static PairingCase Province(bool version2) => SyntheticProvince.Generate(version2
        ? SyntheticOptions.Scaled(40 / 370.0, seed: 7) with { IncludeCadreWork = true }
        : SyntheticOptions.Scaled(40 / 370.0, seed: 7));

    internal static byte[] WorkbookOf(PairingCase @case)
    {
        using var stream = new MemoryStream();
        CaseWorkbookWriter.Write(stream, @case);
        return stream.ToArray();
    }

    internal static WorkbookReadResult Read(byte[] xlsx, WorkbookReadOptions? options = null)
    {
        using var stream = new MemoryStream(xlsx);
        return CaseWorkbookReader.Read(stream, options);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_SyntheticProvinceWorkbook_AssessesToTheJsonPathsBytes(bool version2)
    {
        PairingCase province = Province(version2);
        CaseReadResult json = CaseReader.Read(CaseWriter.Write(province));
        json.Success.Should().BeTrue();

        WorkbookReadResult read = Read(WorkbookOf(province));

        read.Problems.Should().BeEmpty();
        read.Success.Should().BeTrue();
        read.Value.HasCadreWork.Should().Be(version2);
        read.Value.Ledger.Count.Should().Be(province.Ledger.Count);
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(AssessmentWriter.Write(json.Case.Assess()));
        CaseWriter.Write(read.Value).Should().Equal(CaseWriter.Write(json.Case));
    }

    [Fact]
    public void Read_Template_IsAnEmptyCaseWithAProblemAtTheFormat()
    {
        using var stream = new MemoryStream();
        CaseWorkbookWriter.WriteTemplate(stream);

        WorkbookReadResult read = Read(stream.ToArray());

        read.Success.Should().BeFalse();
        read.Problems.Select(p => p.Code).Should().Contain(ProblemCodes.MissingField);
        read.Problems.Should().OnlyContain(p => p.Path.StartsWith("案例!", System.StringComparison.Ordinal));
    }
}
