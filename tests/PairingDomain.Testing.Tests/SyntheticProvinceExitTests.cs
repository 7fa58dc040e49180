using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// The synthetic province's exit indicator records (issue 14): the villages and counties due in 2019 have records, a
/// few exit claims are not borne out (EXIT-CLAIM-UNSUPPORTED), some households are recorded, the records are drawn apart
/// from the pairing-case/1 part and are deterministic.
/// </summary>
public sealed class SyntheticProvinceExitTests
{
    private static readonly SyntheticOptions s_options = SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true };

    private static readonly Lazy<PairingCase> s_case = new(() => SyntheticProvince.Generate(s_options));

    private static readonly Lazy<AnnualAssessment> s_assessment = new(() => s_case.Value.Assess());

    [Fact]
    public void Generate_EveryVillageAndCountyDueIn2019_HasARecordButTheMissingFew()
    {
        PairingCase c = s_case.Value;
        int dueVillages = c.Roster.Villages.Count(v => v.PlannedExitYear == 2019 || v.ExitedYear == 2019);
        int dueCounties = c.Roster.Counties.Count(k => k.PlannedDelistingYear == 2019 || k.DelistedYear == 2019);

        c.ExitIndicators.Villages.Length.Should().BeInRange((int)(dueVillages * 0.95), dueVillages);
        c.ExitIndicators.Counties.Length.Should().BeInRange(dueCounties - 3, dueCounties);
        c.ExitIndicators.Households.Should().NotBeEmpty();
        c.ExitIndicators.Villages.Should().OnlyContain(v => v.Year == 2019);
    }

    [Fact]
    public void IndicatorsForEveryVillage_EveryVillageHasOneRecord_ThoseNotDueMeetTheStandardOnlyIfExitedBefore()
    {
        PairingCase every = SyntheticProvince.Generate(s_options with { IndicatorsForEveryVillage = true });
        AnnualAssessment a = every.Assess();
        var due = s_case.Value.ExitIndicators.Villages.Select(v => v.Village).ToHashSet();

        every.ExitIndicators.Villages.Select(v => v.Village).Should().OnlyHaveUniqueItems()
            .And.HaveCount(every.Roster.Villages.Count(v => v.PlannedExitYear != 2019 && v.ExitedYear != 2019) + due.Count);
        every.ExitIndicators.Villages.Where(v => due.Contains(v.Village))
            .Should().Equal(s_case.Value.ExitIndicators.Villages, "the due villages' records are drawn as without the option");
        foreach (Places.Village village in every.Roster.Villages.Where(v => v.PlannedExitYear != 2019 && v.ExitedYear != 2019))
        {
            bool met = a.Exits.Villages.Single(r => r.Subject == village.Code.ToString()).Met;
            met.Should().Be(village.ExitedYear < 2019, village.Code.ToString());
        }
        a.Findings.Count(f => f.Rule == RuleIds.ExitClaimUnsupported)
            .Should().Be(s_assessment.Value.Findings.Count(f => f.Rule == RuleIds.ExitClaimUnsupported), "records for villages not due claim nothing");
    }

    [Fact]
    public void Assess_AFewClaimsAreUnsupported_MostAreBorneOut()
    {
        AnnualAssessment a = s_assessment.Value;
        string[] unsupported = [.. a.Findings.Where(f => f.Rule == RuleIds.ExitClaimUnsupported).Select(f => f.Subject)];
        int claims = s_case.Value.Roster.Villages.Count(v => v.ExitedYear == 2019) + s_case.Value.Roster.Counties.Count(k => k.DelistedYear == 2019);

        unsupported.Should().Contain(s => s.Length == 12, "some village's claimed exit is not borne out");
        unsupported.Should().Contain(s => s.Length == 6, "some county's claimed delisting is not borne out");
        unsupported.Length.Should().BeLessThan(claims / 8);
        a.Exits.Villages.Count(v => v.Met).Should().BeGreaterThan(a.Exits.Villages.Length / 2);
        a.Exits.Households.Should().Contain(h => !h.Met).And.Contain(h => h.Met);
    }

    [Fact]
    public void Generate_TwiceAndWithAndWithoutCadreWork_SameExitsAndTheSamePairingCase1Part()
    {
        PairingCase again = SyntheticProvince.Generate(s_options);
        CaseWriter.Write(again).Should().Equal(CaseWriter.Write(s_case.Value));
        SyntheticProvince.Generate(SyntheticOptions.Sichuan2019).ExitIndicators.Villages.Should().BeEmpty();
        SyntheticProvince.Generate(SyntheticOptions.Sichuan2019).Assess().Exits.Should().BeSameAs(ExitResults.None);
    }
}
