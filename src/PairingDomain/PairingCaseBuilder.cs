using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Exits;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain;

/// <summary>
/// Assembles a whole <see cref="PairingCase"/> from its records, checking every record of every part in one pass: the
/// one checking path of every adapter (the JSON reader, workbook and CSV readers, a database loader), so that they
/// cannot disagree. Each record comes with the caller's location of it (a JSONPath, <c>sheet!cell</c>,
/// <c>table(key)</c>: opaque to the builder), and every problem names the location given, followed by the field as
/// case-format.md and case-format-2.md name it (<c>.id</c>, <c>.county</c>).
/// </summary>
/// <remarks>
/// <para>
/// The order: the roster records first (<see cref="AddUnit"/>, <see cref="AddCounty"/>, <see cref="AddVillage"/>,
/// <see cref="AddPairing"/>, <see cref="AddCadre"/>), then the ledger-side records (activities, grades and the records
/// of <c>pairing-case/2</c>, case-format-2.md §1) in any order. The first ledger-side record closes the roster: it is
/// built, and when it has problems the ledger-side records are checked against a repaired copy of it (duplicates
/// dropped, dangling references made to resolve), so that their own problems are still reported in the same run and a
/// bad roster does not hide every activity mistake until a second one. Activities go straight into the ledger's
/// builder, so a ledger of millions of activities is never held twice. A roster record after that is an
/// <see cref="InvalidOperationException"/>.
/// </para>
/// <para>
/// <see cref="Build"/> never throws for bad data: it returns every problem, sorted part by part in the order of
/// case-format.md and case-format-2.md (units, counties, villages, county pairings, cadres, activities, cadre grades,
/// local cadres, attendance, cadre work, reviews, committee activities, party pairings, household, village and
/// county indicators, outcomes), record by record in the order given within a part, as the JSON reader reports a
/// document whose members stand in that order. A case that cannot be assembled from valid parts
/// (<see cref="ArgumentException"/>) is an <c>invalid-value</c> at the root location.
/// </para>
/// <para>
/// What an adapter must do: check each record's fields itself and report their problems at its own locations; give
/// a record with a bad field to the builder all the same, with a placeholder for each bad value
/// (<see cref="PlaceholderId"/> for an unreadable identifier, any valid value for the rest), so that its identifier
/// stays known (references to it are not reported unknown) and its duplicates are found; drop a record only when even
/// its key is unreadable (for an exit indicator record, then pass its village or county to
/// <see cref="AddUnkeyedHouseholdIndicators"/> and its kin). The builder then reports, at the placeholders, problems
/// that only repeat the adapter's: the adapter leaves those out (the JSON reader leaves out every problem at or under a
/// location where it reported a field problem, and the rows of its cascade-suppression table); the builder reports
/// them all and never guesses what a caller has already said. Ids that committee activities and outcomes share with
/// activities (case-format-2.md §1) are checked by the adapter, which knows where the first use stands.
/// </para>
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable <see cref="PairingCase"/>.</threadsafety>
/// </remarks>
public sealed class PairingCaseBuilder
{
    /// <summary>Begins every placeholder identifier: no valid identifier of an input begins so.</summary>
    private const string PlaceholderPrefix = "\uFFFF";

    private readonly PolicyEdition? _edition;
    private readonly int? _year;
    private readonly LocalDate? _asOf;
    private readonly string _root;
    private readonly bool _version2;
    private readonly int _activityCapacity;
    private readonly int _outcomeCapacity;
    private readonly RosterBuilder _rosterBuilder = new();

    private bool _closed;
    private BuildResult<Roster>? _roster;
    private Roster? _ledgerRoster;
    private Roster? _gradeRoster;
    private readonly HashSet<DivisionCode> _syntheticCounties = [];
    private HashSet<VillageCode>? _caseVillages;
    private ActivityLedgerBuilder? _ledger;
    private GradeBookBuilder? _grades;
    private CadreWorkBookBuilder? _cadreWork;
    private ExitIndicatorBookBuilder? _exits;
    private OutcomeBookBuilder? _outcomes;

