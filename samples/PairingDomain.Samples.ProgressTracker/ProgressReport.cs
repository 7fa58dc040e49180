using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Samples.ProgressTracker;

/// <summary>
/// Re-assesses a case as of a date and turns the assessment into each unit's progress: the current quarter's duties,
/// the quarters already short, the yearly duties with what remains, and the villages and counties at risk.
/// </summary>
internal sealed class ProgressReport
{
    private readonly ActivityLedger _ledger;

    private ProgressReport(PolicyEdition edition, ActivityLedger ledger, AnnualAssessment assessment)
    {
        Edition = edition;
        _ledger = ledger;
        Assessment = assessment;
        Quarter = DutyPeriod.QuarterOf(assessment.AsOf);
        VillagesAtRisk = Subjects(assessment, RuleIds.BundleVillageAtRisk);
        CountiesAtRisk = Subjects(assessment, RuleIds.BundleCountyAtRisk);
        Units = [.. assessment.Units.Select(ForUnit)];
    }

    public PolicyEdition Edition { get; }

    public AnnualAssessment Assessment { get; }

    public Roster Roster => _ledger.Roster;

    public int ActivityCount => _ledger.Count;

    /// <summary>The quarter the as-of date falls in.</summary>
    public DutyPeriod Quarter { get; }

    /// <summary>Every unit of the roster, in roster order.</summary>
    public ImmutableArray<UnitProgress> Units { get; }

    /// <summary>Village codes with a <c>BUNDLE-VILLAGE-AT-RISK</c> finding.</summary>
    public ImmutableArray<string> VillagesAtRisk { get; }

    /// <summary>County codes with a <c>BUNDLE-COUNTY-AT-RISK</c> finding.</summary>
    public ImmutableArray<string> CountiesAtRisk { get; }

    /// <summary>Assesses the case's year as of <paramref name="asOf"/>.</summary>
    public static ProgressReport Create(PairingCase pairingCase, LocalDate asOf) =>
        new(pairingCase.Edition, pairingCase.Ledger,
            AnnualAssessor.Assess(pairingCase.Edition, pairingCase.Ledger, pairingCase.Grades, pairingCase.Year, asOf,
                // A pairing-case/1 case of any year is valid (case-format.md checks no year against the policy).
                new AssessmentOptions(AllowYearOutsideEdition: true)));

    /// <summary>The progress of <paramref name="unit"/>, or null when it is not in the roster.</summary>
    public UnitProgress? Find(UnitId unit) => Units.FirstOrDefault(u => u.Unit.Id == unit);

    private static ImmutableArray<string> Subjects(AnnualAssessment assessment, RuleId rule) =>
        [.. assessment.Findings.Where(f => f.Rule == rule).Select(f => f.Subject)];

    private UnitProgress ForUnit(UnitAssessment assessed)
    {
        AssistanceUnit unit = Roster.FindUnit(assessed.Unit)!;
        var quarterDuties = ImmutableArray.CreateBuilder<QuarterDuty>();
        var earlierShort = ImmutableArray.CreateBuilder<(RuleId, ImmutableArray<DutyPeriodResult>)>();
        var yearDuties = ImmutableArray.CreateBuilder<DutyResult>();
        foreach (DutyResult result in assessed.Duties)
        {
            if (Edition.FindRule(result.Rule) is not DutyRule rule)
            {
                continue;
            }
            if (rule.Period == DutyPeriodKind.Year)
            {
                yearDuties.Add(result);
                continue;
            }
            ImmutableArray<DutyPeriodResult> shortEntries = [.. result.Periods.Where(p => p.Status == DutyStatus.Short)];
            if (!shortEntries.IsEmpty)
            {
                earlierShort.Add((rule.Id, shortEntries));
            }
            quarterDuties.AddRange(CurrentQuarter(result));
        }

        var window = new DateInterval(new LocalDate(Assessment.Year, 1, 1), new LocalDate(Assessment.Year, 12, 31));
        ImmutableArray<string> villages = [.. Roster.Cadres
            .Where(c => c.Unit == unit.Id && c.Posting.Overlaps(window) && VillagesAtRisk.Contains(c.Village.Value))
            .Select(c => c.Village.Value).Distinct()];
        bool participantsBound = Edition.Adopts(InterpretationIds.BundleCountyBindsParticipants);
        ImmutableArray<string> counties = [.. Roster.PairingsOf(unit.Id)
            .Where(p => p.Validity.Overlaps(window) && (participantsBound || p.Lead == unit.Id) && CountiesAtRisk.Contains(p.County.Value))
            .Select(p => p.County.Value).Distinct()];

        return new UnitProgress(unit, Quarter, quarterDuties.ToImmutable(), earlierShort.ToImmutable(), yearDuties.ToImmutable(),
            villages, counties, Assessment.IsFullYear ? assessed.Excellence.BlockedBy : []);
    }

    /// <summary>
    /// The current quarter's standing on a quarterly duty, for the unit or for each county it is counted for: the
    /// duty's period entries for the quarter (<see cref="DutyResult.Periods"/>). Under <c>PRORATE-BY-QUARTER</c> a quarter
    /// that is not wholly in force has no entry and owes nothing, as in the assessment.
    /// </summary>
    private IEnumerable<QuarterDuty> CurrentQuarter(DutyResult result)
    {
        foreach (DutyPeriodResult entry in result.Periods)
        {
            if (entry.Period == Quarter)
            {
                yield return new QuarterDuty(result.Rule, entry.County?.Value, entry.Recorded, entry.Required);
            }
        }
    }
}
