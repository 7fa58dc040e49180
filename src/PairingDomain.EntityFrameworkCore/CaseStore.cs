using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Exits;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// Saves a <see cref="PairingCase"/> to the tables of <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>
/// and loads it back through <see cref="PairingCaseBuilder"/>, the one checking path of every adapter, so that a row
/// that breaks a rule of domain.md is reported at its table and key (<c>activities[A-0001].unit</c>), every problem at
/// once.
/// </summary>
/// <remarks>
/// <para>
/// A record is located as <c>table[key]</c>, its key being its id or natural key, and the contract's field after it
/// (case-format.md, case-format-2.md §1): <c>units[U-001]</c>, <c>units[U-001].leaders[L-1]</c>,
/// <c>counties[513431]</c>, <c>villages[513431100201]</c>, <c>county_pairings[3]</c> (by position),
/// <c>cadres[C-001]</c>, <c>activities[A-0001]</c>, <c>cadre_grades[C-001,2019]</c>, <c>local_cadres[LC-1]</c>,
/// <c>attendance[C-001,2019-03]</c>, <c>cadre_work[C-001,2019]</c>, <c>cadre_reviews[2]</c>,
/// <c>committee_activities[W-1]</c>, <c>outcomes[O-1]</c>, <c>party_pairings[0]</c>,
/// <c>household_indicators[H-1,2019]</c>, <c>village_indicators[513431100201,2019]</c>,
/// <c>county_indicators[513431,2019]</c>; the case itself is <c>stored_cases[key]</c>.
/// </para>
/// <para>
/// Records are saved with their position in their part (<c>seq</c>) and loaded in that order, the roster before the
/// ledger as the builder needs, so that a saved case loads back equal, to the same bytes of the JSON contract.
/// </para>
/// <threadsafety>Stateless and thread-safe; a <see cref="DbContext"/> is not, so give each call its own.</threadsafety>
/// </remarks>
public static partial class CaseStore
{
    /// <summary>
    /// Saves <paramref name="case"/> under <paramref name="caseKey"/> in one transaction, replacing a case already
    /// stored under that key: the head row, then every record, added in bulk (change detection off) and written by
    /// one <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>. Within a transaction the caller began, the
    /// save joins it and the caller commits.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="caseKey">The key the case is stored under, chosen by the caller (such as <c>sichuan-2019</c>).</param>
    /// <param name="case">The case.</param>
    /// <param name="cancellationToken">Cancels the save, which then leaves nothing saved.</param>
    /// <returns>A task that completes when the case is committed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseKey"/> is empty.</exception>
    /// <exception cref="NewerSchemaException">A newer schema wrote the database.</exception>
    public static async Task SaveAsync(DbContext context, string caseKey, PairingCase @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(caseKey);
        ArgumentNullException.ThrowIfNull(@case);
        await PairingSchema.EnsureNotNewerAsync(context, cancellationToken).ConfigureAwait(false);

        IDbContextTransaction? own = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        bool detect = context.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            await DeleteAsync(context, caseKey, cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            AddRows(context, caseKey, @case);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            context.ChangeTracker.Clear();
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Deletes every row of the case stored under <paramref name="caseKey"/>, its records before its head row.</summary>
    private static async Task DeleteAsync(DbContext context, string caseKey, CancellationToken cancellationToken)
    {
        await Delete<CountyIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<VillageIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<HouseholdIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<PartyPairingRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<OutcomeRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CommitteeActivityRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CadreReviewRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CadreWorkRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<AttendanceRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<LocalCadreRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<GradeRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<ActivityRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<StationedCadreRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyPairingParticipantRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyPairingRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<VillageRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<LeaderRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<UnitRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<StoredCase>(context, caseKey, cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> Delete<TRow>(DbContext context, string caseKey, CancellationToken cancellationToken)
        where TRow : class =>
        context.Set<TRow>().Where(r => EF.Property<string>(r, nameof(StoredCase.CaseKey)) == caseKey).ExecuteDeleteAsync(cancellationToken);

    private static void AddRows(DbContext context, string key, PairingCase @case)
    {
        context.Add(new StoredCase
        {
            CaseKey = key,
            FormatVersion = @case.HasCadreWork ? 2 : 1,
            EditionId = @case.Edition.Id,
            Year = @case.Year,
            AsOf = @case.AsOf,
        });
        Roster roster = @case.Roster;
        var units = new List<UnitRow>(roster.Units.Length);
        var leaders = new List<LeaderRow>();
        foreach (AssistanceUnit unit in roster.Units)
        {
            units.Add(new UnitRow
            {
                CaseKey = key, UnitId = unit.Id, Seq = units.Count, Name = unit.Name, Kind = unit.Kind,
                LeadershipTeam = unit.Mechanism.LeadershipTeam, UndertakingOffice = unit.Mechanism.UndertakingOffice,
                AllStaff = unit.Mechanism.AllStaff,
            });
            foreach (Leader leader in unit.Leaders)
            {
                leaders.Add(new LeaderRow
                {
                    CaseKey = key, UnitId = unit.Id, LeaderId = leader.Id, Seq = leaders.Count, Name = leader.Name,
                    Role = leader.Post, TenureFrom = leader.Tenure.Start, TenureTo = leader.Tenure.End,
                });
            }
        }
        context.AddRange(units);
        context.AddRange(leaders);

        var counties = new List<CountyRow>(roster.Counties.Length);
        foreach (County county in roster.Counties)
        {
            counties.Add(new CountyRow
            {
                CaseKey = key, CountyCode = county.Code, Seq = counties.Count, Name = county.Name, Region = county.Region,
                PlannedDelistingYear = county.PlannedDelistingYear, DelistedYear = county.DelistedYear,
            });
        }
        context.AddRange(counties);

        var villages = new List<VillageRow>(roster.Villages.Length);
        foreach (Village village in roster.Villages)
        {
            villages.Add(new VillageRow
            {
                CaseKey = key, VillageCode = village.Code, Seq = villages.Count, CountyCode = village.County, Name = village.Name,
                PlannedExitYear = village.PlannedExitYear, ExitedYear = village.ExitedYear,
            });
        }
        context.AddRange(villages);

        var pairings = new List<CountyPairingRow>(roster.Pairings.Length);
        var participants = new List<CountyPairingParticipantRow>();
        foreach (CountyPairing pairing in roster.Pairings)
        {
            int seq = pairings.Count;
            pairings.Add(new CountyPairingRow
            {
                CaseKey = key, Seq = seq, CountyCode = pairing.County, LeadUnitId = pairing.Lead,
                ValidFrom = pairing.Validity.Start, ValidTo = pairing.Validity.End,
            });
            for (int p = 0; p < pairing.Participants.Length; p++)
            {
                participants.Add(new CountyPairingParticipantRow { CaseKey = key, PairingSeq = seq, Position = p, UnitId = pairing.Participants[p] });
            }
        }
        context.AddRange(pairings);
        context.AddRange(participants);

        var cadres = new List<StationedCadreRow>(roster.Cadres.Length);
        foreach (StationedCadre cadre in roster.Cadres)
        {
            cadres.Add(new StationedCadreRow
            {
                CaseKey = key, CadreId = cadre.Id, Seq = cadres.Count, Name = cadre.Name, UnitId = cadre.Unit, VillageCode = cadre.Village,
                Post = cadre.Post, PostedFrom = cadre.Posting.Start, PostedTo = cadre.Posting.End,
            });
        }
        context.AddRange(cadres);

        var activities = new List<ActivityRow>(@case.Ledger.Count);
        foreach (Activity activity in @case.Ledger)
        {
            activities.Add(new ActivityRow
            {
                CaseKey = key, ActivityId = activity.Id, Seq = activities.Count, Kind = activity.Kind, UnitId = activity.Unit,
                LeaderId = activity.By, OnDate = activity.Time.Date, AtInstant = activity.Time.Instant, CountyCode = activity.County,
                VillageCode = activity.Village, Topics = activity.Topics,
            });
        }
        context.AddRange(activities);

        var grades = new List<GradeRow>();
        foreach (AnnualGrade grade in @case.Grades.Grades)
        {
            grades.Add(new GradeRow { CaseKey = key, CadreId = grade.Cadre, Year = grade.Year, Seq = grades.Count, Grade = grade.Grade });
        }
        context.AddRange(grades);

        if (@case.HasCadreWork)
        {
            AddVersion2Rows(context, key, @case);
        }
    }

    private static void AddVersion2Rows(DbContext context, string key, PairingCase @case)
    {
        CadreWorkBook book = @case.CadreWork;
        int seq = 0;
        foreach (LocalCadre cadre in book.LocalCadres)
        {
            context.Add(new LocalCadreRow
            {
                CaseKey = key, CadreId = cadre.Id, Seq = seq++, Name = cadre.Name, Level = cadre.Level, VillageCode = cadre.Village,
                Post = cadre.Post, PostedFrom = cadre.Posting.Start, PostedTo = cadre.Posting.End,
            });
        }
        seq = 0;
        foreach (AttendanceRecord record in book.Attendance)
        {
            context.Add(new AttendanceRow
            {
                CaseKey = key, CadreId = record.Cadre, Month = record.Month, Seq = seq++, DaysInVillage = record.DaysInVillage,
                LeaveDays = record.LeaveDays,
            });
        }
        seq = 0;
        foreach (CadreWorkRecord record in book.WorkRecords)
        {
            context.Add(new CadreWorkRow
            {
                CaseKey = key, CadreId = record.Cadre, Year = record.Year, Seq = seq++, WorkPlan = record.WorkPlan,
                WorkLedger = record.WorkLedger, HomeUnitDuties = record.HomeUnitDuties,
            });
        }
        seq = 0;
        foreach (CadreReview review in book.Reviews)
        {
            context.Add(new CadreReviewRow
            {
                CaseKey = key, Seq = seq++, CadreId = review.Cadre, Kind = review.Kind, ReviewedOn = review.On,
                DutiesFulfilled = review.DutiesFulfilled,
            });
        }
        seq = 0;
        foreach (CommitteeActivity activity in book.CommitteeActivities)
        {
            context.Add(new CommitteeActivityRow
            {
                CaseKey = key, ActivityId = activity.Id, Seq = seq++, Kind = activity.Kind, OnDate = activity.Time.Date,
                AtInstant = activity.Time.Instant, Trainees = activity.Trainees,
            });
        }
        seq = 0;
        foreach (Outcome outcome in @case.Outcomes)
        {
            context.Add(new OutcomeRow
            {
                CaseKey = key, ActivityId = outcome.Id, Seq = seq++, UnitId = outcome.Unit, CountyCode = outcome.County,
                VillageCode = outcome.Village, OnDate = outcome.On, Measure = outcome.Measure, Amount = outcome.Amount,
            });
        }
        seq = 0;
        foreach (PartyPairing pairing in @case.PartyPairings.Pairings)
        {
            context.Add(new PartyPairingRow
            {
                CaseKey = key, Seq = seq++, UnitId = pairing.Unit, VillageCode = pairing.Village, ValidFrom = pairing.Validity.Start,
                ValidTo = pairing.Validity.End,
            });
        }
        ExitIndicatorBook exits = @case.ExitIndicators;
        seq = 0;
        foreach (HouseholdIndicators h in exits.Households)
        {
            context.Add(new HouseholdIndicatorsRow
            {
                CaseKey = key, Household = h.Household, Year = h.Year, Seq = seq++, VillageCode = h.Village,
                NetIncomePerCapita = h.NetIncomePerCapita, FoodAndClothing = h.FoodAndClothing, Education = h.Education,
                Medical = h.Medical, Housing = h.Housing, Water = h.Water, Electricity = h.Electricity, Broadcast = h.Broadcast,
            });
        }
        seq = 0;
        foreach (VillageIndicators v in exits.Villages)
        {
            context.Add(new VillageIndicatorsRow
            {
                CaseKey = key, VillageCode = v.Village, Year = v.Year, Seq = seq++, PovertyIncidence = v.PovertyIncidence,
                CollectiveIncome = v.CollectiveIncome, HardenedRoad = v.HardenedRoad, Clinic = v.Clinic, CultureRoom = v.CultureRoom,
                Network = v.Network,
            });
        }
        seq = 0;
        foreach (CountyIndicators c in exits.Counties)
        {
            context.Add(new CountyIndicatorsRow
            {
                CaseKey = key, CountyCode = c.County, Year = c.Year, Seq = seq++, PovertyIncidence = c.PovertyIncidence,
                Townships = c.Townships, TownshipsWithSchool = c.TownshipsWithSchool, TownshipsWithHealthCentre = c.TownshipsWithHealthCentre,
                TownshipsWithServiceCentre = c.TownshipsWithServiceCentre, WrongfulExitRate = c.WrongfulExitRate,
                MissedRegistrationRate = c.MissedRegistrationRate, ApprovalRate = c.ApprovalRate,
            });
        }
    }
}