    /// <summary>
    /// The ids of the committee activities and outcomes added, with their locations: they share one namespace with the
    /// ledger's activities (case-format-2.md §1), checked in <see cref="Build"/>.
    /// </summary>
    private readonly List<(ActivityId Id, string Location, bool Outcome)> _sharedIds = [];
    private PartyPairingBookBuilder? _partyPairings;

    // The builder's own problems, placed among the component builders' problems at Build: at a ledger problem count,
    // or among the records of a part by location (an entry with a null problem is a record given to the component).
    private readonly List<(int Position, Problem Problem)> _activityProblems = [];
    private readonly List<(string Location, Problem? Problem)> _localCadreEntries = [];
    private readonly List<(string Location, Problem? Problem)> _householdEntries = [];
    private readonly List<(string Location, Problem? Problem)> _villageEntries = [];
    private readonly List<(string Location, Problem? Problem)> _countyEntries = [];

    /// <summary>Starts a case.</summary>
    /// <param name="edition">
    /// The case's policy edition (case-format.md <c>policy</c>); null when the adapter has reported it unreadable: the
    /// records are still checked (grades against the four-grade scale, exit indicators not at all) and
    /// <see cref="Build"/> fails with a <c>missing-field</c> at <paramref name="rootLocation"/>.
    /// </param>
    /// <param name="year">The assessed year (case-format.md <c>year</c>); null as <paramref name="edition"/>.</param>
    /// <param name="asOf">The as-of date (case-format.md <c>asOf</c>), or null for the year's end.</param>
    /// <param name="rootLocation">The location of the case as a whole, for problems of no record (<c>$</c> for JSON).</param>
    /// <param name="version2">
    /// Whether the case is a <c>pairing-case/2</c> case (case-format-2.md): its cadre work, exit indicators and party
    /// pairings are then present, empty when no record of them is given; false for a <c>pairing-case/1</c> case, which
    /// takes none of those records.
    /// </param>
    /// <param name="activityCapacity">The number of activities expected, to size storage once.</param>
    /// <param name="outcomeCapacity">The number of outcomes expected, to size storage once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rootLocation"/> is null.</exception>
    /// <exception cref="ArgumentException">A capacity is negative.</exception>
    public PairingCaseBuilder(PolicyEdition? edition, int? year, LocalDate? asOf, string rootLocation, bool version2 = false,
        int activityCapacity = 0, int outcomeCapacity = 0)
    {
        _root = Preconditions.CheckNotNull(rootLocation, nameof(rootLocation));
        Preconditions.CheckArgument(activityCapacity >= 0, nameof(activityCapacity), "The capacity is negative.");
        Preconditions.CheckArgument(outcomeCapacity >= 0, nameof(outcomeCapacity), "The capacity is negative.");
        _edition = edition;
        _year = year;
        _asOf = asOf;
        _version2 = version2;
        _activityCapacity = activityCapacity;
        _outcomeCapacity = outcomeCapacity;
    }

    /// <summary>
    /// A placeholder identifier unique to <paramref name="location"/>, for a record whose identifier the adapter reported
    /// unreadable: no valid identifier of an input equals it, so it is never a duplicate and never resolves a reference.
    /// </summary>
    /// <param name="location">The location of the record or field.</param>
    /// <returns>The placeholder.</returns>
    public static string PlaceholderId(string location) => PlaceholderPrefix + location;

    /// <summary>Whether <paramref name="id"/> is a placeholder of <see cref="PlaceholderId"/>.</summary>
    /// <param name="id">An identifier.</param>
    /// <returns>True for a placeholder.</returns>
    public static bool IsPlaceholder(string id) =>
        Preconditions.CheckNotNull(id, nameof(id)).StartsWith(PlaceholderPrefix, StringComparison.Ordinal);

