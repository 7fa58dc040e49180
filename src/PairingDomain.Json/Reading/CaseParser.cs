using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads one <c>pairing-case/1</c> or <c>pairing-case/2</c> document: walks every member, reports each field's problems with its JSONPath, then
/// hands the records to the core builders for the cross-record checks.
/// </summary>
/// <remarks>
/// <para>
/// In three parts: the bytes, UTF-8 and JSON (<c>CaseParser.Json.cs</c>); the records, field by field
/// (<c>CaseParser.Records.cs</c>), with the members of version 2 (<c>CaseParser.Version2.cs</c>); and the repair of bad records and their cascades (<c>CaseParser.Repair.cs</c>).
/// </para>
/// <para>
/// A record with a bad field but a readable identifier still reaches the builders as a placeholder, so that its
/// identifier is known (references to it are not reported as unknown) and duplicates of it are found; the builders'
/// problems that only repeat a reported one are left out, by the policy of <see cref="ProblemLog"/>. When the roster
/// itself has problems, activities and grades are checked against a repaired copy of it, so their own problems are
/// still reported.
/// </para>
/// </remarks>
internal sealed partial class CaseParser
{
    private readonly IReadOnlyDictionary<string, PolicyEdition> _editions;
    private bool _version2;
    private readonly ProblemLog _log = new();
    private readonly List<(AssistanceUnit Unit, string Path, List<string> LeaderPaths)> _units = [];
    private readonly List<(County County, string Path)> _counties = [];
    private readonly List<(Village Village, string Path)> _villages = [];
    private readonly List<(CountyPairing Pairing, string Path)> _pairings = [];
    private readonly List<(StationedCadre Cadre, string Path)> _cadres = [];
    private PolicyEdition? _edition;
    private int? _year;
    private LocalDate? _asOf;

    /// <summary>A parser for one document.</summary>
    /// <param name="editions">The policy editions by identifier.</param>
    internal CaseParser(IReadOnlyDictionary<string, PolicyEdition> editions)
    {
        _editions = editions;
    }

    internal CaseReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (!TryParseDocument(utf8Json, out JsonDocument? document, out CaseReadResult? failure))
        {
            return failure;
        }

        PairingCase? result;
        using (document)
        {
            RecordFields? root = ReadRoot(document.RootElement);
            if (root is null)
            {
                return CaseReadResult.Failure(_log.ToSortedArray());
            }
            result = Build(root);
        }
        ImmutableArray<Problem> problems = _log.ToSortedArray();
        return result is not null && problems.IsEmpty ? CaseReadResult.Ok(result) : CaseReadResult.Failure(problems);
    }

    /// <summary>
    /// Builds the roster, then reads the activities and grades straight into their builders (so that a ledger of millions
    /// of activities is never held twice), and assembles the case when nothing is wrong.
    /// </summary>
    private PairingCase? Build(RecordFields root)
    {
        var builder = new RosterBuilder();
        foreach ((AssistanceUnit unit, string path, List<string> leaderPaths) in _units)
        {
            builder.AddUnit(unit, path, leaderPaths);
        }
        foreach ((County county, string path) in _counties)
        {
            builder.AddCounty(county, path);
        }
        foreach ((Village village, string path) in _villages)
        {
            builder.AddVillage(village, path);
        }
        foreach ((CountyPairing pairing, string path) in _pairings)
        {
            builder.AddPairing(pairing, path);
        }
        foreach ((StationedCadre cadre, string path) in _cadres)
        {
            builder.AddCadre(cadre, path);
        }
        BuildResult<Roster> roster = builder.Build();
        _log.AddFromBuilder(roster.Problems);

        Roster? ledgerRoster, gradeRoster;
        var syntheticCounties = new HashSet<DivisionCode>();
        if (roster.Success)
        {
            ledgerRoster = gradeRoster = roster.Value;
        }
        else
        {
            ledgerRoster = Repaired(withCadres: false, syntheticCounties);
            gradeRoster = Repaired(withCadres: true, []);
        }

        if (_version2 && (CountOf(root, CaseFields.CommitteeActivities) > 0 || CountOf(root, CaseFields.Outcomes) > 0))
        {
            _activityIds = new Dictionary<string, string>(StringComparer.Ordinal);
        }
        ActivityLedgerBuilder? ledgerBuilder = ledgerRoster is null
            ? null
            : new ActivityLedgerBuilder(ledgerRoster, CountOf(root, CaseFields.Activities));
        ForEachRecord(root, CaseFields.Activities, ActivityFields.Set, r => ReadActivity(r, ledgerBuilder, syntheticCounties),
            known: _version2 ? null : ActivityFields.Version1Count);
        BuildResult<ActivityLedger>? ledger = ledgerBuilder?.Build();
        _log.AddFromBuilder(ledger?.Problems ?? []);

        GradeBookBuilder? gradeBuilder = gradeRoster is null
            ? null
            : new GradeBookBuilder(gradeRoster, _edition?.GradeScale ?? GradeScale.FourGrade);
        ForEachRecord(root, CaseFields.CadreGrades, GradeFields.Set, r => ReadGrade(r, gradeBuilder));
        BuildResult<GradeBook>? grades = gradeBuilder?.Build();
        _log.AddFromBuilder(grades?.Problems ?? []);

        BuildResult<CadreWorkBook>? cadreWork = _version2 ? BuildCadreWork(root, gradeRoster, !roster.Success) : null;
        BuildResult<Exits.ExitIndicatorBook>? exits = _version2 ? BuildExitIndicators(root, gradeRoster) : null;
        BuildResult<Outcomes.OutcomeBook>? outcomes = _version2 ? BuildOutcomes(root, ledgerRoster) : null;
        BuildResult<PartyPairingBook>? partyPairings = _version2 ? BuildPartyPairings(root, roster.Success ? roster.Value : null) : null;

        if (_log.Count > 0 || _edition is null || _year is not { } year || ledger is not { Success: true } || grades is not { Success: true }
            || (_version2 && (cadreWork is not { Success: true } || exits is not { Success: true } || outcomes is not { Success: true }))
            || partyPairings is { Success: false })
        {
            return null;
        }
        try
        {
            var pairingCase = new PairingCase(_edition, year, _asOf, ledger.Value, grades.Value, cadreWork?.Value);
            if (outcomes is { Success: true, Value.Count: > 0 })
            {
                pairingCase = pairingCase.WithOutcomes(outcomes.Value);
            }
            pairingCase = exits is { Success: true } ? pairingCase.WithExitIndicators(exits.Value) : pairingCase;
            return WithPartyPairings(pairingCase, partyPairings);
        }
        catch (ArgumentException e)
        {
            _log.Record(JsonPaths.Root, ProblemCodes.InvalidValue, e.Message, $"案例无法组装：{e.Message}");
            return null;
        }
    }
}
