using System.Collections.Generic;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// The totals the Work Committee reports in §II of the seed, counted from a case's ledger over the assessed year up
/// to its as-of date: visits by post, meetings, joint meetings held by lead units, plans, tours and lectures.
/// </summary>
/// <remarks>
/// Every activity of the period is counted here, including those the assessment does not credit to a duty (outside
/// the unit's pairing, or beyond a minimum): these are statistics of work done, not of duties met.
/// </remarks>
internal sealed class LedgerStatistics
{
    private LedgerStatistics()
    {
    }

    public int Activities { get; private set; }

    public int MainLeaderVisits { get; private set; }

    public int DeputyVisits { get; private set; }

    public int OtherLeaderVisits { get; private set; }

    public int LeadershipMeetings { get; private set; }

    public int OfficeMeetings { get; private set; }

    public int JointMeetings { get; private set; }

    public int JointMeetingsByLeads { get; private set; }

    public int AnnualPlans { get; private set; }

    public int StudyTours { get; private set; }

    public int NightSchoolLectures { get; private set; }

    /// <summary>Supervision visits by the region of the county visited.</summary>
    public Dictionary<Region, int> VisitsByRegion { get; } = new()
    {
        [Region.Tibetan] = 0,
        [Region.Yi] = 0,
        [Region.Other] = 0,
    };

    /// <summary>Counts the ledger of <paramref name="pairingCase"/>.</summary>
    public static LedgerStatistics Of(PairingCase pairingCase)
    {
        var stats = new LedgerStatistics();
        Roster roster = pairingCase.Roster;
        var start = new LocalDate(pairingCase.Year, 1, 1);
        LocalDate end = pairingCase.EffectiveAsOf;
        var leads = new Dictionary<DivisionCode, List<CountyPairing>>();
        foreach (CountyPairing pairing in roster.Pairings)
        {
            if (!leads.TryGetValue(pairing.County, out List<CountyPairing>? list))
            {
                list = [];
                leads.Add(pairing.County, list);
            }
            list.Add(pairing);
        }

        foreach (Activity activity in pairingCase.Ledger)
        {
            LocalDate date = activity.Time.Date;
            if (date < start || date > end)
            {
                continue;
            }
            stats.Activities++;
            LeaderPost? post = null;
            if (activity.By is { } by && roster.FindLeader(by) is { } held && held.Leader.Tenure.Contains(date))
            {
                post = held.Leader.Post;
            }
            switch (activity.Kind.Name)
            {
                case nameof(ActivityKind.SupervisionVisit):
                    if (post == LeaderPost.MainLeader)
                    {
                        stats.MainLeaderVisits++;
                    }
                    else if (post == LeaderPost.DeputyLeader)
                    {
                        stats.DeputyVisits++;
                    }
                    else
                    {
                        stats.OtherLeaderVisits++;
                    }
                    if (activity.County is { } visited && roster.FindCounty(visited) is { } county)
                    {
                        stats.VisitsByRegion[county.Region]++;
                    }
                    break;
                case nameof(ActivityKind.LeadershipMeeting):
                    stats.LeadershipMeetings++;
                    break;
                case nameof(ActivityKind.OfficeMeeting):
                    stats.OfficeMeetings++;
                    break;
                case nameof(ActivityKind.JointMeeting):
                    stats.JointMeetings++;
                    if (activity.County is { } code && leads.TryGetValue(code, out List<CountyPairing>? pairings)
                        && pairings.Exists(p => p.Lead == activity.Unit && p.Validity.Contains(date)))
                    {
                        stats.JointMeetingsByLeads++;
                    }
                    break;
                case nameof(ActivityKind.AnnualPlan):
                    stats.AnnualPlans++;
                    break;
                case nameof(ActivityKind.StudyTour):
                    stats.StudyTours++;
                    break;
                case nameof(ActivityKind.NightSchool):
                    stats.NightSchoolLectures++;
                    break;
                default:
                    break;
            }
        }
        return stats;
    }
}
