using System.Linq;
using CsCheck;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>Properties of the three bundles (BUNDLE-CADRE, BUNDLE-VILLAGE, BUNDLE-COUNTY) over generated provinces.</summary>
public sealed class BundleProperties
{
    /// <summary>Full-year cases only: before the year's last day villages and counties block nobody.</summary>
    private static readonly Gen<PairingCase> s_fullYear =
        CaseGen.Options.Select(o => SyntheticProvince.Generate(o with { AsOf = null }));

    [Fact]
    public void Assess_EveryBundleTriggerRemoved_MakesEveryUnitEligible()
    {
        int blockedBefore = 0;
        CaseGen.Case.Sample(c =>
        {
            int year = c.Year;
            if (c.Assess().Units.Any(u => !u.Excellence.Eligible))
            {
                System.Threading.Interlocked.Increment(ref blockedBefore);
            }
            PairingCase clean = CaseGen.Rebuild(c,
                grades: c.Grades.Grades.Select(g => g.Grade == CadreGrade.Incompetent ? new AnnualGrade(g.Cadre, g.Year, CadreGrade.Competent) : g),
                county: k => k.MissedDelisting(year) ? new County(k.Code, k.Name, k.Region, k.PlannedDelistingYear, year) : k,
                village: v => v.MissedExit(year) ? new Village(v.Code, v.County, v.Name, v.PlannedExitYear, year) : v);
            AnnualAssessment assessment = clean.Assess();

            foreach (UnitAssessment u in assessment.Units)
            {
                u.Excellence.Eligible.Should().BeTrue(because: u.Unit.Value);
                u.MainLeaderExcellence.Eligible.Should().BeTrue(because: u.Unit.Value);
            }
            assessment.Findings.Select(f => f.Rule).Should().NotContain([RuleIds.BundleVillageAtRisk, RuleIds.BundleCountyAtRisk]);
            assessment.Cadres.SelectMany(a => a.Actions).Should().NotContain(RuleIds.CadreRecall);
        }, iter: CaseGen.Iterations);
        blockedBefore.Should().BePositive("the generator must give some blocked units, or removing triggers proves nothing");
    }

    [Fact]
    public void Assess_OneCadreGradedIncompetent_BlocksExactlyItsUnit()
    {
        Gen.Select(CaseGen.Case, Gen.Int[0, int.MaxValue]).Sample((c, pick) =>
        {
            if (c.Roster.Cadres.IsEmpty)
            {
                return;
            }
            StationedCadre cadre = c.Roster.Cadres[pick % c.Roster.Cadres.Length];
            PairingCase changed = CaseGen.Rebuild(c, grades: c.Grades.Grades.Where(g => g.Cadre != cadre.Id || g.Year != c.Year)
                .Append(new AnnualGrade(cadre.Id, c.Year, CadreGrade.Incompetent)));
            AnnualAssessment before = c.Assess();
            AnnualAssessment after = changed.Assess();

            UnitAssessment unit = after.ForUnit(cadre.Unit)!;
            unit.Excellence.Eligible.Should().BeFalse();
            unit.Excellence.BlockedBy.Should().Contain(new ExcellenceBlock(RuleIds.BundleCadre, cadre.Id.Value));
            unit.MainLeaderExcellence.BlockedBy.Should().Contain(new ExcellenceBlock(RuleIds.BundleCadre, cadre.Id.Value));
            after.Cadres.Single(a => a.Cadre == cadre.Id).Actions.Should().Contain(RuleIds.CadreRecall);
            foreach (UnitAssessment other in after.Units.Where(u => u.Unit != cadre.Unit))
            {
                other.Excellence.BlockedBy.Should().Equal(before.ForUnit(other.Unit)!.Excellence.BlockedBy);
            }
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_VillageOfAPostedCadreMissesItsExit_BlocksTheCadresUnit()
    {
        Gen.Select(s_fullYear, Gen.Int[0, int.MaxValue]).Sample((c, pick) =>
        {
            var posted = c.Roster.Cadres.Where(k => k.Posting.Overlaps(new NodaTime.DateInterval(new(c.Year, 1, 1), new(c.Year, 12, 31)))).ToList();
            if (posted.Count == 0)
            {
                return;
            }
            StationedCadre cadre = posted[pick % posted.Count];
            PairingCase changed = CaseGen.Rebuild(c,
                village: v => v.Code == cadre.Village ? new Village(v.Code, v.County, v.Name, c.Year, null) : v);

            UnitAssessment unit = changed.Assess().ForUnit(cadre.Unit)!;
            unit.Excellence.Eligible.Should().BeFalse();
            unit.Excellence.BlockedBy.Should().Contain(new ExcellenceBlock(RuleIds.BundleVillage, cadre.Village.Value));
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_CountyOfAPairingMissesItsDelisting_BlocksItsLeadUnit()
    {
        Gen.Select(s_fullYear, Gen.Int[0, int.MaxValue]).Sample((c, pick) =>
        {
            var window = new NodaTime.DateInterval(new(c.Year, 1, 1), new(c.Year, 12, 31));
            var inForce = c.Roster.Pairings.Where(p => p.Validity.Overlaps(window)).ToList();
            if (inForce.Count == 0)
            {
                return;
            }
            CountyPairing pairing = inForce[pick % inForce.Count];
            PairingCase changed = CaseGen.Rebuild(c,
                county: k => k.Code == pairing.County ? new County(k.Code, k.Name, k.Region, c.Year, null) : k);

            UnitAssessment lead = changed.Assess().ForUnit(pairing.Lead)!;
            lead.Excellence.Eligible.Should().BeFalse();
            lead.Excellence.BlockedBy.Should().Contain(new ExcellenceBlock(RuleIds.BundleCounty, pairing.County.Value));
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_BlockedBy_IsOrderedByRuleThenSubjectWithoutRepeats()
    {
        s_fullYear.Sample(c =>
        {
            foreach (UnitAssessment unit in c.Assess().Units)
            {
                var blocks = unit.Excellence.BlockedBy.Select(b => (b.Rule.Value, b.Subject)).ToList();
                blocks.Should().OnlyHaveUniqueItems();
                blocks.Should().BeInAscendingOrder(System.Collections.Generic.Comparer<(string, string)>.Create(
                    (x, y) => System.StringComparer.Ordinal.Compare(x.Item1, y.Item1) is var r and not 0 ? r : System.StringComparer.Ordinal.Compare(x.Item2, y.Item2)));
            }
        }, iter: CaseGen.Iterations);
    }
}
