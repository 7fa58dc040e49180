namespace PairingDomain.Assessment;

/// <summary>
/// A duty's <see cref="Policy.CountingScope"/> as a byte for the bulk path: which counter targets its minimum is counted
/// for.
/// </summary>
internal enum ScopeCode : byte
{
    /// <summary><c>per-unit</c>: one target, the unit (target 0).</summary>
    Unit = 0,

    /// <summary><c>per-county-led</c>: each county slot the unit leads; an activity at a county it only assists does not count.</summary>
    Led = 1,

    /// <summary><c>per-county-assisted</c>: each county slot the unit assists, led or not.</summary>
    Assisted = 2,
}