    /// <summary>Adds a unit and its leaders (case-format.md <c>units</c>): a roster record.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="location">Where the record came from.</param>
    /// <param name="leaderLocations">Where each leader came from, as <see cref="RosterBuilder.AddUnit"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The roster is closed (a ledger-side record was added).</exception>
    public PairingCaseBuilder AddUnit(AssistanceUnit unit, string location, IReadOnlyList<string?>? leaderLocations = null)
    {
        CheckRosterOpen("unit");
        _rosterBuilder.AddUnit(unit, Preconditions.CheckNotNull(location, nameof(location)), leaderLocations);
        return this;
    }

    /// <summary>Adds a county (case-format.md <c>counties</c>): a roster record.</summary>
    /// <param name="county">The county.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The roster is closed.</exception>
    public PairingCaseBuilder AddCounty(County county, string location)
    {
        CheckRosterOpen("county");
        _rosterBuilder.AddCounty(county, Preconditions.CheckNotNull(location, nameof(location)));
        return this;
    }

    /// <summary>Adds a village (case-format.md <c>villages</c>): a roster record.</summary>
    /// <param name="village">The village.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The roster is closed.</exception>
    public PairingCaseBuilder AddVillage(Village village, string location)
    {
        CheckRosterOpen("village");
        _rosterBuilder.AddVillage(village, Preconditions.CheckNotNull(location, nameof(location)));
        return this;
    }

    /// <summary>Adds a county pairing (case-format.md <c>countyPairings</c>): a roster record.</summary>
    /// <param name="pairing">The pairing.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The roster is closed.</exception>
    public PairingCaseBuilder AddPairing(CountyPairing pairing, string location)
    {
        CheckRosterOpen("county pairing");
        _rosterBuilder.AddPairing(pairing, Preconditions.CheckNotNull(location, nameof(location)));
        return this;
    }

    /// <summary>Adds a stationed cadre (case-format.md <c>cadres</c>): a roster record.</summary>
    /// <param name="cadre">The cadre and posting.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The roster is closed.</exception>
    public PairingCaseBuilder AddCadre(StationedCadre cadre, string location)
    {
        CheckRosterOpen("cadre");
        _rosterBuilder.AddCadre(cadre, Preconditions.CheckNotNull(location, nameof(location)));
        return this;
    }

