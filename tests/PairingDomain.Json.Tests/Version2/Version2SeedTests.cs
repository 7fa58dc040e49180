using System;
using System.IO;
using System.Linq;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The <c>pairing-case/2</c> seeds of <c>tests/fuzz-corpus/</c> are what their names say, on the public reader (and
/// its unguarded twin the fuzz oracle drives), so the fuzzer starts from valid <c>/2</c> cases and from one with a
/// problem at every new member.
/// </summary>
public sealed class Version2SeedTests
{
    internal static byte[] Seed(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "tests", "fuzz-corpus", name);
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
            }
        }
        throw new FileNotFoundException($"tests/fuzz-corpus/{name} not found above {AppContext.BaseDirectory}");
    }

    [Fact]
    public void ValidSeed_IsAValidVersion2CaseWithEveryMember()
    {
        CaseReadResult result = CaseReader.ReadUnguarded(Seed("valid-version2-cadre-work.json"));

        result.Problems.Should().BeEmpty();
        result.Case.CadreWork.LocalCadres.Should().HaveCount(2);
        result.Case.CadreWork.Attendance.Should().HaveCount(3);
        result.Case.CadreWork.WorkRecords.Should().HaveCount(2);
        result.Case.CadreWork.Reviews.Should().HaveCount(2);
        result.Case.CadreWork.CommitteeActivities.Should().HaveCount(2);
    }

    [Fact]
    public void InvalidSeed_HasAProblemAtEveryNewMember() =>
        CaseReader.ReadUnguarded(Seed("invalid-version2-cadre-work.json")).Problems
            .Select(p => (p.Path, p.Code)).Should().Equal(
                ("$.localCadres[0].level", ProblemCodes.InvalidValue),
                ("$.localCadres[1].id", ProblemCodes.DuplicateId),
                ("$.attendance[0].month", JsonProblemCodes.InvalidDate),
                ("$.attendance[1].leaveDays", ProblemCodes.InvalidValue),
                ("$.attendance[2].cadre", ProblemCodes.UnknownReference),
                ("$.attendance[3].leaveDays", ProblemCodes.InvalidValue),
                ("$.attendance[3].cadre", ProblemCodes.DuplicateId),
                ("$.cadreWork[0].workplan", JsonProblemCodes.UnknownField),
                ("$.cadreWork[1].cadre", ProblemCodes.DuplicateId),
                ("$.cadreReviews[0].on", JsonProblemCodes.InvalidDate),
                ("$.cadreReviews[1].kind", ProblemCodes.InvalidValue),
                ("$.committeeActivities[0].id", ProblemCodes.DuplicateId),
                ("$.committeeActivities[1].trainees", ProblemCodes.InvalidValue),
                ("$.committeeActivities[1]", JsonProblemCodes.OnAndAt),
                ("$.localCadre", JsonProblemCodes.UnknownField));

    [Fact]
    public void Seeds_OnThePublicPath_ReadAsOnTheUnguardedOne()
    {
        foreach (string name in (string[])["valid-version2-cadre-work.json", "invalid-version2-cadre-work.json"])
        {
            CaseReader.Read(Seed(name)).Problems.Should().Equal(CaseReader.ReadUnguarded(Seed(name)).Problems);
        }
    }
}
