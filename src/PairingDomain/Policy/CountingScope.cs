using PairingDomain.Cadres;
using PairingDomain.Units;

namespace PairingDomain.Policy;

/// <summary>
/// What a duty's minimum is counted for: the unit as a whole, each county it leads, or each county it assists
/// (case-format.md: minimums count per unit, except joint meetings per county led and annual plans per county assisted).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CountingScope : BilingualEnumeration<CountingScope>
{
    /// <summary>按单位: one minimum for the unit, counting activities in any county it assists.</summary>
    public static readonly CountingScope PerUnit = new(nameof(PerUnit), 1, "按单位", "per unit");

    /// <summary>按牵头县: one minimum for each county the unit leads, counting only activities in that county.</summary>
    public static readonly CountingScope PerCountyLed = new(nameof(PerCountyLed), 2, "按牵头县", "per county led");

    /// <summary>按帮扶县: one minimum for each county the unit assists, counting only activities in that county.</summary>
    public static readonly CountingScope PerCountyAssisted = new(nameof(PerCountyAssisted), 3, "按帮扶县", "per county assisted");

    private CountingScope(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
