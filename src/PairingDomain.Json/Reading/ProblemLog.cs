using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using PairingDomain.Json.Reading.Fields;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Collects the problems of one case: those the reader finds field by field, and those the core builders find across
/// records, less the cascades of problems already reported.
/// </summary>
/// <remarks>
/// <para>
/// The cascade-suppression policy: one bad field, one problem. A record with a bad field still reaches the builders
/// (with a placeholder for the bad value), so its identifier stays known and its duplicates are found; a builder's
/// problem that only repeats what the reader has reported is then left out, as this table says.
/// </para>
/// <list type="table">
/// <listheader>
/// <term>When the reader has reported</term>
/// <description>it leaves out, of the builders' problems (and why)</description>
/// </listheader>
/// <item>
/// <term>a problem of a field (<see cref="Field(string, string, string, string)"/>)</term>
/// <description>every problem at that path or under it: the placeholder the builder judged is not the input's value.
/// A problem of a whole record (<see cref="Record"/>: <c>on-and-at</c>) hides nothing.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.ActivityKindUnreadable"/>: an activity's <c>kind</c></term>
/// <description><c>missing-field</c> at its <c>by</c> and <c>county</c>: whether the kind requires them cannot be
/// told.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.ActivityCountyUnreadable"/>: an activity's <c>county</c></term>
/// <description><c>invalid-value</c> at its <c>village</c>: whether the village lies in the county cannot be
/// told.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.GradeYearUnreadable"/>: a grade's <c>year</c></term>
/// <description><c>duplicate-id</c> at its <c>cadre</c>: a grade of an unknown year cannot be told a
/// duplicate.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.LeaderOfTwoUnits"/>: <c>duplicate-id</c> of a leader used in two units</term>
/// <description><c>unknown-reference</c> at the <c>by</c> of every activity naming that leader: which unit the leader
/// belongs to cannot be told.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.CountyCodeUnreadable"/>: a county whose own <c>code</c> is unreadable</term>
/// <description><c>unknown-reference</c> at the <c>county</c> of every village, county pairing and activity naming
/// that code's raw text: the county exists, only its code was written wrong.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.AttendanceMonthUnreadable"/>: an attendance record's <c>month</c></term>
/// <description><c>duplicate-id</c> at its <c>cadre</c>: a record of an unknown month cannot be told a
/// duplicate.</description>
/// </item>
/// <item>
/// <term><see cref="Cascade.WorkYearUnreadable"/>: a cadre work record's <c>year</c></term>
/// <description><c>duplicate-id</c> at its <c>cadre</c>: a record of an unknown year cannot be told a
/// duplicate.</description>
/// </item>
/// </list>
/// <para>
/// The rows after the first are <see cref="s_policy"/>: the parser tells the log the cause at a record
/// (<see cref="Suppress"/>), and the log leaves out the codes the row names at that record's fields.
/// </para>
/// </remarks>
internal sealed class ProblemLog
{
    /// <summary>The policy, one row per <see cref="Cascade"/> in its order: the code left out, at which fields.</summary>
    private static readonly (Cascade Cause, string Code, Field[] At)[] s_policy =
    [
        (Cascade.ActivityKindUnreadable, ProblemCodes.MissingField, [ActivityFields.By, ActivityFields.County, ActivityFields.Village]),
        (Cascade.ActivityCountyUnreadable, ProblemCodes.InvalidValue, [ActivityFields.Village]),
        (Cascade.GradeYearUnreadable, ProblemCodes.DuplicateId, [GradeFields.Cadre]),
        (Cascade.LeaderOfTwoUnits, ProblemCodes.UnknownReference, [ActivityFields.By]),
        (Cascade.CountyCodeUnreadable, ProblemCodes.UnknownReference, [VillageFields.County, PairingFields.County, ActivityFields.County]),
        (Cascade.AttendanceMonthUnreadable, ProblemCodes.DuplicateId, [AttendanceFields.Cadre]),
        (Cascade.WorkYearUnreadable, ProblemCodes.DuplicateId, [CadreWorkFields.Cadre]),
    ];

    private readonly List<Problem> _problems = [];
    private readonly HashSet<string> _badPaths = new(StringComparer.Ordinal);
    private readonly HashSet<(string Path, string Code)> _suppressed = [];
    private readonly Dictionary<string, int> _memberOrder = new(StringComparer.Ordinal);

    internal int Count => _problems.Count;

    /// <summary>Records the position of a top-level member, so problems sort in document order.</summary>
    internal void NoteMember(string name) => _memberOrder.TryAdd(name, _memberOrder.Count);

    /// <summary>Reports a problem of a field; builders' problems at or under its path are then left out.</summary>
    internal void Field(string path, string code, string message, string chineseMessage)
    {
        _problems.Add(new Problem(path, code, message, chineseMessage));
        _badPaths.Add(path);
    }

    /// <summary>Reports a problem of a whole record, which does not hide builders' problems of its fields.</summary>
    internal void Record(string path, string code, string message, string chineseMessage) =>
        _problems.Add(new Problem(path, code, message, chineseMessage));

    /// <summary>
    /// Leaves out the builders' problems that <paramref name="cause"/> makes at <paramref name="record"/>: its row of
    /// <see cref="s_policy"/>, at the row's fields of the record's kind.
    /// </summary>
    internal void Suppress(Cascade cause, RecordFields record)
    {
        (Cascade row, string code, Field[] at) = s_policy[(int)cause];
        Debug.Assert(row == cause, "s_policy lists the causes in their order");
        bool any = false;
        foreach (Field field in at)
        {
            if (field.Set == record.Fields)
            {
                _suppressed.Add((record.FieldPath(field), code));
                any = true;
            }
        }
        Debug.Assert(any, $"{cause} concerns no field of {record.Fields.What}");
    }

    /// <summary>Adds the problems of a core builder that are not cascades of problems already reported.</summary>
    internal void AddFromBuilder(IEnumerable<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            if (!IsCascade(problem))
            {
                _problems.Add(problem);
            }
        }
    }

    /// <summary>Every problem, sorted by the top-level member and record they concern, stably.</summary>
    internal ImmutableArray<Problem> ToSortedArray() =>
        _problems
            .Select((p, i) => (Problem: p, Order: i, Key: Key(p.Path)))
            .OrderBy(x => x.Key.Member)
            .ThenBy(x => x.Key.Index)
            .ThenBy(x => x.Order)
            .Select(x => x.Problem)
            .ToImmutableArray();

    private (int Member, int Index) Key(string path)
    {
        (string? member, int index) = JsonPaths.Locate(path);
        int order = member is not null && _memberOrder.TryGetValue(member, out int o) ? o : -1;
        return (order, index);
    }

    /// <summary>Whether the problem repeats one reported: the first row of the policy, then the others.</summary>
    private bool IsCascade(Problem problem)
    {
        return Locations.IsAtOrUnderAny(problem.Path, _badPaths) || _suppressed.Contains((problem.Path, problem.Code));
    }
}
