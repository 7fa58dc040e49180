using System.IO;
using System.Text.Json;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Testing.Tests;

public sealed partial class AnnualAssessmentSampleTests
{
    /// <summary>
    /// case-format.md (pairing-case/1) checks no year against the policy: a <c>sichuan-2019</c> case of 2020 is valid and
    /// assessed (exit 0), so the sample opts in where the library alone would refuse the year (issue 12).
    /// </summary>
    [Fact]
    public void Run_CaseOfAYearTheEditionDoesNotState_IsAssessedAsTheContractSays()
    {
        string casePath = Path.Combine(_directory, "2020.case.json");
        string jsonPath = Path.Combine(_directory, "2020.assessment.json");
        File.WriteAllText(casePath, """
            {"format":"pairing-case/1","policy":"sichuan-2019","year":2020,
             "units":[{"id":"U-1","name":"厅","kind":"hospital","mechanism":{"leadershipTeam":true,"allStaff":true}}]}
            """);

        (int code, _, string error) = Run("--case", casePath, "--json", jsonPath);

        code.Should().Be(0, error);
        using JsonDocument assessment = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        assessment.RootElement.GetProperty("year").GetInt32().Should().Be(2020);
        assessment.RootElement.GetProperty("policy").GetString().Should().Be("sichuan-2019");
    }
}
