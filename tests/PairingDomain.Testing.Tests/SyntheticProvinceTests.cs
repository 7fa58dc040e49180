using System.Collections.Generic;
using System.Linq;
using System;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Testing;
using PairingDomain.Units;

namespace PairingDomain.Testing.Tests;

public sealed class SyntheticProvinceTests
{
    private static readonly Lazy<PairingCase> s_sichuan = new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019));

    private static PairingCase Sichuan => s_sichuan.Value;

    [Fact]
    public void Generate_SameOptionsTwice_SameCase()
    {
        PairingCase again = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);

        Fingerprint(again).Should().Equal(Fingerprint(Sichuan));
    }

    [Fact]
    public void Generate_AnotherSeed_AnotherCase()
    {
        PairingCase other = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { Seed = 7 });

        Fingerprint(other).Should().NotEqual(Fingerprint(Sichuan));
        other.Roster.Units.Should().HaveCount(370);
    }

    [Fact]
    public void Generate_Sichuan2019_UnitsByKindAsIn2018()
    {
        Dictionary<UnitKind, int> byKind = Sichuan.Roster.Units.GroupBy(u => u.Kind).ToDictionary(g => g.Key, g => g.Count());

        byKind.Should().BeEquivalentTo(new Dictionary<UnitKind, int>
        {
            [UnitKind.ProvincialDepartment] = 128,
            [UnitKind.University] = 115,
            [UnitKind.Hospital] = 44,
            [UnitKind.StateOwnedEnterprise] = 61,
            [UnitKind.FinancialInstitution] = 22,
        });
    }

    [Fact]
    public void Generate_Sichuan2019_TheReal88CountiesWithTheirDelistingYears()
    {
        Roster roster = Sichuan.Roster;

        roster.Counties.Select(c => c.Code.Value).Should().Equal(SichuanPovertyCounties.All.Select(c => c.Code.Value));
        roster.Counties.Select(c => c.PlannedDelistingYear).Should().Equal(SichuanPovertyCounties.All.Select(c => c.DelistingYear));
        roster.Counties.Count(c => c.Region == Region.Tibetan).Should().Be(32);
        roster.Counties.Count(c => c.Region == Region.Yi).Should().Be(13);
        roster.Counties.Where(c => c.PlannedDelistingYear <= 2019).Should().OnlyContain(c => c.DelistedYear == c.PlannedDelistingYear);
        roster.Counties.Where(c => c.PlannedDelistingYear == 2020).Should().OnlyContain(c => c.DelistedYear == null);
    }

    [Fact]
    public void Generate_Sichuan2019_EveryCountyHasExactlyOneLeadAnd88UnitsLead()
    {
        Roster roster = Sichuan.Roster;

        roster.Pairings.GroupBy(p => p.County).Should().HaveCount(88).And.OnlyContain(g => g.Count() == 1);
        roster.Pairings.Select(p => p.Lead).Distinct().Should().HaveCount(88);
        roster.Pairings.Should().OnlyContain(p => !p.Participants.Contains(p.Lead));
    }

    [Fact]
    public void Generate_Sichuan2019_RegionalCoverageAsInTheSeed()
    {
        Roster roster = Sichuan.Roster;

        UnitsAssisting(roster, c => c.Region == Region.Tibetan).Should().HaveCount(221);
        UnitsAssisting(roster, c => c.Region == Region.Yi).Should().HaveCount(111);
        UnitsAssisting(roster, c => c.Region == Region.Tibetan)
            .Intersect(UnitsAssisting(roster, c => c.Region == Region.Yi)).Should().BeEmpty();
        roster.Counties.Count(c => c.PlannedDelistingYear == 2019).Should().Be(31);
        UnitsAssisting(roster, c => c.PlannedDelistingYear == 2019).Should().HaveCount(211);
        UnitsAssisting(roster, _ => true).Should().HaveCount(370);
    }

    [Fact]
    public void Generate_Sichuan2019_974PostedVillagesAnd1544CadresEachUnitSending1To4AtATime()
    {
        Roster roster = Sichuan.Roster;

        roster.Villages.Should().HaveCount(974);
        roster.Cadres.Should().HaveCount(1544);
        roster.Villages.Should().OnlyContain(v => roster.Cadres.Any(c => c.Village == v.Code && c.Posting.Contains(new LocalDate(2019, 12, 31))));
        var yearEnd = new LocalDate(2019, 12, 31);
        roster.Cadres.Where(c => c.Posting.Contains(yearEnd)).GroupBy(c => c.Unit)
            .Should().HaveCount(370).And.OnlyContain(g => g.Count() >= 1 && g.Count() <= 4);
        roster.Villages.GroupBy(v => v.Code.Township)
            .Should().OnlyContain(g => SichuanPovertyCounties.All.Any(c => c.Townships.Any(t => t.Code == g.Key)));
    }

    [Fact]
    public void Generate_Sichuan2019_ValidWithNoRosterFindings()
    {
        Sichuan.Roster.Findings.Should().BeEmpty();
        Sichuan.Roster.CoverageFindings(2019).Should().BeEmpty();
        Sichuan.Grades.Scale.Should().Be(PolicyEditions.Sichuan2019.GradeScale);
        Sichuan.AsOf.Should().BeNull();
    }

    [Fact]
    public void Generate_Sichuan2019_LedgerTotalsNearTheSeeds2018Figures()
    {
        (int mainVisits, int otherVisits, int leadershipMeetings, int officeMeetings, int jointMeetings) = Totals(Sichuan);

        mainVisits.Should().BeInRange(1600, 1800);
        leadershipMeetings.Should().BeInRange(2050, 2300);
        officeMeetings.Should().BeInRange(2500, 2800);
        otherVisits.Should().BeInRange(3400, 3800);
        jointMeetings.Should().BeInRange(200, 230);
    }

    [Fact]
    public void Generate_Sichuan2019_ARealisticMinorityFallsShort()
    {
        AnnualAssessment assessment = Sichuan.Assess();

        foreach (DutyRule rule in assessment.Edition.Duties)
        {
            DutyResult[] results = [.. assessment.Units.SelectMany(u => u.Duties).Where(d => d.Rule == rule.Id)];
            if (results.Length == 0)
            {
                continue;
            }
            int shortCount = results.Count(d => d.Status == DutyStatus.Short);
            shortCount.Should().BeGreaterThan(0, rule.Id.ToString());
            shortCount.Should().BeLessThan(results.Length / 8, rule.Id.ToString());
        }
        assessment.Units.Count(u => !u.Mechanism.Complete).Should().BeInRange(1, 37);
    }

    [Fact]
    public void Generate_Sichuan2019_AFewIncompetentGradesAndLateVillagesBarUnits()
    {
        AnnualAssessment assessment = Sichuan.Assess();

        int recalls = assessment.Cadres.Count(c => c.Actions.Contains(RuleIds.CadreRecall));
        int lateVillages = Sichuan.Roster.Villages.Count(v => v.MissedExit(2019));
        recalls.Should().BeInRange(1, 10);
        lateVillages.Should().BeInRange(1, 10);
        assessment.Units.SelectMany(u => u.Excellence.BlockedBy).Select(b => b.Rule).Distinct()
            .Should().BeEquivalentTo([RuleIds.BundleCadre, RuleIds.BundleVillage]);
        assessment.Units.Count(u => !u.Excellence.Eligible).Should().BeInRange(2, 20);
    }

    [Fact]
    public void Generate_Sichuan2019_SomeInstantsAndAFewActivitiesOutsideThePairing()
    {
        AnnualAssessment assessment = Sichuan.Assess();

        Sichuan.Ledger.Count(a => a.Time.Instant is not null).Should().BeInRange(10, 200);
        assessment.Findings.Should().OnlyContain(f => f.Rule == RuleIds.ActivityOutsidePairing);
        assessment.Findings.Should().HaveCountGreaterThan(0).And.HaveCountLessThan(40);
    }

    [Fact]
    public void Generate_TenUnits_SmallValidCase()
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0));

        small.Roster.Units.Should().HaveCount(10);
        small.Roster.Counties.Should().HaveCount(2);
        small.Roster.Villages.Should().HaveCount(26);
        small.Roster.Cadres.Should().HaveCount(42);
        small.Roster.Pairings.GroupBy(p => p.County).Should().HaveCount(2).And.OnlyContain(g => g.Count() == 1);
        small.Roster.Findings.Should().BeEmpty();
        small.Ledger.Count.Should().BeGreaterThan(100);
        small.Assess().Units.Should().HaveCount(10);
    }

    [Fact]
    public void Generate_MoreCountiesThanUnits_EveryCountyStillHasOneLead()
    {
        PairingCase odd = SyntheticProvince.Generate(new SyntheticOptions { Units = 3, Counties = 7, PostedVillages = 2, Cadres = 3 });

        odd.Roster.Pairings.Should().HaveCount(7);
        odd.Roster.Pairings.Select(p => p.County).Distinct().Should().HaveCount(7);
        odd.Roster.Villages.Should().HaveCount(2);
        odd.Roster.Cadres.Should().HaveCount(3);
        odd.Roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Generate_BeyondTheRealCounties_SyntheticCountiesOutsideSichuanLabelledSo()
    {
        PairingCase wide = SyntheticProvince.Generate(SyntheticOptions.Scaled(2));

        County[] synthetic = [.. wide.Roster.Counties.Skip(88)];
        synthetic.Should().HaveCount(88);
        synthetic.Should().OnlyContain(c => !c.Code.Value.StartsWith("51", StringComparison.Ordinal) && c.Name.Contains("合成", StringComparison.Ordinal));
        wide.Roster.Units.Should().HaveCount(740);
        wide.Roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Generate_AsOfMidYear_LedgerStopsNoGradesYearsTargetsAtRisk()
    {
        var asOf = new LocalDate(2019, 8, 15);
        PairingCase midYear = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = asOf });
        AnnualAssessment assessment = midYear.Assess();

        midYear.Ledger.Should().OnlyContain(a => a.Time.Date <= asOf);
        midYear.Grades.Grades.Should().BeEmpty();
        midYear.Roster.Counties.Where(c => c.PlannedDelistingYear == 2019).Should().OnlyContain(c => c.DelistedYear == null);
        assessment.Findings.Should().Contain(f => f.Rule == RuleIds.BundleCountyAtRisk);
        assessment.Findings.Should().Contain(f => f.Rule == RuleIds.BundleVillageAtRisk);
        assessment.Units.Should().OnlyContain(u => u.Excellence.Eligible);
    }

    [Theory]
    [InlineData(0, 88, 974, 1544)]
    [InlineData(370, 0, 974, 1544)]
    [InlineData(370, 88, 974, 900)]
    [InlineData(370, 88, 0, 10)]
    public void Generate_InconsistentCounts_Throws(int units, int counties, int villages, int cadres)
    {
        var options = new SyntheticOptions { Units = units, Counties = counties, PostedVillages = villages, Cadres = cadres };

        Action act = () => SyntheticProvince.Generate(options);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Generate_AsOfOutsideTheYear_Throws()
    {
        Action act = () => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = new LocalDate(2020, 1, 1) });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void National_Preset_HasTheBenchmarkSize()
    {
        SyntheticOptions national = SyntheticOptions.National;

        national.Units.Should().BeGreaterThanOrEqualTo(50_000);
        national.PostedVillages.Should().BeGreaterThanOrEqualTo(250_000);
        national.Cadres.Should().BeGreaterThanOrEqualTo(1_000_000);
        national.Counties.Should().BeGreaterThan(SyntheticOptions.RealCountyCount);
    }

    [Fact]
    public void Generate_NationalShapeAtOneTwentieth_ValidAndProportionate()
    {
        SyntheticOptions national = SyntheticOptions.National;
        PairingCase slice = SyntheticProvince.Generate(national with
        {
            Units = national.Units / 20,
            PostedVillages = national.PostedVillages / 20,
            Cadres = national.Cadres / 20,
        });

        slice.Roster.Cadres.Should().HaveCount(50_000);
        slice.Roster.Findings.Should().BeEmpty();
        // 10,000,000 activities for 50,000 units: about 200 a unit.
        (slice.Ledger.Count / (double)slice.Roster.Units.Length).Should().BeInRange(180, 220);
    }

    private static HashSet<UnitId> UnitsAssisting(Roster roster, Func<County, bool> predicate)
    {
        var counties = roster.Counties.Where(predicate).Select(c => c.Code).ToHashSet();
        return roster.Pairings.Where(p => counties.Contains(p.County)).SelectMany(p => p.Units).ToHashSet();
    }

    private static (int MainVisits, int OtherVisits, int LeadershipMeetings, int OfficeMeetings, int JointMeetings) Totals(PairingCase c)
    {
        int main = 0, other = 0, leadership = 0, office = 0, joint = 0;
        var leads = c.Roster.Pairings.ToDictionary(p => p.County, p => p.Lead);
        foreach (Activity a in c.Ledger)
        {
            LeaderPost? post = a.By is { } by && c.Roster.FindLeader(by) is { } held && held.Leader.Tenure.Contains(a.Time.Date)
                ? held.Leader.Post
                : null;
            if (a.Kind == ActivityKind.SupervisionVisit)
            {
                if (post == LeaderPost.MainLeader)
                {
                    main++;
                }
                else if (post == LeaderPost.OtherLeader)
                {
                    other++;
                }
            }
            else if (a.Kind == ActivityKind.LeadershipMeeting)
            {
                leadership++;
            }
            else if (a.Kind == ActivityKind.OfficeMeeting)
            {
                office++;
            }
            else if (a.Kind == ActivityKind.JointMeeting && a.County is { } county && leads[county] == a.Unit)
            {
                joint++;
            }
        }
        return (main, other, leadership, office, joint);
    }

    private static List<string> Fingerprint(PairingCase c)
    {
        var lines = new List<string>();
        lines.AddRange(c.Roster.Units.Select(u => $"{u} {u.Mechanism} {string.Join(",", u.Leaders)}"));
        lines.AddRange(c.Roster.Counties.Select(x => x.ToString()));
        lines.AddRange(c.Roster.Villages.Select(x => x.ToString()));
        lines.AddRange(c.Roster.Pairings.Select(x => $"{x} {string.Join(",", x.Participants)}"));
        lines.AddRange(c.Roster.Cadres.Select(x => x.ToString()));
        lines.AddRange(c.Ledger.Select(x => x.ToString()));
        lines.AddRange(c.Grades.Grades.Select(x => x.ToString()));
        return lines;
    }
}
