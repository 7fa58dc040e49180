using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// The annual assessment of a roster and its ledger under a policy edition (§III.8): every unit's duties, mechanism and
/// excellence, every cadre's actions, and the findings.
/// </summary>
/// <remarks>
/// Units and cadres are listed in roster order; findings by rule then subject, one per rule and subject. The same inputs
/// always give equal results. <see cref="Explain"/> says, for a disputed duty, which activities counted and why the
/// others did not.
/// <para>
/// An assessment read back from a stored <c>pairing-assessment/1</c> or <c>/2</c> document (the JSON package's
/// <c>AssessmentReader</c>) has the same results but not its case: <see cref="Explain"/> and <see cref="ExplainCadre"/>
/// throw <see cref="InvalidOperationException"/>, as does every member its document does not carry (a <c>/1</c> document
/// carries no periods, scores, links, main leaders, outcome totals or statistics; a document written without evidence
/// carries no evidence). Re-run the assessment with its case to get them (Reading <c>STORED-RESULTS-ONLY</c>).
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed partial class AnnualAssessment
{
    private readonly Explainer? _explainer;
    private readonly ImmutableArray<OutcomeTotal> _outcomeTotals = [];

    internal AnnualAssessment(PolicyEdition edition, int year, LocalDate asOf, ImmutableArray<UnitAssessment> units,
        ImmutableArray<CadreActions> cadres, ImmutableArray<Finding> findings, Explainer explainer)
        : this(edition, year, asOf, units, cadres, findings, explainer, null)
    {
        explainer.Attach(this);
    }

    /// <summary>
    /// An assessment restored from a stored document of format <paramref name="storedFormat"/> (Reading
    /// <c>STORED-RESULTS-ONLY</c>): it explains nothing, and what its document does not carry throws.
    /// </summary>
    internal AnnualAssessment(PolicyEdition edition, int year, LocalDate asOf, ImmutableArray<UnitAssessment> units,
        ImmutableArray<CadreActions> cadres, ImmutableArray<Finding> findings, string storedFormat)
        : this(edition, year, asOf, units, cadres, findings, null, storedFormat)
    {
    }

    /// <summary>
    /// A live assessment's next state: <paramref name="previous"/> with other units and findings (already citing their
    /// clauses) and the explainer of the extended ledger; everything the activities do not change is kept.
    /// </summary>
    internal AnnualAssessment(AnnualAssessment previous, ImmutableArray<UnitAssessment> units, ImmutableArray<Finding> sourcedFindings,
        Explainer explainer, Func<AnnualAssessment, AssessmentStatistics> statisticsSource)
    {
        Edition = previous.Edition;
        Year = previous.Year;
        AsOf = previous.AsOf;
        Units = units;
        Cadres = previous.Cadres;
        Findings = sourcedFindings;
        _explainer = explainer;
        CommitteeDuties = previous.CommitteeDuties;
        HasCadreWork = previous.HasCadreWork;
        Exits = previous.Exits;
        _outcomeTotals = previous._outcomeTotals;
        StatisticsSource = statisticsSource;
        explainer.Attach(this);
    }

    private AnnualAssessment(PolicyEdition edition, int year, LocalDate asOf, ImmutableArray<UnitAssessment> units,
        ImmutableArray<CadreActions> cadres, ImmutableArray<Finding> findings, Explainer? explainer, string? storedFormat)
    {
        Edition = edition;
        Year = year;
        AsOf = asOf;
        Units = units;
        Cadres = cadres;
        // Each finding cites its rule's clause in the edition applied, as each duty result does.
        Findings = findings.Select(f => f.WithSource(edition.SourceOf(f.Rule))).ToImmutableArray();
        _explainer = explainer;
        StoredFormat = storedFormat;
    }

    /// <summary>
    /// The format of the stored document this assessment was restored from (<c>pairing-assessment/1</c> or <c>/2</c>);
    /// null for an assessment made from its case.
    /// </summary>
    internal string? StoredFormat { get; }

    /// <summary>Whether this is restored from a <c>pairing-assessment/1</c> document, which carries no <c>/2</c> member.</summary>
    internal bool IsStoredVersion1 => StoredFormat is not null && !HasCadreWork;

    /// <summary>The policy edition applied.</summary>
    public PolicyEdition Edition { get; }

    /// <summary>The assessed year.</summary>
    public int Year { get; }

    /// <summary>The as-of date: the last day of the year for a full-year assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Whether the assessment covers the whole year (bundles block only then).</summary>
    public bool IsFullYear => AsOf == new LocalDate(Year, 12, 31);

    /// <summary>Every unit of the roster, in roster order.</summary>
    public ImmutableArray<UnitAssessment> Units { get; }

    /// <summary>Every cadre of the roster, in roster order, with the actions its grade asks for.</summary>
    public ImmutableArray<CadreActions> Cadres { get; }

    /// <summary>
    /// The Work Committee's own duties (case-format-2.md §3 <c>committee.duties</c>): <c>DUTY-COMMITTEE-TRAINING</c>
    /// when the edition applies it. Empty for a <c>pairing-case/1</c> case, which has no committee activities.
    /// </summary>
    public ImmutableArray<CommitteeDutyResult> CommitteeDuties { get; internal init; } = [];

    /// <summary>
    /// Whether the case carried the cadres' work (a <c>pairing-case/2</c> case, case-format-2.md), so that the
    /// <c>/2</c> rules were judged: the cadres' own duties, the teams and the Work Committee. False for a
    /// <c>pairing-case/1</c> case.
    /// </summary>
    public bool HasCadreWork { get; internal init; }

    /// <summary>The cross-record findings, by rule then subject.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The assessment of <paramref name="unit"/>, or null when it is not in the roster.</summary>
    /// <param name="unit">A unit.</param>
    public UnitAssessment? ForUnit(UnitId unit) => Units.FirstOrDefault(u => u.Unit == unit);

    /// <summary>
    /// Why <paramref name="unit"/> stands where it does on duty <paramref name="rule"/>: each of its activities that
    /// counted, and each that did not with the reason, in Chinese and English.
    /// </summary>
    /// <remarks>
    /// Each judgement carries the activity itself (date, kind, county, leader); those of the duty's kind come first. An
    /// activity whose leader held the post of another duty of the same kind (the main leader's visit, judged against
    /// the deputy's duty) gets <see cref="ActivityVerdict.OtherPost"/> with that duty, not
    /// <see cref="ActivityVerdict.LeaderNotInPost"/>.
    /// </remarks>
    /// <param name="unit">A unit of the roster.</param>
    /// <param name="rule">A duty the edition evaluates.</param>
    /// <exception cref="ArgumentException">The unit is not in the roster, or the rule is not an evaluated duty.</exception>
    /// <exception cref="InvalidOperationException">
    /// The assessment was restored from a stored document, which does not carry the case: re-run it with the case to explain.
    /// </exception>
    public DutyExplanation Explain(UnitId unit, RuleId rule) =>
        (_explainer ?? throw RestoredAssessment.NotStored(StoredFormat!, "the case a duty is explained from")).Explain(unit, rule);

    /// <summary>
    /// Why stationed cadre <paramref name="cadre"/> stands where it does on cadre duty <paramref name="rule"/>
    /// (case-format-2.md §2): for <c>DUTY-CADRE-FULL-TIME</c> the year's work record part by part and what it lacks; for
    /// <c>DUTY-CADRE-DAYS</c> each judged month with its days in the village and leave, short or not and why (no record
    /// counts 0 days), and the year's leave against the maximum; in Chinese and English.
    /// </summary>
    /// <param name="cadre">A stationed cadre of the roster.</param>
    /// <param name="rule"><c>DUTY-CADRE-FULL-TIME</c>, or <c>DUTY-CADRE-DAYS</c> where the edition enables it.</param>
    /// <returns>The explanation; its result is null when the cadre was in post on no day of the window.</returns>
    /// <exception cref="ArgumentException">
    /// The assessment carries no cadres' work (a <c>pairing-case/1</c> case), the cadre is not in the roster, or the rule
    /// is not a cadre duty the edition evaluates.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// The assessment was restored from a stored document, which does not carry the case: re-run it with the case to explain.
    /// </exception>
    public CadreDutyExplanation ExplainCadre(CadreId cadre, RuleId rule) =>
        (_explainer ?? throw RestoredAssessment.NotStored(StoredFormat!, "the cadres' work a cadre duty is explained from")).ExplainCadre(cadre, rule);
}
