using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PairingDomain.Policy;
using PairingDomain.Units;

namespace PairingDomain.Assessment;

/// <summary>
/// Whether a unit's four-in-one mechanism is complete (<c>MECH-FOUR-IN-ONE</c>), naming each missing part.
/// </summary>
/// <remarks>
/// Missing parts are listed in the order leadership team, undertaking office (absent or blank), all staff, stationed
/// cadres (no cadre of the unit posted at any time from 1 January to the as-of date).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class MechanismResult
{
    internal MechanismResult(ImmutableArray<MechanismPart> missing) => Missing = missing;

    /// <summary>The rule evaluated: <c>MECH-FOUR-IN-ONE</c>.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "Read like every other result's rule.")]
    public RuleId Rule => RuleIds.MechFourInOne;

    /// <summary>Whether all four parts are in place.</summary>
    public bool Complete => Missing.IsEmpty;

    /// <summary>The absent parts, in rule order.</summary>
    public ImmutableArray<MechanismPart> Missing { get; }
}
