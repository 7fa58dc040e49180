using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One unit's annual assessment: each applicable duty, its four-in-one mechanism, and whether the unit and its main
/// leader may be rated excellent.
/// </summary>
/// <remarks>
/// A unit with a county pairing in force during the year, as lead or participant, owes every per-unit duty of the
/// edition and the per-county-assisted duties; a lead unit also owes the per-county-led duties. Duties appear in the
/// edition's catalogue order. Under §III.8 the same bundles bind the unit and its main leader, so
/// <see cref="MainLeaderExcellence"/> lists the same triggers as <see cref="Excellence"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed partial class UnitAssessment
{
    private readonly ImmutableArray<LeaderId> _mainLeaders = [];

    /// <summary>
    /// For a unit restored from a stored document: that document's format when it carries no score, links or main
    /// leaders (<c>pairing-assessment/1</c>), so that they throw; null otherwise.
    /// </summary>
    private string? _notStoredIn;

    /// <summary>Whether the unit was restored from a stored document: its score and links are then the stored ones.</summary>
    private bool _restored;

    /// <summary>The duties, once made: given, or made from <see cref="_table"/> on first use.</summary>
    private ImmutableArray<DutyResult> _duties;

    /// <summary>Where an assessor's unit keeps its duties as values until <see cref="Duties"/> is read; null when given.</summary>
    private readonly DutyTable? _table;

    /// <summary>The unit's index in <see cref="_table"/>.</summary>
    private readonly int _tableIndex;

    internal UnitAssessment(UnitId unit, ImmutableArray<DutyResult> duties, MechanismResult mechanism,
        ExcellenceResult excellence, ExcellenceResult mainLeaderExcellence)
    {
        Unit = unit;
        _duties = duties;
        Mechanism = mechanism;
        Excellence = excellence;
        MainLeaderExcellence = mainLeaderExcellence;
    }

    /// <summary>An assessor's unit whose duties are the cells of unit <paramref name="index"/> in <paramref name="table"/>.</summary>
    internal UnitAssessment(UnitId unit, DutyTable table, int index, MechanismResult mechanism,
        ExcellenceResult excellence, ExcellenceResult mainLeaderExcellence)
    {
        Unit = unit;
        _table = table;
        _tableIndex = index;
        Mechanism = mechanism;
        Excellence = excellence;
        MainLeaderExcellence = mainLeaderExcellence;
    }

    /// <summary>The unit assessed.</summary>
    public UnitId Unit { get; }

    /// <summary>The duties the unit owes this year, in catalogue order.</summary>
    /// <remarks>
    /// The assessor keeps every unit's duties as plain values in one table, so a national assessment does not hold
    /// 400,000 objects it may never show; the results are made on first use and kept (concurrent first uses make equal
    /// arrays, one of which is kept).
    /// </remarks>
    public ImmutableArray<DutyResult> Duties
    {
        get
        {
            ImmutableArray<DutyResult> duties = _duties;
            if (duties.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _duties, _table!.Results(_tableIndex));
                duties = _duties;
            }
            return duties;
        }
    }

    /// <summary>Whether some duty is <see cref="DutyStatus.Short"/>, without making the results when they are still values.</summary>
    internal bool HasShortDuty => _duties.IsDefault
        ? _table!.HasShort(_tableIndex)
        : _duties.Any(d => d.Status == DutyStatus.Short);

    /// <summary>The unit's four-in-one mechanism.</summary>
    public MechanismResult Mechanism { get; }

    /// <summary>Whether the unit may be rated excellent.</summary>
    public ExcellenceResult Excellence { get; }

    /// <summary>Whether the unit's main leader may be rated excellent.</summary>
    public ExcellenceResult MainLeaderExcellence { get; }

    /// <summary>
    /// The main leaders <see cref="MainLeaderExcellence"/> binds (case-format-2.md §3, <c>mainLeaderExcellence.leaders</c>):
    /// every leader of the unit who held <c>main-leader</c> on some day of the window, in the order given, so a handover
    /// within the year bars both the outgoing and the incoming leader.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">
    /// The unit was restored from a stored <c>pairing-assessment/1</c> document, which does not name the main leaders.
    /// </exception>
    public ImmutableArray<LeaderId> MainLeaders
    {
        get => _notStoredIn is null ? _mainLeaders : throw RestoredAssessment.NotStored(_notStoredIn, "the main leaders of a unit");
        internal init => _mainLeaders = value;
    }

    /// <summary>
    /// Makes the unit a restored one whose score and links are <paramref name="score"/> and <paramref name="links"/>, as a
    /// <c>pairing-assessment/2</c> document stores them; called once, before the assessment is published.
    /// </summary>
    internal void RestoreScoreAndLinks(UnitScore? score, UnitLinks? links)
    {
        _restored = true;
        _score = score;
        _links = links;
    }

    /// <summary>
    /// Makes the unit a restored one from a document of <paramref name="format"/> that carries no score, links or main
    /// leaders: they throw. Called once, before the assessment is published.
    /// </summary>
    internal void RestoreWithoutScoreAndLinks(string format)
    {
        _restored = true;
        _notStoredIn = format;
    }

    /// <summary>The result of duty <paramref name="rule"/>, or null when the unit does not owe it.</summary>
    /// <param name="rule">A duty's rule identifier.</param>
    public DutyResult? Duty(RuleId rule) => Duties.FirstOrDefault(d => d.Rule == rule);
}
