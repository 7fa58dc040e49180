namespace PairingDomain.Cadres;

/// <summary>
/// The level that sent a local member of a village work team (驻村工作队): a city, a county or a township
/// (case-format-2.md §1, <c>localCadres[].level</c>; domain.md §8: a team may mix cadres of several units and of local
/// levels, and counts for <c>TEAM-MIN-SIZE</c>, <c>TEAM-TERM</c> and <c>TEAM-STAYS-AFTER-EXIT</c>).
/// </summary>
/// <remarks>
/// The contract ids are <c>city</c>, <c>county</c> and <c>township</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class LocalCadreLevel : BilingualEnumeration<LocalCadreLevel>
{
    /// <summary>市级: a cadre sent by a city (prefecture).</summary>
    public static readonly LocalCadreLevel City = new(nameof(City), 1, "市级", "City");

    /// <summary>县级: a cadre sent by a county.</summary>
    public static readonly LocalCadreLevel County = new(nameof(County), 2, "县级", "County");

    /// <summary>乡镇级: a cadre sent by a township.</summary>
    public static readonly LocalCadreLevel Township = new(nameof(Township), 3, "乡镇级", "Township");

    private LocalCadreLevel(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
