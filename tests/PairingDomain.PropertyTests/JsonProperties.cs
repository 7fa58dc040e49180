using CsCheck;
using PairingDomain.Json;

namespace PairingDomain.PropertyTests;

/// <summary>Properties of the JSON contract over generated provinces: round trip and byte-identical output.</summary>
public sealed class JsonProperties
{
    [Fact]
    public void CaseWriter_ReadBack_GivesAnEqualCase()
    {
        CaseGen.Case.Sample(c =>
        {
            byte[] written = CaseWriter.Write(c);
            CaseReadResult read = CaseReader.Read(written);

            read.Problems.Should().BeEmpty();
            PairingCase back = read.Case;
            back.Edition.Should().BeSameAs(c.Edition);
            back.Year.Should().Be(c.Year);
            back.AsOf.Should().Be(c.AsOf);
            back.Roster.Counties.Should().Equal(c.Roster.Counties);
            back.Roster.Villages.Should().Equal(c.Roster.Villages);
            back.Roster.Cadres.Should().Equal(c.Roster.Cadres);
            back.Ledger.Should().Equal(c.Ledger);
            back.Grades.Grades.Should().Equal(c.Grades.Grades);
            CaseWriter.Write(back).Should().Equal(written);
            CaseGen.Bytes(back.Assess()).Should().Equal(CaseGen.Bytes(c.Assess()));
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void AssessmentWriter_WritingTwice_GivesEqualBytes()
    {
        CaseGen.Case.Sample(c =>
        {
            var assessment = c.Assess();
            byte[] first = AssessmentWriter.Write(assessment);
            byte[] second = AssessmentWriter.Write(assessment);
            using var stream = new System.IO.MemoryStream();
            AssessmentWriter.Write(assessment, stream);

            second.Should().Equal(first);
            stream.ToArray().Should().Equal(first);
        }, iter: CaseGen.Iterations);
    }
}
