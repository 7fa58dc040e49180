using System;
using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// What the assessed year asks of a stationed cadre's sending unit (§III.6) and how the cadre stands on the cadre's own
/// duties: <c>CADRE-RECALL</c> for 不称职, <c>CADRE-COMMEND</c> for 优秀, <c>CADRE-CRITICISE</c> for duties performed
/// poorly; and <c>DUTY-CADRE-FULL-TIME</c>, <c>DUTY-CADRE-DAYS</c> (case-format-2.md §2, §3 "Per cadre").
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Cadre">The cadre.</param>
/// <param name="Actions">The rules that apply, possibly none, in ordinal order of identifier, each once.</param>
/// <exception cref="ArgumentException"><paramref name="Cadre"/> is the default identifier.</exception>
public readonly record struct CadreActions(CadreId Cadre, ImmutableArray<RuleId> Actions)
{
    private readonly ImmutableArray<CadreDutyResult> _duties;

    /// <summary>The cadre.</summary>
    public CadreId Cadre { get; init; } = Cadre.Value is null
        ? throw new ArgumentException("The cadre identifier is the default value.", nameof(Cadre))
        : Cadre;

    /// <summary>
    /// The cadre's own duties for the year (case-format-2.md §3): <c>DUTY-CADRE-FULL-TIME</c>, then
    /// <c>DUTY-CADRE-DAYS</c> when the edition enables it; empty for a cadre in post on no day of the window, or when the
    /// edition applies neither.
    /// </summary>
    public ImmutableArray<CadreDutyResult> Duties
    {
        get => _duties.IsDefault ? [] : _duties;
        init => _duties = value;
    }
}
