using System.Linq;
using System.Threading.Tasks;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>The reader and writers shared by many threads give what one thread gives.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void ReadAssessAndWrite_OnAllCores_GiveIdenticalBytes()
    {
        byte[] json = TestFiles.Golden("example-1.case.json");
        byte[] expected = AssessmentWriter.Write(CaseReader.Read(json).Case.Assess());
        PairingCase shared = CaseReader.Read(json).Case;
        int n = System.Math.Max(8, System.Environment.ProcessorCount * 4);
        var results = new byte[n][];
        var sharedResults = new byte[n][];

        Parallel.For(0, n, i =>
        {
            results[i] = AssessmentWriter.Write(CaseReader.Read(json).Case.Assess());
            sharedResults[i] = AssessmentWriter.Write(shared.Assess());
        });

        results.Concat(sharedResults).Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    [Fact]
    public void Read_InvalidCaseOnAllCores_GivesTheSameProblems()
    {
        byte[] json = TestFiles.Golden("bad-1.case.json");
        string expected = System.Text.Encoding.UTF8.GetString(ErrorWriter.Write(CaseReader.Read(json).Problems));
        var results = new string[System.Math.Max(8, System.Environment.ProcessorCount * 4)];

        Parallel.For(0, results.Length, i => results[i] = System.Text.Encoding.UTF8.GetString(ErrorWriter.Write(CaseReader.Read(json).Problems)));

        results.Should().AllBe(expected);
    }
}
