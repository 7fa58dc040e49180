using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Threading;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain;

/// <summary>
/// Everything one annual assessment needs: the policy edition, the year and as-of date, the roster, its activity
/// ledger, its cadres' grades and (from <c>pairing-case/2</c>) the cadres' own work — the domain form of a
/// <c>pairing-case/1</c> or <c>/2</c> document.
/// </summary>
/// <remarks>
/// The constructor checks that ledger and grades belong to the roster, that the grades are on the edition's scale and
/// that the as-of date lies in the year.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed partial class PairingCase
{
    // Null for a case built without the cadres' work: a pairing-case/1 case, not judged on the rules that read it.
    private readonly CadreWorkBook? _cadreWork;

    /// <summary>Creates a case.</summary>
    /// <param name="edition">The policy edition.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="asOf">The as-of date within the year, or null for a full-year assessment.</param>
    /// <param name="ledger">The activity ledger; its roster is the case's roster.</param>
    /// <param name="grades">The cadres' grades for the same roster, on the edition's scale.</param>
    /// <exception cref="ArgumentException">The parts do not belong together.</exception>
    /// <remarks>
    /// The case carries an empty <see cref="CadreWork"/>, as a <c>pairing-case/1</c> document does, and is not judged on
    /// the rules that read it (<c>DUTY-CADRE-*</c>, <c>CADRE-CRITICISE</c>, <c>TEAM-*</c>, <c>DUTY-COMMITTEE-TRAINING</c>):
    /// it assesses exactly as version 1 did.
    /// </remarks>
    public PairingCase(PolicyEdition edition, int year, LocalDate? asOf, ActivityLedger ledger, GradeBook grades)
        : this(edition, year, asOf, ledger, grades, null)
    {
    }

    /// <summary>Creates a case with the stationed cadres' own work and the Work Committee's activities (case-format-2.md §1).</summary>
    /// <param name="edition">The policy edition.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="asOf">The as-of date within the year, or null for a full-year assessment.</param>
    /// <param name="ledger">The activity ledger; its roster is the case's roster.</param>
    /// <param name="grades">The cadres' grades for the same roster, on the edition's scale.</param>
    /// <param name="cadreWork">
    /// The cadres' work for the same roster (a <c>pairing-case/2</c> case, judged on the rules that read it, an empty book
    /// included); null for a <c>pairing-case/1</c> case, as the other constructor.
    /// </param>
    /// <exception cref="ArgumentException">The parts do not belong together.</exception>
    public PairingCase(PolicyEdition edition, int year, LocalDate? asOf, ActivityLedger ledger, GradeBook grades, CadreWorkBook? cadreWork)
    {
        Edition = Preconditions.CheckNotNull(edition, nameof(edition));
        Ledger = Preconditions.CheckNotNull(ledger, nameof(ledger));
        Grades = Preconditions.CheckNotNull(grades, nameof(grades));
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        Preconditions.CheckArgument(asOf is null || asOf.Value.Year == year, nameof(asOf), $"The as-of date {(asOf is { } d ? IsoDate.Format(d) : null)} is not in {year}.");
        Preconditions.CheckArgument(ReferenceEquals(grades.Roster, ledger.Roster), nameof(grades), "The grades belong to another roster.");
        Preconditions.CheckArgument(grades.Scale.Equals(edition.GradeScale), nameof(grades), "The grades are on another scale than the edition's.");
        Preconditions.CheckArgument(cadreWork is null || ReferenceEquals(cadreWork.Roster, ledger.Roster), nameof(cadreWork),
            "The cadres' work belongs to another roster.");
        _cadreWork = cadreWork;
        CadreWork = cadreWork ?? CadreWorkBook.Empty(ledger.Roster);
        Year = year;
        AsOf = asOf;
    }

    /// <summary>The policy edition.</summary>
    public PolicyEdition Edition { get; }

    /// <summary>The assessed year.</summary>
    public int Year { get; }

    /// <summary>The as-of date as given, or null for a full-year assessment.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The as-of date in effect: the given one, or the year's last day.</summary>
    public LocalDate EffectiveAsOf => AsOf ?? new LocalDate(Year, 12, 31);

    /// <summary>The roster.</summary>
    public Roster Roster => Ledger.Roster;

    /// <summary>The activity ledger.</summary>
    public ActivityLedger Ledger { get; }

    /// <summary>The cadres' grades.</summary>
    public GradeBook Grades { get; }

    /// <summary>
    /// The stationed cadres' own work and the Work Committee's activities (<c>DUTY-CADRE-*</c>, <c>CADRE-CRITICISE</c>,
    /// <c>TEAM-*</c>, <c>DUTY-COMMITTEE-TRAINING</c>); empty for a case built without it.
    /// </summary>
    public CadreWorkBook CadreWork { get; }

    /// <summary>
    /// Whether the case was built with the cadres' work (a <c>pairing-case/2</c> case, an empty book included), so that
    /// it is judged on the rules that read it; false for a <c>pairing-case/1</c> case, whose <see cref="CadreWork"/> is
    /// the empty stand-in.
    /// </summary>
    public bool HasCadreWork => _cadreWork is not null;

    /// <summary>This case with <paramref name="cadreWork"/> as its cadres' work.</summary>
    /// <param name="cadreWork">The cadres' work for the same roster.</param>
    /// <returns>A new case; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadreWork"/> belongs to another roster.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="cadreWork"/> is null.</exception>
    [Pure]
    public PairingCase WithCadreWork(CadreWorkBook cadreWork) =>
        new PairingCase(Edition, Year, AsOf, Ledger, Grades, Preconditions.CheckNotNull(cadreWork, nameof(cadreWork)))
            .KeepingPartsOf(this);

    /// <summary>
    /// This case assessed as of <paramref name="asOf"/> instead of its own date (case-format.md, <c>asOf</c>): what the
    /// assessment service's <c>?asOf=</c> asks for. Every other part is kept.
    /// </summary>
    /// <param name="asOf">The as-of date within <see cref="Year"/>, or null for a full-year assessment.</param>
    /// <returns>A new case; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in <see cref="Year"/>.</exception>
    [Pure]
    public PairingCase WithAsOf(LocalDate? asOf) =>
        new PairingCase(Edition, Year, asOf, Ledger, Grades, _cadreWork).KeepingPartsOf(this);

    /// <summary>The same case with <paramref name="ledger"/>, an extension of its ledger (<see cref="LiveAssessment"/>).</summary>
    internal PairingCase WithLedger(ActivityLedger ledger) =>
        new PairingCase(Edition, Year, AsOf, ledger, Grades, _cadreWork).KeepingPartsOf(this);

    /// <summary>The assessment with the plan and counters it was made from, for <see cref="LiveAssessment.Start"/>.</summary>
    internal AnnualAssessment Assess(AssessmentOptions? options, out AssessmentPlan plan, out int[] counts) =>
        AnnualAssessor.Assess(Edition, Ledger, Grades, _cadreWork, Year, AsOf, options, _exitIndicators, _outcomes, _partyPairings,
            null, default, out plan, out counts);

    /// <summary>
    /// Gives this freshly constructed case the optional parts of <paramref name="source"/> (outcomes, exit indicators,
    /// party pairings): the one place a <c>With…</c> method that rebuilds the case through the constructor (to run its
    /// checks again) carries them over, so a part added later is kept by every such method.
    /// </summary>
    private PairingCase KeepingPartsOf(PairingCase source)
    {
        _outcomes = source._outcomes;
        _exitIndicators = source._exitIndicators;
        _partyPairings = source._partyPairings;
        return this;
    }

    /// <summary>Assesses the case.</summary>
    /// <param name="options">How to run; null for one thread and a year the edition applies to.</param>
    /// <returns>The annual assessment.</returns>
    /// <exception cref="YearOutsideEditionException">
    /// The edition does not apply to <see cref="Year"/> and <see cref="AssessmentOptions.AllowYearOutsideEdition"/> is not set.
    /// </exception>
    [SuppressMessage("ApiDesign", "RS0027", Justification = "Assess() and Assess(options) stay the short calls; the overload with progress and cancellation takes every argument explicitly, so no call is ambiguous.")]
    public AnnualAssessment Assess(AssessmentOptions? options = null) =>
        AnnualAssessor.Assess(Edition, Ledger, Grades, _cadreWork, Year, AsOf, options, _exitIndicators, _outcomes, _partyPairings);

    /// <summary>
    /// Assesses the case, reporting how far it has gone and stopping when asked: for a national case, whose assessment
    /// takes long enough for a user to watch it or give up on it.
    /// </summary>
    /// <param name="options">How to run; null for one thread and a year the edition applies to.</param>
    /// <param name="progress">
    /// Where the progress is reported, on the assessing thread: after each mebi-activity of the scan (each part of it in
    /// parallel mode), after each 4,096 units, and once at the end; null for nowhere.
    /// </param>
    /// <param name="cancellationToken">Stops the assessment, checked at the same points.</param>
    /// <returns>The annual assessment, the same as <see cref="Assess(AssessmentOptions?)"/> gives.</returns>
    /// <exception cref="YearOutsideEditionException">
    /// The edition does not apply to <see cref="Year"/> and <see cref="AssessmentOptions.AllowYearOutsideEdition"/> is not set.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnnualAssessment Assess(AssessmentOptions? options, IProgress<AssessmentProgress>? progress, CancellationToken cancellationToken) =>
        AnnualAssessor.Assess(Edition, Ledger, Grades, _cadreWork, Year, AsOf, options, _exitIndicators, _outcomes, _partyPairings,
            progress, cancellationToken);
}
