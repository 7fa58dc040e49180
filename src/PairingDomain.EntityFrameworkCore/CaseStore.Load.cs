using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Exits;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore;

public static partial class CaseStore
{
    /// <summary>
    /// Loads the case stored under <paramref name="caseKey"/> through <see cref="PairingCaseBuilder"/>: the roster's
    /// rows first (units with their leaders, counties, villages, county pairings with their participants, cadres), then
    /// the activities, the grades and, for a <c>pairing-case/2</c> case, its records in the order of case-format-2.md
    /// §1, each part in the order it was saved (<c>seq</c>). Every problem is reported at once, each at its row
    /// (<c>table[key]</c>, see the remarks of <see cref="CaseStore"/>) and field.
    /// </summary>
    /// <remarks>
    /// The loader checks what the domain's constructors would refuse, as the JSON reader does: a village whose code does
    /// not lie in its county is <c>invalid-value</c> at <c>villages[code].county</c> (and loaded in the county of its
    /// code, so that nothing else cascades from it); any other row a constructor refuses is <c>invalid-value</c> at the
    /// row and left out. A leader or participant whose unit or pairing has no row is <c>unknown-reference</c>. No stored
    /// case under the key, or an edition not in <paramref name="editions"/>, is <c>unknown-reference</c> at
    /// <c>stored_cases[key]</c>. A cell the converters cannot read at all (a code that is not digits, a date that is not
    /// ISO, an unknown contract id) is <c>invalid-value</c> at <c>table[key].column</c>, every such cell of the case at
    /// once, and nothing else is reported: the rows cannot be read into records.
    /// </remarks>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="caseKey">The key the case was saved under.</param>
    /// <param name="editions">The policy editions the stored edition id is resolved in; null for <see cref="PolicyEditionSet.BuiltIn"/>.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The case, or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="caseKey"/> is null.</exception>
    /// <exception cref="NewerSchemaException">A newer schema wrote the database.</exception>
    public static async Task<CaseLoadResult> LoadAsync(DbContext context, string caseKey, PolicyEditionSet? editions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caseKey);
        await PairingSchema.EnsureNotNewerAsync(context, cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadRowsAsync(context, caseKey, editions ?? PolicyEditionSet.BuiltIn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DbException)
        {
            // A converter refused a cell (an unknown contract id, a date that is not ISO): EF Core names neither the row
            // nor the value, so every cell of the case is read again as text to report each unreadable one where it is.
            IReadOnlyList<Problem> cells = await UnreadableCellsAsync(context, caseKey, cancellationToken).ConfigureAwait(false);
            if (cells.Count == 0)
            {
                throw;
            }
            return new CaseLoadResult(null, [.. cells]);
        }
    }

    private static async Task<CaseLoadResult> LoadRowsAsync(DbContext context, string caseKey, PolicyEditionSet editions,
        CancellationToken cancellationToken)
    {
        string root = Located("stored_cases", caseKey);
        var problems = new List<Problem>();

        StoredCase? head = await context.Set<StoredCase>().AsNoTracking().SingleOrDefaultAsync(c => c.CaseKey == caseKey, cancellationToken)
            .ConfigureAwait(false);
        if (head is null)
        {
            return new CaseLoadResult(null, [new Problem(root, ProblemCodes.UnknownReference, $"no case is stored under '{caseKey}'",
                $"没有以“{caseKey}”保存的案例")]);
        }
        PolicyEdition? edition = editions.Find(head.EditionId);
        if (edition is null)
        {
            problems.Add(new Problem(root + ".policy", ProblemCodes.UnknownReference, $"no policy edition '{head.EditionId}'",
                $"没有政策版本“{head.EditionId}”"));
        }
        bool version2 = head.FormatVersion == 2;
        var builder = new PairingCaseBuilder(edition, head.Year, head.AsOf, root, version2);

        await AddRosterAsync(context, caseKey, builder, problems, cancellationToken).ConfigureAwait(false);

        await foreach (ActivityRow r in Rows<ActivityRow>(context, caseKey).WithCancellation(cancellationToken))
        {
            string at = Located("activities", r.ActivityId.Value);
            Activity? activity = Make(problems, at, () => new Activity(r.ActivityId, r.Kind, r.UnitId, r.LeaderId, TimeOf(r.OnDate, r.AtInstant),
                r.CountyCode, r.VillageCode) { Topics = r.Topics });
            if (activity is not null)
            {
                builder.AddActivity(activity, at);
            }
        }
        await foreach (GradeRow r in Rows<GradeRow>(context, caseKey).WithCancellation(cancellationToken))
        {
            string at = Located("cadre_grades", r.CadreId.Value, Number(r.Year));
            Add(problems, at, () => new AnnualGrade(r.CadreId, r.Year, r.Grade), g => builder.AddGrade(g, at));
        }
        if (version2)
        {
            await AddVersion2Async(context, caseKey, builder, problems, cancellationToken).ConfigureAwait(false);
        }

        BuildResult<PairingCase> built = builder.Build();
        return built.Success && problems.Count == 0
            ? new CaseLoadResult(built.Value, [])
            : new CaseLoadResult(null, [.. problems, .. built.Problems]);
    }

