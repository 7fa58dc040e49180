using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Cadres;

namespace PairingDomain.Policy;

/// <summary>
/// A policy edition: the rule catalogue of one programme year, with its grade scale and the interpretations it adopts.
/// </summary>
/// <remarks>
/// An edition is a value passed to the assessment, never a global. It states the years it applies to
/// (<see cref="FirstYear"/> to <see cref="LastYear"/>); the assessment refuses another year unless the caller opts in. The built-in <c>sichuan-2019</c> is
/// <see cref="PolicyEditions.Sichuan2019"/>; other editions are stated with <see cref="PolicyEditionBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed partial class PolicyEdition
{
    private readonly ImmutableDictionary<RuleId, PolicyRule> _byId;

    internal PolicyEdition(string id, int year, string chineseTitle, string englishTitle,
        ImmutableArray<PolicyRule> rules, GradeScale gradeScale, ImmutableArray<Interpretation> interpretations,
        int? firstYear = null, int? lastYear = null)
    {
        Id = id;
        Year = year;
        FirstYear = firstYear ?? year;
        LastYear = lastYear ?? year;
        ChineseTitle = chineseTitle;
        EnglishTitle = englishTitle;
        Rules = rules;
        GradeScale = gradeScale;
        Interpretations = interpretations;
        _byId = rules.ToImmutableDictionary(r => r.Id);
        Duties = rules.OfType<DutyRule>().Where(d => d.IsEnabled && d.IsEvaluated && d.ActivityKind is not null).ToImmutableArray();
    }

    /// <summary>The edition's identifier, as a case's <c>policy</c> names it, for example <c>sichuan-2019</c>.</summary>
    public string Id { get; }

    /// <summary>The programme year the edition was issued for, as its identifier names it.</summary>
    public int Year { get; }

    /// <summary>The first year the edition applies to; <see cref="Year"/> unless the edition states otherwise.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the edition applies to, inclusive; <see cref="Year"/> unless the edition states otherwise.</summary>
    public int LastYear { get; }

    /// <summary>The edition's title in Chinese.</summary>
    public string ChineseTitle { get; }

    /// <summary>The edition's title in English.</summary>
    public string EnglishTitle { get; }

    /// <summary>Every rule of the catalogue, in catalogue order (duties in the order of domain.md §4's table).</summary>
    public ImmutableArray<PolicyRule> Rules { get; }

    /// <summary>
    /// The enabled duties of units and leaders the assessment evaluates from activities, in catalogue order: the order
    /// unit results list them in. The cadres' and the Work Committee's duties, fed by the work book, are not among them.
    /// </summary>
    public ImmutableArray<DutyRule> Duties { get; }

    /// <summary>The grades a stationed cadre may receive under this edition.</summary>
    public GradeScale GradeScale { get; }

    /// <summary>The readings the edition chose where the text is open.</summary>
    public ImmutableArray<Interpretation> Interpretations { get; }

    /// <summary>The rule with identifier <paramref name="id"/>, or null.</summary>
    /// <param name="id">A rule identifier.</param>
    public PolicyRule? FindRule(RuleId id) => _byId.TryGetValue(id, out PolicyRule? rule) ? rule : null;

    /// <summary>The rule with identifier <paramref name="id"/>.</summary>
    /// <param name="id">A rule identifier.</param>
    /// <exception cref="ArgumentException">The edition has no such rule.</exception>
    public PolicyRule GetRule(RuleId id) =>
        FindRule(id) ?? throw new ArgumentException($"Edition {Id} has no rule {id}.", nameof(id));

    /// <summary>Whether the edition applies rule <paramref name="id"/>.</summary>
    /// <param name="id">A rule identifier.</param>
    public bool Applies(RuleId id) => FindRule(id) is { IsEnabled: true };

    /// <summary>
    /// Whether the edition applies to the assessed year <paramref name="year"/>: from <see cref="FirstYear"/> to
    /// <see cref="LastYear"/>. An assessment of another year is refused unless the caller opts in
    /// (<see cref="Assessment.AssessmentOptions.AllowYearOutsideEdition"/>).
    /// </summary>
    /// <param name="year">An assessed year.</param>
    public bool AppliesToYear(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Whether the edition adopts the interpretation <paramref name="interpretationId"/>.</summary>
    /// <param name="interpretationId">One of <see cref="InterpretationIds"/> or an edition's own.</param>
    public bool Adopts(InterpretationId interpretationId) =>
        Interpretations.Any(i => i.Id == interpretationId && i.IsAdopted);

    /// <summary>The clause of rule <paramref name="id"/>, or an empty string when the edition lacks it.</summary>
    /// <param name="id">A rule identifier.</param>
    public string SourceOf(RuleId id) => FindRule(id)?.Source ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Rules.Length} rules)";
}
