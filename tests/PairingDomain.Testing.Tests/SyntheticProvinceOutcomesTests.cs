using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Policy;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// The synthetic province's part-2 inputs with <see cref="SyntheticOptions.IncludeCadreWork"/>: outcomes calibrated to
/// §II's 2018 totals with a few outside the pairing, and focus topics on the supervision visits of Tibetan and Yi
/// counties — the pairing-case/1 part unchanged.
/// </summary>
public sealed class SyntheticProvinceOutcomesTests
{
    private static readonly SyntheticOptions s_options = SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true };

    private static readonly Lazy<PairingCase> s_case = new(() => SyntheticProvince.Generate(s_options));

    private static readonly Lazy<AnnualAssessment> s_assessment = new(() => s_case.Value.Assess());

    [Theory]
    [InlineData("direct-investment", 824_000_000)]
    [InlineData("coordinated-investment", 2_278_000_000)]
    [InlineData("road-km", 7_000)]
    [InlineData("housing-m2", 510_000)]
    [InlineData("clinic-m2", 14_900)]
    [InlineData("water-households", 10_000)]
    [InlineData("electricity-households", 62_800)]
    [InlineData("broadcast-households", 7_400)]
    [InlineData("village-cadres-trained", 15_000)]
    [InlineData("party-members-trained", 50_000)]
    [InlineData("reserve-cadres-trained", 2_000)]
    public void Outcomes_SumNearTheSeeds2018Totals(string measure, long seed)
    {
        decimal sum = s_assessment.Value.Statistics.Outcomes.Single(o => o.Measure.ContractId == measure).Amount;

        sum.Should().BeInRange(seed * 0.85m, seed * 1.15m);
    }

    [Fact]
    public void OutcomeRecordsPerMeasure_SplitsEachShare_TotalsStayNearThe2018Figures()
    {
        PairingCase split = SyntheticProvince.Generate(s_options with { OutcomeRecordsPerMeasure = 3 });
        AnnualAssessment assessment = split.Assess();

        split.Outcomes.Count.Should().Be(3 * s_case.Value.Outcomes.Count);
        foreach (OutcomeTotal total in s_assessment.Value.Statistics.Outcomes)
        {
            decimal after = assessment.Statistics.Outcomes.Single(o => o.Measure == total.Measure).Amount;
            after.Should().BeInRange(total.Amount * 0.9m, total.Amount * 1.1m, total.Measure.ContractId);
        }
    }

    [Fact]
    public void OutcomeRecordsPerMeasure_OutOfRange_Throws()
    {
        Action act = () => SyntheticProvince.Generate(s_options with { OutcomeRecordsPerMeasure = 0 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SyntheticOptions.OutcomeRecordsPerMeasure));
    }

    [Fact]
    public void Outcomes_AFewOutsideThePairing_AndAmountsOnTheirMeasuresDecimals()
    {
        int outside = s_assessment.Value.Findings.Count(f => f.Rule == RuleIds.OutcomeOutsidePairing);
        OutcomeBook book = s_case.Value.Outcomes;

        outside.Should().BeGreaterThan(0).And.BeLessThan(book.Count / 50);
        book.Should().OnlyContain(o => o.Measure.Allows(o.Amount));
    }

    [Fact]
    public void Topics_OnVisitsToTibetanAndYiCountiesOnly_FromTheirRegionsList()
    {
        PairingCase @case = s_case.Value;
        var visits = @case.Ledger.Where(a => a.Kind == ActivityKind.SupervisionVisit && a.County is not null)
            .Select(a => (a.Topics, @case.Roster.FindCounty(a.County!.Value)!.Region)).ToList();

        visits.Where(v => v.Region == Region.Other).Should().OnlyContain(v => v.Topics.IsEmpty);
        visits.Where(v => v.Region != Region.Other).Should().OnlyContain(v => !v.Topics.IsEmpty && v.Topics.Topics.All(t => t.IsOn(v.Region)));
        AssessmentStatistics s = s_assessment.Value.Statistics;
        s.Regions.Take(2).Should().OnlyContain(r => r.Units > 0 && r.Topics.All(t => t.Visits > 0));
    }

    [Fact]
    public void Version1Part_IsUnchanged()
    {
        PairingCase v1 = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);

        v1.Outcomes.Should().BeEmpty();
        v1.Ledger.Should().OnlyContain(a => a.Topics.IsEmpty);
        // The party kinds (party building, from a Random of their own) are /2 only: set aside, the /1 part is the same.
        s_case.Value.Ledger.Where(a => !a.Kind.IsPartyBuilding).Select(a => a with { Topics = FocusTopicSet.Empty })
            .Should().Equal(v1.Ledger);
    }
}
