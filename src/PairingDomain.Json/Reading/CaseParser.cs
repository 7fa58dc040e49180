using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads one <c>pairing-case/1</c> document: walks every member, reports each field's problems with its JSONPath, then
/// hands the records to the core builders for the cross-record checks.
/// </summary>
/// <remarks>
/// A record with a bad field but a readable identifier still reaches the builders as a placeholder, so that its
/// identifier is known (references to it are not reported as unknown) and duplicates of it are found; the builders'
/// problems at or under a field already reported are left out (see <see cref="ProblemLog"/>). When the roster itself has
/// problems, activities and grades are checked against a repaired copy of it, so their own problems are still reported.
/// </remarks>
internal sealed class CaseParser
{
    private const string DummyPrefix = "\uFFFF";

    private static readonly FieldSet s_root = new("a pairing-case/1 document",
        "format", "policy", "year", "asOf", "units", "counties", "villages", "countyPairings", "cadres", "activities", "cadreGrades");
    private static readonly FieldSet s_unit = new("a unit", "id", "name", "kind", "mechanism", "leaders");
    private static readonly FieldSet s_mechanism = new("a mechanism", "leadershipTeam", "undertakingOffice", "allStaff");
    private static readonly FieldSet s_leader = new("a leader", "id", "name", "role", "from", "to");
    private static readonly FieldSet s_county = new("a county", "code", "name", "region", "plannedDelistingYear", "delistedYear");
    private static readonly FieldSet s_village = new("a village", "code", "county", "name", "plannedExitYear", "exitedYear");
    private static readonly FieldSet s_pairing = new("a county pairing", "county", "lead", "participants", "from", "to");
    private static readonly FieldSet s_cadre = new("a cadre", "id", "name", "unit", "village", "post", "from", "to");
    private static readonly FieldSet s_activity = new("an activity", "id", "kind", "unit", "by", "on", "at", "county", "village");
    private static readonly FieldSet s_grade = new("a cadre grade", "cadre", "year", "grade");

    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = CaseReader.MaxDepth,
    };

    private static readonly DivisionCode s_dummyCounty = DivisionCode.Parse("999999");
    private static readonly VillageCode s_dummyVillage = VillageCode.Parse("999999999999");
    private static readonly LocalDate s_dummyDate = new(1, 1, 1);

    private readonly IReadOnlyDictionary<string, PolicyEdition> _editions;
    private readonly ProblemLog _log = new();
    private readonly List<(AssistanceUnit Unit, string Path)> _units = [];
    private readonly List<(County County, string Path)> _counties = [];
    private readonly List<(Village Village, string Path)> _villages = [];
    private readonly List<(CountyPairing Pairing, string Path)> _pairings = [];
    private readonly List<(StationedCadre Cadre, string Path)> _cadres = [];
    private PolicyEdition? _edition;
    private int? _year;
    private LocalDate? _asOf;

    internal CaseParser(IReadOnlyDictionary<string, PolicyEdition> editions) => _editions = editions;

    internal CaseReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        ReadOnlySpan<byte> span = utf8Json.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
            span = utf8Json.Span;
        }
        int invalid = FirstInvalidUtf8(span);
        if (invalid >= 0)
        {
            (int line, int position) = LineAndPosition(span, invalid);
            return Fail(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {line}, position {position}: the bytes are not valid UTF-8"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, s_documentOptions);
        }
        catch (JsonException e)
        {
            if (DepthExceededAt(utf8Json.Span) is { } deep)
            {
                (int deepLine, int deepPosition) = LineAndPosition(utf8Json.Span, deep);
                return CaseReadResult.Failure([new Problem(JsonPaths.Root, JsonProblemCodes.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"the document nests arrays and objects deeper than this reader's limit of {CaseReader.MaxDepth} levels, at line {deepLine}, position {deepPosition}"))]);
            }
            string reason = e.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
            return Fail(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {reason}"));
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

    private static CaseReadResult Fail(string message) =>
        CaseReadResult.Failure([new Problem(JsonPaths.Root, JsonProblemCodes.InvalidJson, message)]);

    /// <summary>
    /// Reads the document's members up to the roster; null when nothing more can be read (not an object, another format).
    /// </summary>
    private RecordFields? ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _log.Record(JsonPaths.Root, ProblemCodes.InvalidValue,
                $"a {JsonFormats.Case} document is a JSON object, found {RecordFields.Describe(root.ValueKind)}");
            return null;
        }
        JsonElement format = default;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            string name = SafeName(property);
            _log.NoteMember(name);
            if (name == "format" && format.ValueKind == JsonValueKind.Undefined)
            {
                format = property.Value;
            }
        }
        if (format.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)
            && !(format.ValueKind == JsonValueKind.String && RecordFields.TryGetString(format, out string? formatText)
                && formatText == JsonFormats.Case))
        {
            string found = format.ValueKind == JsonValueKind.String && RecordFields.TryGetString(format, out string? text)
                ? $"'{text}'"
                : RecordFields.Describe(format.ValueKind);
            _log.Field("$.format", JsonProblemCodes.UnsupportedFormat, $"the format is {found}; this library reads {JsonFormats.Case}");
            return null;
        }

        var fields = new RecordFields(_log, root, JsonPaths.Root, s_root);
        fields.String(0, true, out _);
        if (fields.String(1, true, out string? policy) && policy is not null)
        {
            if (_editions.TryGetValue(policy, out PolicyEdition? edition))
            {
                _edition = edition;
            }
            else
            {
                fields.Invalid(1, JsonProblemCodes.UnknownPolicy, $"no policy edition '{policy}'; known: {string.Join(", ", SortedKeys())}");
            }
        }
        fields.Int(2, true, 1, 9998, out _year);
        if (fields.Date(3, false, out _asOf) && _asOf is { } asOf && _year is { } year && asOf.Year != year)
        {
            fields.Invalid(3, JsonProblemCodes.DateOrder, string.Create(CultureInfo.InvariantCulture, $"asOf {Iso(asOf)} is not in the year {year}"));
        }

        ForEachRecord(fields, 4, ReadUnit);
        ForEachRecord(fields, 5, ReadCounty);
        ForEachRecord(fields, 6, ReadVillage);
        ForEachRecord(fields, 7, ReadPairing);
        ForEachRecord(fields, 8, ReadCadre);
        return fields;
    }

    private static int CountOf(RecordFields parent, int field) =>
        parent.Has(field) && parent[field].ValueKind == JsonValueKind.Array ? parent[field].GetArrayLength() : 0;

    private List<string> SortedKeys()
    {
        var keys = new List<string>(_editions.Keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private void ForEachRecord(RecordFields parent, int field, Action<RecordFields, int> read)
    {
        if (!parent.Array(field, false, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        string arrayPath = parent.FieldPath(field);
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string path = JsonPaths.Index(arrayPath, index);
            if (element.ValueKind == JsonValueKind.Object)
            {
                read(new RecordFields(_log, element, path, FieldsOf(field)), index);
            }
            else
            {
                _log.Field(path, ProblemCodes.InvalidValue, $"expected an object, found {RecordFields.Describe(element.ValueKind)}");
            }
            index++;
        }
    }

    private static FieldSet FieldsOf(int rootField) => rootField switch
    {
        4 => s_unit,
        5 => s_county,
        6 => s_village,
        7 => s_pairing,
        8 => s_cadre,
        9 => s_activity,
        _ => s_grade,
    };

    private void ReadUnit(RecordFields r, int index)
    {
        r.Id(0, true, out string? id);
        r.String(1, true, out string? name);
        r.Enum(2, true, out UnitKind? kind);
        FourInOneMechanism mechanism = FourInOneMechanism.None;
        if (r.Object(3, true, out JsonElement m) && m.ValueKind == JsonValueKind.Object)
        {
            var mf = new RecordFields(_log, m, r.FieldPath(3), s_mechanism);
            mf.Bool(0, true, out bool? leadershipTeam);
            mf.String(1, false, out string? office);
            mf.Bool(2, true, out bool? allStaff);
            mechanism = new FourInOneMechanism(leadershipTeam ?? false, office, allStaff ?? false);
        }
        var leaders = new List<Leader>();
        if (r.Array(4, false, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            string leadersPath = r.FieldPath(4);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            int l = 0;
            foreach (JsonElement element in array.EnumerateArray())
            {
                leaders.Add(ReadLeader(element, JsonPaths.Index(leadersPath, l), l, leadersPath, seen));
                l++;
            }
        }
        _units.Add((new AssistanceUnit(new UnitId(id ?? Dummy(r.Path)), name ?? string.Empty,
            kind ?? UnitKind.ProvincialDepartment, mechanism, leaders), r.Path));
    }

    private Leader ReadLeader(JsonElement element, string path, int index, string leadersPath, Dictionary<string, int> seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _log.Field(path, ProblemCodes.InvalidValue, $"expected an object, found {RecordFields.Describe(element.ValueKind)}");
            return new Leader(new LeaderId(Dummy(path)), string.Empty, LeaderPost.OtherLeader, DateRange.From(s_dummyDate));
        }
        var r = new RecordFields(_log, element, path, s_leader);
        r.Id(0, true, out string? id);
        r.String(1, true, out string? name);
        r.Enum(2, true, out LeaderPost? role);
        DateRange? tenure = ReadRange(r, 3, 4);
        if (id is not null && !seen.TryAdd(id, index))
        {
            r.Invalid(0, ProblemCodes.DuplicateId, $"leader '{id}' is already used by {JsonPaths.Index(leadersPath, seen[id])}");
            id = null;
        }
        return new Leader(new LeaderId(id ?? Dummy(path)), name ?? string.Empty, role ?? LeaderPost.OtherLeader,
            tenure ?? DateRange.From(s_dummyDate));
    }

    private void ReadCounty(RecordFields r, int index)
    {
        r.County(0, true, out DivisionCode? code);
        r.String(1, true, out string? name);
        r.Enum(2, true, out Region? region);
        r.Int(3, true, 1, 9999, out int? planned);
        r.Int(4, false, 1, 9999, out int? delisted);
        if (code is { } c)
        {
            _counties.Add((new County(c, name ?? string.Empty, region ?? Region.Other, planned ?? 1, delisted), r.Path));
        }
    }

    private void ReadVillage(RecordFields r, int index)
    {
        r.Village(0, true, out VillageCode? code);
        r.County(1, true, out DivisionCode? county);
        r.String(2, true, out string? name);
        r.Int(3, true, 1, 9999, out int? planned);
        r.Int(4, false, 1, 9999, out int? exited);
        if (code is { } v && county is { } c && !v.IsIn(c))
        {
            r.Invalid(1, ProblemCodes.InvalidValue,
                $"village {v} does not lie in county {c}: the first 6 digits of a village code are its county's code");
            county = null;
        }
        if (code is { } village)
        {
            _villages.Add((new Village(village, county ?? village.County, name ?? string.Empty, planned ?? 1, exited), r.Path));
        }
    }

    private void ReadPairing(RecordFields r, int index)
    {
        r.County(0, true, out DivisionCode? county);
        r.Id(1, true, out string? lead);
        var participants = new List<UnitId>();
        if (r.Array(2, false, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            string participantsPath = r.FieldPath(2);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            int p = 0;
            foreach (JsonElement element in array.EnumerateArray())
            {
                string path = JsonPaths.Index(participantsPath, p);
                string? id = null;
                if (element.ValueKind != JsonValueKind.String)
                {
                    _log.Field(path, ProblemCodes.InvalidValue, $"expected a unit identifier, found {RecordFields.Describe(element.ValueKind)}");
                }
                else if (!RecordFields.TryGetString(element, out id) || !UnitId.IsValid(id))
                {
                    _log.Field(path, ProblemCodes.InvalidValue,
                        $"'{id}' is not an identifier: it must be non-empty, without leading or trailing white space or control characters");
                    id = null;
                }
                else if (!seen.TryAdd(id!, p))
                {
                    _log.Field(path, ProblemCodes.DuplicateId, $"unit '{id}' is already a participant at {JsonPaths.Index(participantsPath, seen[id!])}");
                    id = null;
                }
                participants.Add(new UnitId(id ?? Dummy(path)));
                p++;
            }
        }
        DateRange? validity = ReadRange(r, 3, 4);
        _pairings.Add((new CountyPairing(county ?? s_dummyCounty, new UnitId(lead ?? Dummy(r.FieldPath(1))), participants,
            validity ?? DateRange.From(s_dummyDate)), r.Path));
    }

    private void ReadCadre(RecordFields r, int index)
    {
        r.Id(0, true, out string? id);
        r.String(1, true, out string? name);
        r.Id(2, true, out string? unit);
        r.Village(3, true, out VillageCode? village);
        r.Enum(4, true, out CadrePost? post);
        DateRange? posting = ReadRange(r, 5, 6);
        _cadres.Add((new StationedCadre(new CadreId(id ?? Dummy(r.Path)), name ?? string.Empty, new UnitId(unit ?? Dummy(r.FieldPath(2))),
            village ?? s_dummyVillage, post ?? CadrePost.TeamMember, posting ?? DateRange.From(s_dummyDate)), r.Path));
    }

    private void ReadActivity(RecordFields r, ActivityLedgerBuilder? ledger, HashSet<DivisionCode> syntheticCounties)
    {
        r.Id(0, true, out string? id);
        bool kindOk = r.Enum(1, true, out ActivityKind? kind);
        r.Id(2, true, out string? unit);
        r.Id(3, false, out string? by);
        r.Date(4, false, out LocalDate? on);
        r.Instant(5, out Instant? at);
        bool countyOk = r.County(6, false, out DivisionCode? county);
        r.Village(7, false, out VillageCode? village);

        if (r.Has(4) && r.Has(5))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "an activity gives 'on' (a date) or 'at' (an instant), not both");
        }
        else if (!r.Has(4) && !r.Has(5))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "an activity needs 'on' (a date) or 'at' (an instant)");
        }
        if (!kindOk)
        {
            // Whether by and county are required depends on the kind, which is not known.
            _log.Suppress(r.FieldPath(3), ProblemCodes.MissingField);
            _log.Suppress(r.FieldPath(6), ProblemCodes.MissingField);
        }
        if (!countyOk)
        {
            // Whether the village lies in the activity's county cannot be told.
            _log.Suppress(r.FieldPath(7), ProblemCodes.InvalidValue);
        }
        ActivityTime time = on is { } date ? ActivityTime.On(date)
            : at is { } instant ? ActivityTime.At(instant)
            : ActivityTime.On(s_dummyDate);
        if (ledger is null)
        {
            return;
        }
        ledger.Add(new Activity(new ActivityId(id ?? Dummy(r.Path)), kind ?? ActivityKind.SupervisionVisit,
            new UnitId(unit ?? Dummy(r.FieldPath(2))), by is null ? null : new LeaderId(by), time, county, village), r.Path);
        if (county is { } c && syntheticCounties.Contains(c))
        {
            // The repaired roster made this county up for a village of the case; the case itself has no such county.
            _log.AddFromBuilder([new Problem(r.FieldPath(6), ProblemCodes.UnknownReference, $"no county '{c}' in the roster")]);
        }
    }

    private void ReadGrade(RecordFields r, GradeBookBuilder? grades)
    {
        r.Id(0, true, out string? cadre);
        if (!r.Int(1, true, 1, 9999, out int? year))
        {
            // A grade of an unreadable year cannot be told a duplicate.
            _log.Suppress(r.FieldPath(0), ProblemCodes.DuplicateId);
        }
        r.Enum(2, true, out CadreGrade? grade);
        grades?.Add(new AnnualGrade(new CadreId(cadre ?? Dummy(r.Path)), year ?? 1, grade ?? CadreGrade.Excellent), r.Path);
    }

    /// <summary>Reads a from/to pair: <c>from</c> required, <c>to</c> optional (null is open-ended), not before from.</summary>
    private static DateRange? ReadRange(RecordFields r, int from, int to)
    {
        bool fromOk = r.Date(from, true, out LocalDate? start);
        bool toOk = r.Date(to, false, out LocalDate? end);
        if (!fromOk || !toOk || start is not { } s)
        {
            return null;
        }
        if (end is { } e && e < s)
        {
            r.Invalid(to, JsonProblemCodes.DateOrder, $"'to' {Iso(e)} is before 'from' {Iso(s)}");
            return null;
        }
        return new DateRange(s, end);
    }

    /// <summary>
    /// Builds the roster, then reads the activities and grades straight into their builders (so that a ledger of millions
    /// of activities is never held twice), and assembles the case when nothing is wrong.
    /// </summary>
    private PairingCase? Build(RecordFields root)
    {
        var builder = new RosterBuilder();
        foreach ((AssistanceUnit unit, string path) in _units)
        {
            builder.AddUnit(unit, path);
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

        ActivityLedgerBuilder? ledgerBuilder = ledgerRoster is null ? null : new ActivityLedgerBuilder(ledgerRoster, CountOf(root, 9));
        ForEachRecord(root, 9, (r, _) => ReadActivity(r, ledgerBuilder, syntheticCounties));
        BuildResult<ActivityLedger>? ledger = ledgerBuilder?.Build();
        _log.AddFromBuilder(ledger?.Problems ?? []);

        GradeBookBuilder? gradeBuilder = gradeRoster is null ? null : new GradeBookBuilder(gradeRoster, _edition?.GradeScale ?? GradeScale.FourGrade);
        ForEachRecord(root, 10, (r, _) => ReadGrade(r, gradeBuilder));
        BuildResult<GradeBook>? grades = gradeBuilder?.Build();
        _log.AddFromBuilder(grades?.Problems ?? []);

        if (_log.Count > 0 || _edition is null || _year is not { } year || ledger is not { Success: true } || grades is not { Success: true })
        {
            return null;
        }
        try
        {
            return new PairingCase(_edition, year, _asOf, ledger.Value, grades.Value);
        }
        catch (ArgumentException e)
        {
            _log.Record(JsonPaths.Root, ProblemCodes.InvalidValue, e.Message);
            return null;
        }
    }

    /// <summary>
    /// A roster from the same records with every duplicate dropped and every dangling reference made to resolve, so that
    /// activities and grades can still be checked when the roster has problems. Counties made up for villages are
    /// collected in <paramref name="synthetic"/>: an activity naming one is still an unknown reference.
    /// </summary>
    private Roster? Repaired(bool withCadres, HashSet<DivisionCode> synthetic)
    {
        var builder = new RosterBuilder();
        var units = new HashSet<UnitId>();
        var leaders = new HashSet<LeaderId>();
        var counties = new HashSet<DivisionCode>();
        var villages = new HashSet<VillageCode>();
        foreach ((AssistanceUnit unit, _) in _units)
        {
            if (units.Add(unit.Id))
            {
                var kept = new List<Leader>();
                foreach (Leader leader in unit.Leaders)
                {
                    if (leaders.Add(leader.Id))
                    {
                        kept.Add(leader);
                    }
                }
                builder.AddUnit(new AssistanceUnit(unit.Id, unit.Name, unit.Kind, unit.Mechanism, kept));
            }
        }
        foreach ((County county, _) in _counties)
        {
            if (counties.Add(county.Code))
            {
                builder.AddCounty(county);
            }
        }
        void AddVillage(Village village)
        {
            if (villages.Add(village.Code))
            {
                if (counties.Add(village.County))
                {
                    synthetic.Add(village.County);
                    builder.AddCounty(new County(village.County, string.Empty, Region.Other, 1, null));
                }
                builder.AddVillage(village);
            }
        }
        foreach ((Village village, _) in _villages)
        {
            AddVillage(village);
        }
        if (withCadres)
        {
            var cadres = new HashSet<CadreId>();
            foreach ((StationedCadre cadre, _) in _cadres)
            {
                if (!cadres.Add(cadre.Id))
                {
                    continue;
                }
                if (units.Add(cadre.Unit))
                {
                    builder.AddUnit(new AssistanceUnit(cadre.Unit, string.Empty, UnitKind.ProvincialDepartment, FourInOneMechanism.None, []));
                }
                AddVillage(new Village(cadre.Village, cadre.Village.County, string.Empty, 1, null));
                builder.AddCadre(cadre);
            }
        }
        BuildResult<Roster> result = builder.Build();
        return result.Success ? result.Value : null;
    }

    private static string Dummy(string path) => DummyPrefix + path;

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string SafeName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    /// <summary>
    /// After the document failed to parse: the offset of the first array or object that opens past the depth limit, when
    /// that is what failed (the text up to it is well-formed); otherwise null.
    /// </summary>
    private static int? DepthExceededAt(ReadOnlySpan<byte> span)
    {
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = CaseReader.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CaseReader.MaxDepth)
                {
                    return (int)reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before the limit is reached: the parse error stands.
        }
        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return -1;
        }
        int offset = 0;
        while (offset < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }

    private static (int Line, int Position) LineAndPosition(ReadOnlySpan<byte> span, int offset)
    {
        ReadOnlySpan<byte> before = span[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lastBreak = before.LastIndexOf((byte)'\n');
        return (line, offset - lastBreak);
    }
}