    /// <summary>
    /// Adds an activity (case-format.md <c>activities</c>), checked at once against the roster (its repaired copy when the
    /// roster has problems; a county the repair made up for a village is still <c>unknown-reference</c> at
    /// <c>.county</c>). Closes the roster.
    /// </summary>
    /// <param name="activity">The activity.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    public PairingCaseBuilder AddActivity(Activity activity, string location)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        Preconditions.CheckNotNull(location, nameof(location));
        Close();
        if (_ledger is null)
        {
            return this;
        }
        int before = _ledger.ProblemCount;
        _ledger.Add(activity, location);
        if (activity.County is { } county && _syntheticCounties.Contains(county))
        {
            _activityProblems.Add((before, new Problem(location + ".county", ProblemCodes.UnknownReference,
                $"no county '{county}' in the roster", $"名册中没有县“{county}”")));
        }
        return this;
    }

    /// <summary>
    /// Adds the activity at <paramref name="index"/> of the document's <c>activities</c>, located by
    /// <see cref="Locations.Default"/> (<c>$.activities[index]</c>), a string made only when a problem needs it: the
    /// streamed JSON reader's way of adding millions of activities without a location string each.
    /// </summary>
    internal PairingCaseBuilder AddActivityAt(Activity activity, int index)
    {
        Close();
        if (_ledger is null)
        {
            return this;
        }
        if (_ledger.Added != index || (activity.County is { } county && _syntheticCounties.Contains(county)))
        {
            return AddActivity(activity, Locations.Default("activities", index));
        }
        _ledger.Add(activity);
        return this;
    }

    /// <summary>Adds a cadre's annual grade (case-format.md <c>cadreGrades</c>). Closes the roster.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    public PairingCaseBuilder AddGrade(AnnualGrade grade, string location)
    {
        Preconditions.CheckNotNull(grade, nameof(grade));
        Preconditions.CheckNotNull(location, nameof(location));
        Close();
        _grades?.Add(grade, location);
        return this;
    }

    /// <summary>
    /// Adds a local cadre (case-format-2.md §1 <c>localCadres</c>); with a repaired roster, a village it made up for a
    /// cadre is still <c>unknown-reference</c> at <c>.village</c>. Closes the roster.
    /// </summary>
    /// <param name="cadre">The local cadre.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddLocalCadre(LocalCadre cadre, string location)
    {
        Preconditions.CheckNotNull(cadre, nameof(cadre));
        CloseForVersion2(location, "local cadre");
        _cadreWork?.AddLocalCadre(cadre, location);
        if (_gradeRoster is not null && _caseVillages is not null && !_caseVillages.Contains(cadre.Village)
            && _gradeRoster.FindVillage(cadre.Village) is not null)
        {
            // The repaired roster made this village up for a cadre of the case; the case itself has no such village. The
            // builder's own problem goes before the work book's problems of the same record.
            _localCadreEntries.Add((location, new Problem(location + ".village", ProblemCodes.UnknownReference,
                $"no village '{cadre.Village}' in the roster", $"名册中没有村“{cadre.Village}”")));
        }
        _localCadreEntries.Add((location, null));
        return this;
    }

    /// <summary>Adds a month's attendance (case-format-2.md §1 <c>attendance</c>). Closes the roster.</summary>
    /// <param name="record">The attendance record.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddAttendance(AttendanceRecord record, string location)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        CloseForVersion2(location, "attendance record");
        _cadreWork?.AddAttendance(record, location);
        return this;
    }

    /// <summary>Adds a cadre's work record for a year (case-format-2.md §1 <c>cadreWork</c>). Closes the roster.</summary>
    /// <param name="record">The work record.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddWorkRecord(CadreWorkRecord record, string location)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        CloseForVersion2(location, "work record");
        _cadreWork?.AddWorkRecord(record, location);
        return this;
    }

    /// <summary>Adds a review of a cadre (case-format-2.md §1 <c>cadreReviews</c>). Closes the roster.</summary>
    /// <param name="review">The review.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddReview(CadreReview review, string location)
    {
        Preconditions.CheckNotNull(review, nameof(review));
        CloseForVersion2(location, "review");
        _cadreWork?.AddReview(review, location);
        return this;
    }

    /// <summary>Adds a Work Committee activity (case-format-2.md §1 <c>committeeActivities</c>). Closes the roster.</summary>
    /// <param name="activity">The committee activity.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddCommitteeActivity(CommitteeActivity activity, string location)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        CloseForVersion2(location, "committee activity");
        _cadreWork?.AddCommitteeActivity(activity, location);
        _sharedIds.Add((activity.Id, location, false));
        return this;
    }

    /// <summary>Adds an outcome (case-format-2.md §1 <c>outcomes</c>). Closes the roster.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddOutcome(Outcome outcome, string location)
    {
        Preconditions.CheckNotNull(outcome, nameof(outcome));
        CloseForVersion2(location, "outcome");
        _outcomes?.Add(outcome, location);
        _sharedIds.Add((outcome.Id, location, true));
        return this;
    }

    /// <summary>Adds a household's exit indicators (case-format-2.md §1 <c>householdIndicators</c>). Closes the roster.</summary>
    /// <param name="record">The record.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddHouseholdIndicators(HouseholdIndicators record, string location)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        CloseForVersion2(location, "household indicator record");
        _exits?.AddHousehold(record, location);
        _householdEntries.Add((location, null));
        return this;
    }

    /// <summary>Adds a village's exit indicators (case-format-2.md §1 <c>villageIndicators</c>). Closes the roster.</summary>
    /// <param name="record">The record.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddVillageIndicators(VillageIndicators record, string location)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        CloseForVersion2(location, "village indicator record");
        _exits?.AddVillage(record, location);
        _villageEntries.Add((location, null));
        return this;
    }

    /// <summary>Adds a county's exit indicators (case-format-2.md §1 <c>countyIndicators</c>). Closes the roster.</summary>
    /// <param name="record">The record.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddCountyIndicators(CountyIndicators record, string location)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        CloseForVersion2(location, "county indicator record");
        _exits?.AddCounty(record, location);
        _countyEntries.Add((location, null));
        return this;
    }

    /// <summary>
    /// A household indicator record (case-format-2.md §1) the adapter could not make, its household or year unreadable:
    /// its readable village is still looked up in the roster, <c>unknown-reference</c> at <paramref name="villageLocation"/>.
    /// Closes the roster.
    /// </summary>
    /// <param name="village">The record's village.</param>
    /// <param name="villageLocation">The location of the record's village field.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddUnkeyedHouseholdIndicators(VillageCode village, string villageLocation)
    {
        CloseForVersion2(villageLocation, "household indicator record");
        AddUnkeyedVillage(_householdEntries, village, villageLocation);
        return this;
    }

    /// <summary>
    /// A village indicator record (case-format-2.md §1) the adapter could not make, its year unreadable: its village is
    /// still looked up in the roster, as <see cref="AddUnkeyedHouseholdIndicators"/>. Closes the roster.
    /// </summary>
    /// <param name="village">The record's village.</param>
    /// <param name="villageLocation">The location of the record's village field.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddUnkeyedVillageIndicators(VillageCode village, string villageLocation)
    {
        CloseForVersion2(villageLocation, "village indicator record");
        AddUnkeyedVillage(_villageEntries, village, villageLocation);
        return this;
    }

    /// <summary>
    /// A county indicator record (case-format-2.md §1) the adapter could not make, its year unreadable: its county is
    /// still looked up in the roster, <c>unknown-reference</c> at <paramref name="countyLocation"/>. Closes the roster.
    /// </summary>
    /// <param name="county">The record's county.</param>
    /// <param name="countyLocation">The location of the record's county field.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddUnkeyedCountyIndicators(DivisionCode county, string countyLocation)
    {
        CloseForVersion2(countyLocation, "county indicator record");
        if (_gradeRoster is not null && _gradeRoster.FindCounty(county) is null)
        {
            _countyEntries.Add((countyLocation, new Problem(countyLocation, ProblemCodes.UnknownReference,
                $"no county '{county}' in the roster", $"名册中没有县“{county}”")));
        }
        return this;
    }

    /// <summary>
    /// Adds a unit's pairing with a village's Party branch (case-format-2.md §1 <c>partyPairings</c>), checked only when
    /// the roster itself has no problems (against a repaired one its problems would only cascade). Closes the roster.
    /// </summary>
    /// <param name="pairing">The pairing.</param>
    /// <param name="location">Where the record came from.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The case is a <c>pairing-case/1</c> case.</exception>
    public PairingCaseBuilder AddPartyPairing(PartyPairing pairing, string location)
    {
        Preconditions.CheckNotNull(pairing, nameof(pairing));
        CloseForVersion2(location, "party pairing");
        _partyPairings?.Add(pairing, location);
        return this;
    }

    /// <summary>
    /// Builds the case, or reports every problem of every record of every part, in the order of the remarks, each at the
    /// location given. A case with none of the <c>pairing-case/2</c> records built with <c>version2</c> false is the
    /// <c>pairing-case/1</c> case (no cadre work); outcomes are attached when there is one at least.
    /// </summary>
    /// <returns>The case, or all its problems.</returns>
    public BuildResult<PairingCase> Build()
    {
        Close();
        var problems = new List<Problem>();
        if (_edition is null || _year is null)
        {
            problems.Add(new Problem(_root, ProblemCodes.MissingField,
                _edition is null ? "the case names no policy edition it can be assessed under" : "the case names no year",
                _edition is null ? "案例未给出可用于考核的政策版本" : "案例未给出年度"));
        }
        BuildResult<Roster> roster = _roster!;
        problems.AddRange(roster.Problems);

        BuildResult<ActivityLedger>? ledger = _ledger?.Build();
        MergeAt(problems, ledger?.Problems ?? [], _activityProblems);
        BuildResult<GradeBook>? grades = _grades?.Build();
        problems.AddRange(grades?.Problems ?? []);
        BuildResult<CadreWorkBook>? cadreWork = _cadreWork?.Build();
        Merge(problems, cadreWork?.Problems ?? [], _localCadreEntries);
        BuildResult<PartyPairingBook>? partyPairings = _partyPairings?.Build();
        problems.AddRange(partyPairings?.Problems ?? []);
        BuildResult<ExitIndicatorBook>? exits = _exits?.Build();
        var exitEntries = new List<(string Location, Problem? Problem)>(_householdEntries.Count + _villageEntries.Count + _countyEntries.Count);
        exitEntries.AddRange(_householdEntries);
        exitEntries.AddRange(_villageEntries);
        exitEntries.AddRange(_countyEntries);
        Merge(problems, exits?.Problems ?? [], exitEntries);
        BuildResult<OutcomeBook>? outcomes = _outcomes?.Build();
        problems.AddRange(outcomes?.Problems ?? []);
        AddSharedIdProblems(problems);

        if (problems.Count > 0 || _edition is null || _year is not { } year || ledger is not { Success: true } || grades is not { Success: true }
            || (_version2 && (cadreWork is not { Success: true } || exits is not { Success: true } || outcomes is not { Success: true }
                || partyPairings is not { Success: true })))
        {
            return BuildResult<PairingCase>.ForProblems([.. problems]);
        }
        try
        {
            var pairingCase = new PairingCase(_edition, year, _asOf, ledger.Value, grades.Value, cadreWork?.Value);
            if (outcomes is { Success: true, Value.Count: > 0 })
            {
                pairingCase = pairingCase.WithOutcomes(outcomes.Value);
            }
            if (exits is { Success: true })
            {
                pairingCase = pairingCase.WithExitIndicators(exits.Value);
            }
            if (partyPairings is { Success: true })
            {
                pairingCase = pairingCase.WithPartyPairings(partyPairings.Value);
            }
            return BuildResult<PairingCase>.ForValue(pairingCase);
        }
        catch (ArgumentException e)
        {
            return BuildResult<PairingCase>.ForProblems(
                [new Problem(_root, ProblemCodes.InvalidValue, e.Message, $"案例无法组装：{e.Message}")]);
        }
    }

    private void CheckRosterOpen(string what)
    {
        if (_closed)
        {
            throw new InvalidOperationException(
                $"A {what} was added after the roster was closed: add the units, counties, villages, county pairings and cadres "
                + "before the first activity, grade or pairing-case/2 record.");
        }
    }

    private void CloseForVersion2(string location, string what)
    {
        Preconditions.CheckNotNull(location, nameof(location));
        if (!_version2)
        {
            throw new InvalidOperationException(
                $"A {what} is a record of pairing-case/2 (case-format-2.md); this builder was started for a pairing-case/1 case.");
        }
        Close();
    }

    /// <summary>
    /// Builds the roster and starts every ledger-side builder: against the roster, or its repaired copies when it has
    /// problems (without cadres for activities and outcomes, whose references they do not hold; with cadres for grades,
    /// the cadre work and the exit indicators).
    /// </summary>
    private void Close()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _roster = _rosterBuilder.Build();
        if (_roster.Success)
        {
            _ledgerRoster = _gradeRoster = _roster.Value;
        }
        else
        {
            _ledgerRoster = _rosterBuilder.BuildRepaired(withCadres: false, _syntheticCounties);
            _gradeRoster = _rosterBuilder.BuildRepaired(withCadres: true, []);
            _caseVillages = [.. _rosterBuilder.VillageCodes];
        }
        _ledger = _ledgerRoster is null ? null : new ActivityLedgerBuilder(_ledgerRoster, _activityCapacity);
        _grades = _gradeRoster is null ? null : new GradeBookBuilder(_gradeRoster, _edition?.GradeScale ?? GradeScale.FourGrade);
        if (_version2)
        {
            _cadreWork = _gradeRoster is null ? null : new CadreWorkBookBuilder(_gradeRoster);
            _exits = _gradeRoster is null || _edition is null ? null : new ExitIndicatorBookBuilder(_gradeRoster, _edition);
            _outcomes = _ledgerRoster is null ? null : new OutcomeBookBuilder(_ledgerRoster, capacity: _outcomeCapacity);
            _partyPairings = _roster.Success ? new PartyPairingBookBuilder(_roster.Value) : null;
        }
    }

    private void AddUnkeyedVillage(List<(string Location, Problem? Problem)> entries, VillageCode village, string location)
    {
        if (_gradeRoster is not null && _gradeRoster.FindVillage(village) is null)
        {
            entries.Add((location, new Problem(location, ProblemCodes.UnknownReference,
                $"no village '{village}' in the roster", $"名册中没有村“{village}”")));
        }
    }

    /// <summary>Adds <paramref name="component"/>'s problems with <paramref name="own"/> each before the component's problem at its position.</summary>
    private static void MergeAt(List<Problem> into, ImmutableArray<Problem> component, List<(int Position, Problem Problem)> own)
    {
        int next = 0;
        foreach ((int position, Problem problem) in own)
        {
            while (next < position && next < component.Length)
            {
                into.Add(component[next++]);
            }
            into.Add(problem);
        }
        while (next < component.Length)
        {
            into.Add(component[next++]);
        }
    }

    /// <summary>
    /// Adds <paramref name="component"/>'s problems, which come record by record in the order of
    /// <paramref name="entries"/>, with the builder's own problems of the entries among them: a record's problems are
    /// those at its location or under it.
    /// </summary>
    private static void Merge(List<Problem> into, ImmutableArray<Problem> component, List<(string Location, Problem? Problem)> entries)
    {
        int next = 0;
        foreach ((string location, Problem? problem) in entries)
        {
            if (problem is not null)
            {
                into.Add(problem);
                continue;
            }
            while (next < component.Length && Locations.IsAtOrUnder(component[next].Path, location))
            {
                into.Add(component[next++]);
            }
        }
        while (next < component.Length)
        {
            into.Add(component[next++]);
        }
    }

    /// <summary>
    /// <c>duplicate-id</c> at the <c>.id</c> of a committee activity or outcome whose id an activity of the ledger uses,
    /// and of an outcome whose id a committee activity uses (case-format-2.md §1: one namespace of activity ids).
    /// </summary>
    private void AddSharedIdProblems(List<Problem> problems)
    {
        var committee = new Dictionary<ActivityId, string>();
        foreach ((ActivityId id, string location, bool outcome) in _sharedIds)
        {
            if (!outcome && _ledger?.FirstPathOf(id) is null)
            {
                committee.TryAdd(id, location);
            }
        }
        foreach ((ActivityId id, string location, bool outcome) in _sharedIds)
        {
            string? first = _ledger?.FirstPathOf(id);
            if (first is null && outcome)
            {
                committee.TryGetValue(id, out first);
            }
            if (first is not null)
            {
                // One problem a field: the ledger's activity is the first use, so its problem replaces a duplicate
                // among the committee activities reported at the same field.
                string at = location + ".id";
                problems.RemoveAll(p => p.Code == ProblemCodes.DuplicateId && p.Path == at);
                problems.Add(new Problem(at, ProblemCodes.DuplicateId, $"activity '{id}' is already used by {first}",
                    $"活动“{id}”已被 {first} 使用"));
            }
        }
    }
}
