using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The records, field by field: each reader reports its fields' problems and keeps the record (with placeholders for
/// bad values) for the builders.
/// </summary>
internal sealed partial class CaseParser
{
    /// <summary>
    /// Reads the document's members up to the roster; null when nothing more can be read (not an object, another format).
    /// </summary>
    private RecordFields? ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _log.Record(JsonPaths.Root, ProblemCodes.InvalidValue,
                $"a {JsonFormats.Case} document is a JSON object, found {RecordFields.Describe(root.ValueKind)}",
                $"{JsonFormats.Case} 文档应为 JSON 对象，实为{RecordFields.DescribeInChinese(root.ValueKind)}");
            return null;
        }
        JsonElement format = default;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            string name = SafeName(property);
            _log.NoteMember(name);
            if (name == CaseFields.Format.Name && format.ValueKind == JsonValueKind.Undefined)
            {
                format = property.Value;
            }
        }
        string? formatText = null;
        bool named = format.ValueKind == JsonValueKind.String && RecordFields.TryGetString(format, out formatText);
        _version2 = named && formatText == JsonFormats.CaseVersion2;
        if (format.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null) && !(named && formatText == JsonFormats.Case) && !_version2)
        {
            string found = named ? $"'{formatText}'" : RecordFields.Describe(format.ValueKind);
            string foundZh = named ? $"“{formatText}”" : RecordFields.DescribeInChinese(format.ValueKind);
            _log.Field(JsonPaths.Member(JsonPaths.Root, CaseFields.Format.Name), JsonProblemCodes.UnsupportedFormat,
                $"the format is {found}; this library reads {JsonFormats.Case} and {JsonFormats.CaseVersion2}",
                $"格式为{foundZh}；本库读取 {JsonFormats.Case} 和 {JsonFormats.CaseVersion2}");
            return null;
        }

        var fields = _version2
            ? new RecordFields(_log, root, JsonPaths.Root, CaseFields.Set, $"a {JsonFormats.CaseVersion2} document", $"{JsonFormats.CaseVersion2} 文档")
            : new RecordFields(_log, root, JsonPaths.Root, CaseFields.Set, known: CaseFields.Version1Count);
        fields.String(CaseFields.Format, true, out _);
        if (fields.String(CaseFields.Policy, true, out string? policy) && policy is not null)
        {
            if (_editions.TryGetValue(policy, out PolicyEdition? edition))
            {
                _edition = edition;
            }
            else
            {
                fields.Invalid(CaseFields.Policy, JsonProblemCodes.UnknownPolicy,
                    $"no policy edition '{policy}'; known: {string.Join(", ", SortedKeys())}",
                    $"没有政策版本“{policy}”；已知版本：{string.Join(", ", SortedKeys())}");
            }
        }
        fields.Int(CaseFields.Year, true, 1, 9998, out _year);
        if (fields.Date(CaseFields.AsOf, false, out _asOf) && _asOf is { } asOf && _year is { } year && asOf.Year != year)
        {
            fields.Invalid(CaseFields.AsOf, JsonProblemCodes.DateOrder,
                string.Create(CultureInfo.InvariantCulture, $"asOf {IsoDate.Format(asOf)} is not in the year {year}"),
                string.Create(CultureInfo.InvariantCulture, $"asOf {IsoDate.Format(asOf)} 不在 {year} 年内"));
        }

        StartBuilder(activityCapacity: CountOf(fields, CaseFields.Activities), outcomeCapacity: _version2 ? CountOf(fields, CaseFields.Outcomes) : 0);
        return fields;
    }

    /// <summary>
    /// Starts the case's builder once the document's edition, year and asOf are read; the capacities are hints (the
    /// lengths of the arrays when the whole document is at hand, 0 when it is read as it streams).
    /// </summary>
    private void StartBuilder(int activityCapacity, int outcomeCapacity) =>
        _builder = new PairingCaseBuilder(_edition, _year, _asOf, JsonPaths.Root, _version2, activityCapacity: activityCapacity,
            outcomeCapacity: outcomeCapacity);

    private static int CountOf(RecordFields parent, Field field) =>
        parent.Has(field) && parent[field].ValueKind == JsonValueKind.Array ? parent[field].GetArrayLength() : 0;

    private List<string> SortedKeys()
    {
        var keys = new List<string>(_editions.Keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Reads each element of the array <paramref name="field"/> as a record of the kind <paramref name="fields"/>.</summary>
    /// <param name="parent">The record holding the array.</param>
    /// <param name="field">The array's field.</param>
    /// <param name="fields">The kind of its records.</param>
    /// <param name="read">Reads one record.</param>
    /// <param name="known">How many of the kind's fields, from the first, a record may carry (see <see cref="RecordFields"/>); null for all.</param>
    private void ForEachRecord(RecordFields parent, Field field, FieldSet fields, Action<RecordFields> read,
        int? known = null)
    {
        if (!parent.Array(field, false, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        string arrayPath = parent.FieldPath(field);
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            ReadElement(element, JsonPaths.Index(arrayPath, index), fields, read, known);
            index++;
        }
    }

    /// <summary>Reads one element of an array of records: an object as a record of the kind <paramref name="fields"/>.</summary>
    private void ReadElement(JsonElement element, string path, FieldSet fields, Action<RecordFields> read, int? known)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            read(new RecordFields(_log, element, path, fields, known: known));
        }
        else
        {
            _log.Field(path, ProblemCodes.InvalidValue, $"expected an object, found {RecordFields.Describe(element.ValueKind)}",
                $"应为对象，实为{RecordFields.DescribeInChinese(element.ValueKind)}");
        }
    }

    private void ReadUnit(RecordFields r)
    {
        r.Id(UnitFields.Id, true, out string? id);
        r.String(UnitFields.Name, true, out string? name);
        r.Enum(UnitFields.Kind, true, out UnitKind? kind);
        FourInOneMechanism mechanism = FourInOneMechanism.None;
        if (r.Object(UnitFields.Mechanism, true, out JsonElement m) && m.ValueKind == JsonValueKind.Object)
        {
            var mf = new RecordFields(_log, m, r.FieldPath(UnitFields.Mechanism), MechanismFields.Set);
            mf.Bool(MechanismFields.LeadershipTeam, true, out bool? leadershipTeam);
            mf.String(MechanismFields.UndertakingOffice, false, out string? office);
            mf.Bool(MechanismFields.AllStaff, true, out bool? allStaff);
            mechanism = new FourInOneMechanism(leadershipTeam ?? false, office, allStaff ?? false);
        }
        var leaders = new List<Leader>();
        var leaderPaths = new List<string>();
        if (r.Array(UnitFields.Leaders, false, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            string leadersPath = r.FieldPath(UnitFields.Leaders);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            int l = 0;
            foreach (JsonElement element in array.EnumerateArray())
            {
                string path = JsonPaths.Index(leadersPath, l);
                leaders.Add(ReadLeader(element, path, l, leadersPath, seen));
                leaderPaths.Add(path);
                l++;
            }
        }
        NoteLeaders(leaders);
        Builder.AddUnit(new AssistanceUnit(new UnitId(id ?? Dummy(r.Path)), name ?? string.Empty,
            kind ?? UnitKind.ProvincialDepartment, mechanism, leaders), r.Path, leaderPaths);
        _unitCount++;
    }

    private Leader ReadLeader(JsonElement element, string path, int index, string leadersPath, Dictionary<string, int> seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _log.Field(path, ProblemCodes.InvalidValue, $"expected an object, found {RecordFields.Describe(element.ValueKind)}",
                $"应为对象，实为{RecordFields.DescribeInChinese(element.ValueKind)}");
            return new Leader(new LeaderId(Dummy(path)), string.Empty, LeaderPost.OtherLeader, DateRange.From(s_dummyDate));
        }
        var r = new RecordFields(_log, element, path, LeaderFields.Set);
        r.Id(LeaderFields.Id, true, out string? id);
        r.String(LeaderFields.Name, true, out string? name);
        r.Enum(LeaderFields.Role, true, out LeaderPost? role);
        DateRange? tenure = ReadRange(r, LeaderFields.From, LeaderFields.To);
        if (id is not null && !seen.TryAdd(id, index))
        {
            r.Invalid(LeaderFields.Id, ProblemCodes.DuplicateId, $"leader '{id}' is already used by {JsonPaths.Index(leadersPath, seen[id])}",
                $"领导“{id}”已被 {JsonPaths.Index(leadersPath, seen[id])} 使用");
            id = null;
        }
        return new Leader(new LeaderId(id ?? Dummy(path)), name ?? string.Empty, role ?? LeaderPost.OtherLeader,
            tenure ?? DateRange.From(s_dummyDate));
    }

    private void ReadCounty(RecordFields r)
    {
        if (!r.County(CountyFields.Code, true, out DivisionCode? code))
        {
            NoteUnreadableCountyCode(r);
        }
        r.String(CountyFields.Name, true, out string? name);
        r.Enum(CountyFields.Region, true, out Region? region);
        r.Int(CountyFields.PlannedDelistingYear, true, 1, 9999, out int? planned);
        r.Int(CountyFields.DelistedYear, false, 1, 9999, out int? delisted);
        if (code is { } c)
        {
            Builder.AddCounty(new County(c, name ?? string.Empty, region ?? Region.Other, planned ?? 1, delisted), r.Path);
        }
    }

    private void ReadVillage(RecordFields r)
    {
        r.Village(VillageFields.Code, true, out VillageCode? code);
        r.County(VillageFields.County, true, out DivisionCode? county);
        r.String(VillageFields.Name, true, out string? name);
        r.Int(VillageFields.PlannedExitYear, true, 1, 9999, out int? planned);
        r.Int(VillageFields.ExitedYear, false, 1, 9999, out int? exited);
        SuppressIfUnreadableCounty(r, county);
        if (code is { } v && county is { } c && !v.IsIn(c))
        {
            r.Invalid(VillageFields.County, ProblemCodes.InvalidValue,
                $"village {v} does not lie in county {c}: the first 6 digits of a village code are its county's code",
                $"村 {v} 不在县 {c} 内：村代码的前 6 位即其所在县的代码");
            county = null;
        }
        if (code is { } village)
        {
            Builder.AddVillage(new Village(village, county ?? village.County, name ?? string.Empty, planned ?? 1, exited), r.Path);
        }
    }

    private void ReadPairing(RecordFields r)
    {
        r.County(PairingFields.County, true, out DivisionCode? county);
        r.Id(PairingFields.Lead, true, out string? lead);
        SuppressIfUnreadableCounty(r, county);
        var participants = new List<UnitId>();
        if (r.Array(PairingFields.Participants, false, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            string participantsPath = r.FieldPath(PairingFields.Participants);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            int p = 0;
            foreach (JsonElement element in array.EnumerateArray())
            {
                string path = JsonPaths.Index(participantsPath, p);
                string? id = null;
                if (element.ValueKind != JsonValueKind.String)
                {
                    _log.Field(path, ProblemCodes.InvalidValue, $"expected a unit identifier, found {RecordFields.Describe(element.ValueKind)}",
                        $"应为单位标识符，实为{RecordFields.DescribeInChinese(element.ValueKind)}");
                }
                else if (!RecordFields.TryGetString(element, out id) || !UnitId.IsValid(id))
                {
                    _log.Field(path, ProblemCodes.InvalidValue,
                        $"'{id}' is not an identifier: it must be non-empty, without leading or trailing white space or control characters",
                        $"“{id}”不是有效的标识符：标识符不能为空，首尾不能有空白，也不能含控制字符");
                    id = null;
                }
                else if (!seen.TryAdd(id!, p))
                {
                    _log.Field(path, ProblemCodes.DuplicateId, $"unit '{id}' is already a participant at {JsonPaths.Index(participantsPath, seen[id!])}",
                        $"单位“{id}”已是 {JsonPaths.Index(participantsPath, seen[id!])} 处的参与单位");
                    id = null;
                }
                participants.Add(new UnitId(id ?? Dummy(path)));
                p++;
            }
        }
        DateRange? validity = ReadRange(r, PairingFields.From, PairingFields.To);
        Builder.AddPairing(new CountyPairing(county ?? s_dummyCounty, new UnitId(lead ?? Dummy(r.FieldPath(PairingFields.Lead))), participants,
            validity ?? DateRange.From(s_dummyDate)), r.Path);
    }

    private void ReadCadre(RecordFields r)
    {
        r.Id(CadreFields.Id, true, out string? id);
        r.String(CadreFields.Name, true, out string? name);
        r.Id(CadreFields.Unit, true, out string? unit);
        r.Village(CadreFields.Village, true, out VillageCode? village);
        r.Enum(CadreFields.Post, true, out CadrePost? post);
        DateRange? posting = ReadRange(r, CadreFields.From, CadreFields.To);
        Builder.AddCadre(new StationedCadre(new CadreId(id ?? Dummy(r.Path)), name ?? string.Empty,
            new UnitId(unit ?? Dummy(r.FieldPath(CadreFields.Unit))), village ?? s_dummyVillage, post ?? CadrePost.TeamMember,
            posting ?? DateRange.From(s_dummyDate)), r.Path);
    }

    private void ReadActivity(RecordFields r)
    {
        r.Id(ActivityFields.Id, true, out string? id);
        bool kindOk = ReadActivityKind(r, out ActivityKind? kind);
        r.Id(ActivityFields.Unit, true, out string? unit);
        r.Id(ActivityFields.By, false, out string? by);
        r.Date(ActivityFields.On, false, out LocalDate? on);
        r.Instant(ActivityFields.At, out Instant? at);
        bool countyOk = r.County(ActivityFields.County, false, out DivisionCode? county);
        r.Village(ActivityFields.Village, false, out VillageCode? village);

        if (r.Has(ActivityFields.On) && r.Has(ActivityFields.At))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "an activity gives 'on' (a date) or 'at' (an instant), not both",
                "活动只能给出“on”（日期）或“at”（时刻）之一，不能两者都给出");
        }
        else if (!r.Has(ActivityFields.On) && !r.Has(ActivityFields.At))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "an activity needs 'on' (a date) or 'at' (an instant)",
                "活动须给出“on”（日期）或“at”（时刻）");
        }
        if (!kindOk)
        {
            _log.Suppress(Cascade.ActivityKindUnreadable, r);
        }
        if (!countyOk)
        {
            _log.Suppress(Cascade.ActivityCountyUnreadable, r);
        }
        SuppressIfUnreadableCounty(r, county);
        SuppressIfLeaderOfTwoUnits(r, by);
        ActivityTime time = on is { } date ? ActivityTime.On(date)
            : at is { } instant ? ActivityTime.At(instant)
            : ActivityTime.On(s_dummyDate);
        FocusTopicSet topics = _version2 ? ReadTopics(r) : FocusTopicSet.Empty;
        Builder.AddActivity(new Activity(new ActivityId(id ?? Dummy(r.Path)), kind ?? ActivityKind.SupervisionVisit,
            new UnitId(unit ?? Dummy(r.FieldPath(ActivityFields.Unit))), by is null ? null : new LeaderId(by), time, county, village)
        {
            Topics = topics,
        }, r.Path);
    }

    private void ReadGrade(RecordFields r)
    {
        r.Id(GradeFields.Cadre, true, out string? cadre);
        if (!r.Int(GradeFields.Year, true, 1, 9999, out int? year))
        {
            _log.Suppress(Cascade.GradeYearUnreadable, r);
        }
        r.Enum(GradeFields.Grade, true, out CadreGrade? grade);
        Builder.AddGrade(new AnnualGrade(new CadreId(cadre ?? Dummy(r.Path)), year ?? 1, grade ?? CadreGrade.Excellent), r.Path);
    }

    /// <summary>Reads a from/to pair: <c>from</c> required, <c>to</c> optional (null is open-ended), not before from.</summary>
    private static DateRange? ReadRange(RecordFields r, Field from, Field to)
    {
        bool fromOk = r.Date(from, true, out LocalDate? start);
        bool toOk = r.Date(to, false, out LocalDate? end);
        if (!fromOk || !toOk || start is not { } s)
        {
            return null;
        }
        if (end is { } e && e < s)
        {
            r.Invalid(to, JsonProblemCodes.DateOrder, $"'to' {IsoDate.Format(e)} is before 'from' {IsoDate.Format(s)}", $"“to” {IsoDate.Format(e)} 早于“from” {IsoDate.Format(s)}");
            return null;
        }
        return new DateRange(s, end);
    }
}
