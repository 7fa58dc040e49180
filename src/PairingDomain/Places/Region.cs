namespace PairingDomain.Places;

/// <summary>
/// The poverty region a county lies in, domain.md §2 and §III.1: Tibetan areas, Yi areas, or another contiguous
/// poverty area.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class Region : BilingualEnumeration<Region>
{
    /// <summary>藏区, the Tibetan areas (32 poverty counties; 221 units assisted them in 2019).</summary>
    public static readonly Region Tibetan = new(nameof(Tibetan), 1, "藏区", "Tibetan area");

    /// <summary>彝区, the Yi areas (13 poverty counties; 111 units assisted them in 2019).</summary>
    public static readonly Region Yi = new(nameof(Yi), 2, "彝区", "Yi area");

    /// <summary>其他连片贫困地区, another contiguous poverty area such as 秦巴山区 or 乌蒙山区.</summary>
    public static readonly Region Other = new(nameof(Other), 3, "其他连片贫困地区", "Other contiguous poverty area");

    private Region(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