    private static async Task AddRosterAsync(DbContext context, string key, PairingCaseBuilder builder, List<Problem> problems,
        CancellationToken cancellationToken)
    {
        var leadersByUnit = new Dictionary<UnitId, List<LeaderRow>>();
        await foreach (LeaderRow r in Rows<LeaderRow>(context, key).WithCancellation(cancellationToken))
        {
            if (!leadersByUnit.TryGetValue(r.UnitId, out List<LeaderRow>? list))
            {
                leadersByUnit.Add(r.UnitId, list = []);
            }
            list.Add(r);
        }
        await foreach (UnitRow r in Rows<UnitRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("units", r.UnitId.Value);
            var leaders = new List<Leader>();
            var leaderLocations = new List<string?>();
            if (leadersByUnit.Remove(r.UnitId, out List<LeaderRow>? rows))
            {
                foreach (LeaderRow l in rows)
                {
                    string leaderAt = at + Located(".leaders", l.LeaderId.Value);
                    Leader? leader = Make(problems, leaderAt, () => new Leader(l.LeaderId, l.Name, l.Role, new DateRange(l.TenureFrom, l.TenureTo)));
                    if (leader is not null)
                    {
                        leaders.Add(leader);
                        leaderLocations.Add(leaderAt);
                    }
                }
            }
            Add(problems, at, () => new AssistanceUnit(r.UnitId, r.Name, r.Kind, new FourInOneMechanism(r.LeadershipTeam, r.UndertakingOffice, r.AllStaff),
                leaders), u => builder.AddUnit(u, at, leaderLocations));
        }
        foreach ((UnitId unit, List<LeaderRow> orphans) in leadersByUnit)
        {
            foreach (LeaderRow l in orphans)
            {
                problems.Add(new Problem(Located("units", unit.Value) + Located(".leaders", l.LeaderId.Value), ProblemCodes.UnknownReference,
                    $"the leader's unit '{unit}' has no row in units", $"领导所属单位“{unit}”在 units 中没有记录"));
            }
        }

        await foreach (CountyRow r in Rows<CountyRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("counties", r.CountyCode.Value);
            Add(problems, at, () => new County(r.CountyCode, r.Name, r.Region, r.PlannedDelistingYear, r.DelistedYear), c => builder.AddCounty(c, at));
        }
        await foreach (VillageRow r in Rows<VillageRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("villages", r.VillageCode.Value);
            DivisionCode county = r.CountyCode;
            if (!r.VillageCode.IsIn(county))
            {
                problems.Add(new Problem(at + ".county", ProblemCodes.InvalidValue,
                    $"village {r.VillageCode} does not lie in county {county}: the first 6 digits of a village code are its county's code",
                    $"村 {r.VillageCode} 不在县 {county} 内：村代码的前 6 位即其所在县的代码"));
                county = r.VillageCode.County;
            }
            Add(problems, at, () => new Village(r.VillageCode, county, r.Name, r.PlannedExitYear, r.ExitedYear), v => builder.AddVillage(v, at));
        }

        var participants = new Dictionary<int, List<UnitId>>();
        List<CountyPairingParticipantRow> participantRows = await context.Set<CountyPairingParticipantRow>().AsNoTracking()
            .Where(p => p.CaseKey == key).OrderBy(p => p.PairingSeq).ThenBy(p => p.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (CountyPairingParticipantRow p in participantRows)
        {
            if (!participants.TryGetValue(p.PairingSeq, out List<UnitId>? list))
            {
                participants.Add(p.PairingSeq, list = []);
            }
            list.Add(p.UnitId);
        }
        await foreach (CountyPairingRow r in Rows<CountyPairingRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("county_pairings", Number(r.Seq));
            List<UnitId> members = participants.Remove(r.Seq, out List<UnitId>? found) ? found : [];
            Add(problems, at, () => new CountyPairing(r.CountyCode, r.LeadUnitId, members, new DateRange(r.ValidFrom, r.ValidTo)),
                p => builder.AddPairing(p, at));
        }
        foreach (int pairing in participants.Keys.Order())
        {
            problems.Add(new Problem(Located("county_pairing_participants", Number(pairing)), ProblemCodes.UnknownReference,
                $"no county pairing {Number(pairing)} in county_pairings", $"county_pairings 中没有结对 {Number(pairing)}"));
        }

        await foreach (StationedCadreRow r in Rows<StationedCadreRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("cadres", r.CadreId.Value);
            Add(problems, at, () => new StationedCadre(r.CadreId, r.Name, r.UnitId, r.VillageCode, r.Post, new DateRange(r.PostedFrom, r.PostedTo)),
                c => builder.AddCadre(c, at));
        }
    }

    private static async Task AddVersion2Async(DbContext context, string key, PairingCaseBuilder builder, List<Problem> problems,
        CancellationToken cancellationToken)
    {
        await foreach (LocalCadreRow r in Rows<LocalCadreRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("local_cadres", r.CadreId.Value);
            Add(problems, at, () => new LocalCadre(r.CadreId, r.Name, r.Level, r.VillageCode, r.Post, new DateRange(r.PostedFrom, r.PostedTo)),
                c => builder.AddLocalCadre(c, at));
        }
        await foreach (AttendanceRow r in Rows<AttendanceRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("attendance", r.CadreId.Value, PairingValueConverters.FormatMonth(r.Month));
            Add(problems, at, () => new AttendanceRecord(r.CadreId, r.Month, r.DaysInVillage, r.LeaveDays), a => builder.AddAttendance(a, at));
        }
        await foreach (CadreWorkRow r in Rows<CadreWorkRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("cadre_work", r.CadreId.Value, Number(r.Year));
            Add(problems, at, () => new CadreWorkRecord(r.CadreId, r.Year, r.WorkPlan, r.WorkLedger, r.HomeUnitDuties), w => builder.AddWorkRecord(w, at));
        }
        await foreach (CadreReviewRow r in Rows<CadreReviewRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("cadre_reviews", Number(r.Seq));
            Add(problems, at, () => new CadreReview(r.CadreId, r.Kind, r.ReviewedOn, r.DutiesFulfilled), v => builder.AddReview(v, at));
        }
        await foreach (CommitteeActivityRow r in Rows<CommitteeActivityRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("committee_activities", r.ActivityId.Value);
            Add(problems, at, () => new CommitteeActivity(r.ActivityId, r.Kind, TimeOf(r.OnDate, r.AtInstant), r.Trainees),
                a => builder.AddCommitteeActivity(a, at));
        }
        await foreach (PartyPairingRow r in Rows<PartyPairingRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("party_pairings", Number(r.Seq));
            Add(problems, at, () => new PartyPairing(r.UnitId, r.VillageCode, new DateRange(r.ValidFrom, r.ValidTo)), p => builder.AddPartyPairing(p, at));
        }
        await foreach (HouseholdIndicatorsRow r in Rows<HouseholdIndicatorsRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("household_indicators", r.Household, Number(r.Year));
            Add(problems, at, () => new HouseholdIndicators(r.Household, r.VillageCode, r.Year, r.NetIncomePerCapita, r.FoodAndClothing, r.Education,
                r.Medical, r.Housing, r.Water, r.Electricity, r.Broadcast), h => builder.AddHouseholdIndicators(h, at));
        }
        await foreach (VillageIndicatorsRow r in Rows<VillageIndicatorsRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("village_indicators", r.VillageCode.Value, Number(r.Year));
            Add(problems, at, () => new VillageIndicators(r.VillageCode, r.Year, r.PovertyIncidence, r.CollectiveIncome, r.HardenedRoad, r.Clinic,
                r.CultureRoom, r.Network), v => builder.AddVillageIndicators(v, at));
        }
        await foreach (CountyIndicatorsRow r in Rows<CountyIndicatorsRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("county_indicators", r.CountyCode.Value, Number(r.Year));
            Add(problems, at, () => new CountyIndicators(r.CountyCode, r.Year, r.PovertyIncidence, r.Townships, r.TownshipsWithSchool,
                r.TownshipsWithHealthCentre, r.TownshipsWithServiceCentre, r.WrongfulExitRate, r.MissedRegistrationRate, r.ApprovalRate),
                c => builder.AddCountyIndicators(c, at));
        }
        await foreach (OutcomeRow r in Rows<OutcomeRow>(context, key).WithCancellation(cancellationToken))
        {
            string at = Located("outcomes", r.ActivityId.Value);
            Add(problems, at, () => new Outcome(r.ActivityId, r.UnitId, r.CountyCode, r.VillageCode, r.OnDate, r.Measure, r.Amount),
                o => builder.AddOutcome(o, at));
        }
    }

    /// <summary>The case's rows of a table in the order they were saved.</summary>
    private static IAsyncEnumerable<TRow> Rows<TRow>(DbContext context, string key)
        where TRow : class =>
        context.Set<TRow>().AsNoTracking()
            .Where(r => EF.Property<string>(r, nameof(StoredCase.CaseKey)) == key)
            .OrderBy(r => EF.Property<int>(r, nameof(UnitRow.Seq)))
            .AsAsyncEnumerable();

    private static ActivityTime TimeOf(LocalDate on, Instant? at) => at is { } instant ? ActivityTime.At(instant) : ActivityTime.On(on);

    /// <summary><c>table[key]</c>, or <c>table[key1,key2]</c> for a natural key of two fields.</summary>
    private static string Located(string table, params string[] key) => $"{table}[{string.Join(',', key)}]";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Makes a domain record of a row and gives it to <paramref name="add"/>, or reports the row refused.</summary>
    private static void Add<T>(List<Problem> problems, string location, Func<T> make, Action<T> add)
        where T : class
    {
        if (Make(problems, location, make) is { } record)
        {
            add(record);
        }
    }

    private static T? Make<T>(List<Problem> problems, string location, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            problems.Add(new Problem(location, ProblemCodes.InvalidValue, $"the row is refused: {e.Message}", $"该记录无效：{e.Message}"));
            return null;
        }
    }
}
