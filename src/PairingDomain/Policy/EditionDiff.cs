using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>
/// What changed from one policy edition to another: rules added, removed and changed parameter by parameter, the
/// interpretations adopted or set aside, and the grade scale.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed partial class EditionDiff
{
    private EditionDiff(PolicyEdition from, PolicyEdition to, ImmutableArray<RuleId> added, ImmutableArray<RuleId> removed,
        ImmutableArray<RuleChange> changed, ImmutableArray<ParameterChange> interpretations, ParameterChange? gradeScale,
        ParameterChange? years)
    {
        From = from;
        To = to;
        Added = added;
        Removed = removed;
        Changed = changed;
        Interpretations = interpretations;
        GradeScale = gradeScale;
        Years = years;
    }

    /// <summary>The first edition.</summary>
    public PolicyEdition From { get; }

    /// <summary>The second edition.</summary>
    public PolicyEdition To { get; }

    /// <summary>Rules in the second edition only, in its catalogue order.</summary>
    public ImmutableArray<RuleId> Added { get; }

    /// <summary>Rules in the first edition only, in its catalogue order.</summary>
    public ImmutableArray<RuleId> Removed { get; }

    /// <summary>Rules in both with different parameters, in the first edition's order.</summary>
    public ImmutableArray<RuleChange> Changed { get; }

    /// <summary>Interpretations added, removed, adopted or set aside; values are <c>adopted</c> or <c>set-aside</c>.</summary>
    public ImmutableArray<ParameterChange> Interpretations { get; }

    /// <summary>The change of grade scale, or null when both use the same.</summary>
    public ParameterChange? GradeScale { get; }

    /// <summary>
    /// The change of the years the editions apply to (<see cref="PolicyEdition.FirstYear"/> to
    /// <see cref="PolicyEdition.LastYear"/>, written <c>2019-2021</c>), or null when both apply to the same years.
    /// The years are the editions' identity, as their ids are, not a rule stated differently: a change of years alone
    /// leaves <see cref="IsEmpty"/> true.
    /// </summary>
    public ParameterChange? Years { get; }

    /// <summary>Whether the two editions state the same rules the same way.</summary>
    public bool IsEmpty => Added.IsEmpty && Removed.IsEmpty && Changed.IsEmpty && Interpretations.IsEmpty && GradeScale is null
        && ScoringTable.IsEmpty;

    /// <summary>Compares two editions.</summary>
    /// <param name="from">The first edition.</param>
    /// <param name="to">The second edition.</param>
    public static EditionDiff Compare(PolicyEdition from, PolicyEdition to)
    {
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        var added = to.Rules.Where(r => from.FindRule(r.Id) is null).Select(r => r.Id).ToImmutableArray();
        var removed = from.Rules.Where(r => to.FindRule(r.Id) is null).Select(r => r.Id).ToImmutableArray();
        var changed = ImmutableArray.CreateBuilder<RuleChange>();
        foreach (PolicyRule before in from.Rules)
        {
            if (to.FindRule(before.Id) is not { } after || before.SameAs(after))
            {
                continue;
            }
            Dictionary<string, string> a = Describe(before), b = Describe(after);
            var changes = a.Keys.Concat(b.Keys).Distinct()
                .Where(k => !(a.TryGetValue(k, out string? x) && b.TryGetValue(k, out string? y) && x == y))
                .Select(k => new ParameterChange(k, a.GetValueOrDefault(k), b.GetValueOrDefault(k)))
                .ToImmutableArray();
            changed.Add(new RuleChange(before.Id, changes));
        }
        var interpretations = from.Interpretations.Select(i => i.Id).Concat(to.Interpretations.Select(i => i.Id)).Distinct()
            .Select(id => new ParameterChange(id.Value, Reading(from, id), Reading(to, id)))
            .Where(c => c.Before != c.After)
            .ToImmutableArray();
        ParameterChange? scale = from.GradeScale.Equals(to.GradeScale)
            ? null
            : new ParameterChange("grade-scale", from.GradeScale.Name, to.GradeScale.Name);
        ParameterChange? years = from.FirstYear == to.FirstYear && from.LastYear == to.LastYear
            ? null
            : new ParameterChange("years", YearsOf(from), YearsOf(to));
        return new EditionDiff(from, to, added, removed, changed.ToImmutable(), interpretations, scale, years);
    }

    private static string YearsOf(PolicyEdition edition) =>
        string.Create(CultureInfo.InvariantCulture, $"{edition.FirstYear}-{edition.LastYear}");

    private static string? Reading(PolicyEdition edition, InterpretationId id) =>
        edition.Interpretations.FirstOrDefault(i => i.Id == id) is { } i ? (i.IsAdopted ? "adopted" : "set-aside") : null;

    private static Dictionary<string, string> Describe(PolicyRule rule)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The texts as stated, placeholders and all: a text that follows its parameters (PolicyRule) is not a change of
            // its own when only a figure moves, so raising a minimum lists the minimum alone.
            ["text-zh"] = rule.ChineseTextTemplate,
            ["text-en"] = rule.EnglishTextTemplate,
            ["source"] = rule.Source,
            ["enabled"] = rule.IsEnabled ? "true" : "false",
            ["evaluated"] = rule.IsEvaluated ? "true" : "false",
        };
        foreach (RuleParameter p in rule.Parameters)
        {
            map[p.Name] = p.Value;
            if (p.Source is not null)
            {
                map[p.Name + ".source"] = p.Source;
            }
        }
        return map;
    }
}
