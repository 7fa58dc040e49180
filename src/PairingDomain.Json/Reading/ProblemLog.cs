using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Collects the problems of one case: those the reader finds field by field, and those the core builders find across
/// records, less the cascades of problems already reported.
/// </summary>
internal sealed class ProblemLog
{
    private readonly List<Problem> _problems = [];
    private readonly HashSet<string> _badPaths = new(StringComparer.Ordinal);
    private readonly HashSet<(string Path, string Code)> _suppressed = [];
    private readonly Dictionary<string, int> _memberOrder = new(StringComparer.Ordinal);

    internal int Count => _problems.Count;

    /// <summary>Records the position of a top-level member, so problems sort in document order.</summary>
    internal void NoteMember(string name) => _memberOrder.TryAdd(name, _memberOrder.Count);

    /// <summary>Reports a problem of a field; builders' problems at or under its path are then left out.</summary>
    internal void Field(string path, string code, string message)
    {
        _problems.Add(new Problem(path, code, message));
        _badPaths.Add(path);
    }

    /// <summary>Reports a problem of a whole record, which does not hide builders' problems of its fields.</summary>
    internal void Record(string path, string code, string message) => _problems.Add(new Problem(path, code, message));

    /// <summary>Leaves out a builder's problem with this path and code: it would only repeat a reported one.</summary>
    internal void Suppress(string path, string code) => _suppressed.Add((path, code));

    internal bool IsBad(string path) => _badPaths.Contains(path);

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

    private bool IsCascade(Problem problem)
    {
        if (_suppressed.Contains((problem.Path, problem.Code)))
        {
            return true;
        }
        string path = problem.Path;
        if (_badPaths.Contains(path))
        {
            return true;
        }
        for (int i = path.Length - 1; i > 1; i--)
        {
            if ((path[i] == '.' || path[i] == '[') && _badPaths.Contains(path[..i]))
            {
                return true;
            }
        }
        return false;
    }
}
