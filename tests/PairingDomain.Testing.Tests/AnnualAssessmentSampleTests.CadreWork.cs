using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Samples;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// The default report's sections on the cadres' own work, the teams and the committee (issue 13): their figures are the
/// assessment's, computed here from the same case, never written down.
/// </summary>
public sealed partial class AnnualAssessmentSampleTests
{
    private static readonly Lazy<(PairingCase Case, AnnualAssessment Assessment)> s_embedded = new(() =>
    {
        PairingCase embedded = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });
        return (embedded, embedded.Assess(new AssessmentOptions(AllowYearOutsideEdition: true)));
    });

    [Fact]
    public void Run_NoArguments_CadreDutiesAsTheAssessmentCountsThem()
    {
        AnnualAssessment assessment = s_embedded.Value.Assessment;
        CadreDutyResult[] fullTime = [.. assessment.Cadres.SelectMany(c => c.Duties).Where(d => d.Rule == RuleIds.DutyCadreFullTime)];

        (_, string output, _) = Run();

        fullTime.Should().NotBeEmpty();
        output.Should().Contain("9. Stationed cadres' own duties 驻村干部履职");
        output.Should().MatchRegex($@"DUTY-CADRE-FULL-TIME\s+驻村全脱产\s+{N(fullTime.Length)}\s+{N(fullTime.Count(d => d.Status == DutyStatus.Met))}"
            + $@"\s+{N(fullTime.Count(d => d.Status == DutyStatus.Short))}\s+{N(fullTime.Count(d => d.Status == DutyStatus.Pending))}\s");
        output.Should().MatchRegex(@"DUTY-CADRE-DAYS\s+驻村天数\s+off in this edition");
        int noRecord = fullTime.Count(d => d.Missing.Contains(CadreWorkPart.Record));
        output.Should().Contain($"record 无工作记录 {N(noRecord)}");
    }

    [Fact]
    public void Run_NoArguments_PerCountyShortfallsAsThePeriodsBreakThemDown()
    {
        // Issue 13: a duty result says which county lacks its plan; the report counts those unit-county pairs per duty.
        AnnualAssessment assessment = s_embedded.Value.Assessment;
        int plans = assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == RuleIds.DutyAnnualPlan)
            .Sum(d => d.Periods.Count(p => p.County is not null && p.Status == DutyStatus.Short));
        DutyResult shortPlan = assessment.Units.SelectMany(u => u.Duties)
            .First(d => d.Rule == RuleIds.DutyAnnualPlan && d.Status == DutyStatus.Short);

        (_, string output, _) = Run();

        plans.Should().BeGreaterThan(0);
        string section = Section(output, "3. ");
        Regex.Replace(section, @"\s+", " ").Should().Contain($"ANNUAL-PLAN {N(plans)}");
        shortPlan.Periods.Should().Contain(p => p.County != null && p.Status == DutyStatus.Short);
        section.Should().MatchRegex(@"ANNUAL-PLAN \d+/\d+ at \d{6}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_ExplainShortCadre_PrintsTheCadreDutyExplanationAfterTheReport(string lang)
    {
        AnnualAssessment assessment = s_embedded.Value.Assessment;
        CadreActions cadre = assessment.Cadres.First(c => c.Duties.Any(d => d.Rule == RuleIds.DutyCadreFullTime && d.Status == DutyStatus.Short));

        (int code, string output, string error) = Run("--explain", cadre.Cadre.Value, "DUTY-CADRE-FULL-TIME", "--lang", lang);

        code.Should().Be(Program.Ok, error);
        string expected = assessment.ExplainCadre(cadre.Cadre, RuleIds.DutyCadreFullTime).TextIn(lang == "zh" ? Program.Chinese : Program.English);
        expected.Should().Contain(cadre.Cadre.Value);
        output.Should().EndWith(expected);
    }

    [Theory]
    [InlineData("C-00001", "DUTY-CADRE-DAYS")]
    [InlineData("C-00001", "DUTY-MAIN-LEADER-VISITS")]
    [InlineData("C-99999", "DUTY-CADRE-FULL-TIME")]
    public void Run_ExplainCadreWithADutyNotItsOwnOrNoSuchCadre_ExitsOneSayingWhy(string cadre, string rule)
    {
        (int code, _, string error) = Run("--explain", cadre, rule);

        code.Should().Be(Program.Failure);
        error.Should().StartWith("--explain: ");
    }

    [Fact]
    public void Run_NoArguments_CriticisedCadresAsTheAssessmentNamesThem()
    {
        AnnualAssessment assessment = s_embedded.Value.Assessment;
        CadreActions[] criticised = [.. assessment.Cadres.Where(c => c.Actions.Contains(RuleIds.CadreCriticise))];

        (_, string output, _) = Run();

        criticised.Should().NotBeEmpty();
        output.Should().Contain($"10. Cadres to criticise 应批评教育的驻村干部 ({N(criticised.Length)})");
        string section = Section(output, "10. ");
        foreach (CadreActions cadre in criticised.Take(ReportPrinter.MaxListed))
        {
            section.Should().Contain(cadre.Cadre.Value + " ");
        }
        section.Should().NotContain(criticised.Skip(ReportPrinter.MaxListed).First().Cadre.Value + " ");
        section.Should().Contain($"... and {N(criticised.Length - ReportPrinter.MaxListed)} more");
    }

    [Fact]
    public void Run_NoArguments_TeamFindingsByVillageAsTheAssessmentFindsThem()
    {
        (PairingCase embedded, AnnualAssessment assessment) = s_embedded.Value;
        Finding[] minSize = [.. assessment.Findings.Where(f => f.Rule == RuleIds.TeamMinSize)];

        (_, string output, _) = Run();

        string section = Section(output, "11. ");
        foreach (RuleId rule in new[] { RuleIds.TeamMinSize, RuleIds.TeamTerm, RuleIds.TeamStaysAfterExit })
        {
            section.Should().MatchRegex($@"\n  {rule}\s+\S+ \((villages|members)\)\s+{N(assessment.Findings.Count(f => f.Rule == rule))}\r?\n");
        }
        minSize.Should().NotBeEmpty();
        // The undersized teams come first in the list by village.
        foreach (Finding finding in minSize.Take(ReportPrinter.MaxListed))
        {
            section.Should().MatchRegex($@"\n    {finding.Subject} .*TEAM-MIN-SIZE");
        }
        int inPost = embedded.Roster.Villages.Sum(v => embedded.CadreWork.TeamOf(v.Code).MembersOn(assessment.AsOf).Length);
        section.Should().Contain($"members 队员 {N(inPost)}");
        Section(output, "7. ").Should().NotContain("TEAM-TERM").And.Contain("section 11");
    }

    [Fact]
    public void Run_NoArguments_TheCommitteesDutyAsAssessed()
    {
        CommitteeDutyResult duty = s_embedded.Value.Assessment.CommitteeDuties.Single();

        (_, string output, _) = Run();

        output.Should().Contain("12. The Work Committee's duty 省直机关工委职责");
        output.Should().MatchRegex($@"DUTY-COMMITTEE-TRAINING\s+示范培训\s+{duty.Required}\s+{duty.Recorded}\s+{TextLayout.Kebab(duty.Status.Name)}\r?\n");
        output.Should().Contain("results per pairing-assessment/2.");
    }

    [Fact]
    public void Print_PairingCase1_SaysTheSectionsNeedPairingCase2()
    {
        PairingCase plain = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        using var output = new StringWriter();

        ReportPrinter.Print(plain, plain.Assess(), "plain.case.json", output);

        string text = output.ToString();
        text.Should().Contain("Not assessed 未考核").And.Contain("pairing-case/2");
        text.Should().NotContain("Cadres to criticise").And.NotContain("Work teams by village").And.NotContain("DUTY-COMMITTEE-TRAINING   ");
        text.Should().Contain("results per pairing-assessment/1.");
    }

    [Fact]
    public void Print_MidYearWithCadreWork_DutiesPendingAndTheTrainingsSoFar()
    {
        PairingCase midYear = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with
        {
            IncludeCadreWork = true,
            AsOf = new LocalDate(2019, 8, 15),
        });
        AnnualAssessment assessment = midYear.Assess();
        CommitteeDutyResult duty = assessment.CommitteeDuties.Single();
        int cadres = assessment.Cadres.Count(c => !c.Duties.IsEmpty);
        using var output = new StringWriter();

        ReportPrinter.Print(midYear, assessment, "mid-year.json", output);

        string text = output.ToString();
        text.Should().MatchRegex($@"DUTY-CADRE-FULL-TIME\s+驻村全脱产\s+{N(cadres)}\s+0\s+0\s+{N(cadres)}\s+-");
        text.Should().MatchRegex($@"DUTY-COMMITTEE-TRAINING\s+示范培训\s+{duty.Required}\s+{duty.Recorded}\s+pending");
        text.Split('\n').Should().OnlyContain(line => TextLayout.Width(line.TrimEnd('\r')) <= TextLayout.Columns);
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The report's section whose title starts with <paramref name="number"/>, up to the next section.</summary>
    private static string Section(string report, string number)
    {
        int start = report.IndexOf("\n" + number, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, number);
        Match next = Regex.Match(report[(start + 1)..], @"\n(\d+\. |=+\r?\n)");
        return next.Success ? report.Substring(start, next.Index + 1) : report[start..];
    }
}
