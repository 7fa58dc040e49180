using System;
using System.IO;
using System.Linq;
using PairingDomain.Cadres;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The <c>pairing-case/2</c> seeds of <c>tests/fuzz-corpus/</c> are what their names say, on the public reader (and
/// its unguarded twin the fuzz oracle drives), so the fuzzer starts from valid <c>/2</c> cases and from one with a
/// problem at every new member.
/// </summary>
public sealed class Version2SeedTests
{
    internal static byte[] Seed(string name) => File.ReadAllBytes(SeedPath(name));

    private static string SeedPath(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "tests", "fuzz-corpus", name);
            if (File.Exists(path))
            {
                return path;
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

    [Theory]
    [InlineData("valid-version2-local-cadres.json", "localCadres")]
    [InlineData("valid-version2-attendance.json", "attendance")]
    [InlineData("valid-version2-work-records.json", "cadreWork")]
    [InlineData("valid-version2-reviews.json", "cadreReviews")]
    [InlineData("valid-version2-committee.json", "committeeActivities")]
    public void MemberSeed_IsAValidVersion2CaseWithThatMemberAloneAndRoundTrips(string name, string member)
    {
        byte[] seed = Seed(name);
        CaseReadResult result = CaseReader.Read(seed);

        result.Problems.Should().BeEmpty();
        result.Case.HasCadreWork.Should().BeTrue();
        CadreWorkBook book = result.Case.CadreWork;
        int[] counts = [book.LocalCadres.Length, book.Attendance.Length, book.WorkRecords.Length, book.Reviews.Length,
            book.CommitteeActivities.Length];
        string[] members = ["localCadres", "attendance", "cadreWork", "cadreReviews", "committeeActivities"];
        members.Where((_, i) => counts[i] > 0).Should().Equal(member);
        byte[] written = CaseWriter.Write(result.Case);
        CaseWriter.Write(CaseReader.Read(written).Case).Should().Equal(written);
        AssessmentWriter.Write(result.Case.Assess()).Should().Equal(AssessmentWriter.Write(CaseReader.Read(written).Case.Assess()));
    }

    [Theory]
    [InlineData("valid-version2-household-indicators.json", "householdIndicators")]
    [InlineData("valid-version2-village-indicators.json", "villageIndicators")]
    [InlineData("valid-version2-county-indicators.json", "countyIndicators")]
    public void IndicatorSeed_IsAValidVersion2CaseWithThatMemberAloneAndRoundTrips(string name, string member)
    {
        byte[] seed = Seed(name);
        CaseReadResult result = CaseReader.Read(seed);

        result.Problems.Should().BeEmpty();
        PairingDomain.Exits.ExitIndicatorBook book = result.Case.ExitIndicators;
        int[] counts = [book.Households.Length, book.Villages.Length, book.Counties.Length];
        string[] members = ["householdIndicators", "villageIndicators", "countyIndicators"];
        members.Where((_, i) => counts[i] > 0).Should().Equal(member);
        byte[] written = CaseWriter.Write(result.Case);
        CaseWriter.Write(CaseReader.Read(written).Case).Should().Equal(written);
        AssessmentWriter.Write(result.Case.Assess()).Should().Equal(AssessmentWriter.Write(CaseReader.Read(written).Case.Assess()));
    }

    [Fact]
    public void InvalidIndicatorSeed_HasAProblemAtEveryIndicatorMember() =>
        CaseReader.ReadUnguarded(Seed("invalid-version2-exit-indicators.json")).Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.householdIndicators[0].netIncomePerCapita", ProblemCodes.InvalidValue),
            ("$.householdIndicators[1].year", ProblemCodes.UnknownPovertyLine),
            ("$.villageIndicators[0].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.villageIndicators[1].village", ProblemCodes.UnknownReference),
            ("$.countyIndicators[0].townshipsWithSchool", ProblemCodes.InvalidValue),
            ("$.countyIndicators[1].county", ProblemCodes.DuplicateId));

    [Fact]
    public void Seeds_OnThePublicPath_ReadAsOnTheUnguardedOne()
    {
        foreach (string name in Directory.GetFiles(Path.GetDirectoryName(SeedPath("valid-version2-cadre-work.json"))!, "*version2*.json"))
        {
            byte[] seed = File.ReadAllBytes(name);
            CaseReader.Read(seed).Problems.Should().Equal(CaseReader.ReadUnguarded(seed).Problems, name);
        }
    }
}
