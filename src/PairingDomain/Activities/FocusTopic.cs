using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Places;

namespace PairingDomain.Activities;

/// <summary>
/// A focus topic a supervision visit can carry (case-format-2.md §1 "Focus topics", §III.1 of the seed): the work the
/// units assisting the Tibetan areas, or the Yi areas, are to supervise.
/// </summary>
/// <remarks>
/// <see cref="ListFor"/> gives each region's list in the contract's order: the Tibetan-area list (地方病综合防治 … 反分维稳),
/// the Yi-area list (34 条特殊政策 … 移风易俗), none for another area. <see cref="SchoolRetention"/> (控辍保学) is on both.
/// A topic counts under the region of the visited county and only when it is on that region's list (case-format-2.md §4).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class FocusTopic : BilingualEnumeration<FocusTopic>
{
    /// <summary>地方病综合防治 (Tibetan areas).</summary>
    public static readonly FocusTopic EndemicDisease = new(nameof(EndemicDisease), 1, "地方病综合防治", "Endemic disease control");

    /// <summary>易地扶贫搬迁 (Tibetan areas).</summary>
    public static readonly FocusTopic Relocation = new(nameof(Relocation), 2, "易地扶贫搬迁", "Poverty relocation");

    /// <summary>危房改造 (Tibetan areas).</summary>
    public static readonly FocusTopic HousingRenovation = new(nameof(HousingRenovation), 3, "危房改造", "Dilapidated housing renovation");

    /// <summary>地质灾害排查 (Tibetan areas).</summary>
    public static readonly FocusTopic GeologicalHazard = new(nameof(GeologicalHazard), 4, "地质灾害排查", "Geological hazard survey");

    /// <summary>控辍保学 (Tibetan and Yi areas).</summary>
    public static readonly FocusTopic SchoolRetention = new(nameof(SchoolRetention), 5, "控辍保学", "School retention");

    /// <summary>基础设施改善 (Tibetan areas).</summary>
    public static readonly FocusTopic Infrastructure = new(nameof(Infrastructure), 6, "基础设施改善", "Infrastructure improvement");

    /// <summary>反分维稳 (Tibetan areas).</summary>
    public static readonly FocusTopic Stability = new(nameof(Stability), 7, "反分维稳", "Stability");

    /// <summary>34 条特殊政策和 16 条工作措施落地 (Yi areas).</summary>
    public static readonly FocusTopic SpecialPolicies = new(nameof(SpecialPolicies), 8, "特殊政策落地", "Special policies in place");

    /// <summary>住房安全 (Yi areas).</summary>
    public static readonly FocusTopic HousingSafety = new(nameof(HousingSafety), 9, "住房安全", "Housing safety");

    /// <summary>基本医疗 (Yi areas).</summary>
    public static readonly FocusTopic BasicMedical = new(nameof(BasicMedical), 10, "基本医疗", "Basic medical care");

    /// <summary>义务教育 (Yi areas).</summary>
    public static readonly FocusTopic CompulsoryEducation = new(nameof(CompulsoryEducation), 11, "义务教育", "Compulsory education");

    /// <summary>产业发展、就业增收 (Yi areas).</summary>
    public static readonly FocusTopic IndustryEmployment = new(nameof(IndustryEmployment), 12, "产业发展与就业增收", "Industry and employment");

    /// <summary>禁毒防艾 (Yi areas).</summary>
    public static readonly FocusTopic DrugAids = new(nameof(DrugAids), 13, "禁毒防艾", "Drug and AIDS control");

    /// <summary>移风易俗 (Yi areas).</summary>
    public static readonly FocusTopic Customs = new(nameof(Customs), 14, "移风易俗", "Changing customs");

    private static readonly ImmutableArray<FocusTopic> s_tibetan =
        [EndemicDisease, Relocation, HousingRenovation, GeologicalHazard, SchoolRetention, Infrastructure, Stability];

    private static readonly ImmutableArray<FocusTopic> s_yi =
        [SpecialPolicies, HousingSafety, BasicMedical, CompulsoryEducation, IndustryEmployment, DrugAids, SchoolRetention, Customs];

    private FocusTopic(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }

    /// <summary>The region's list, in the contract's order: seven for the Tibetan areas, eight for the Yi areas, none for another area.</summary>
    /// <param name="region">The region.</param>
    /// <returns>Its topics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="region"/> is null.</exception>
    public static ImmutableArray<FocusTopic> ListFor(Region region)
    {
        Preconditions.CheckNotNull(region, nameof(region));
        return region == Region.Tibetan ? s_tibetan : region == Region.Yi ? s_yi : [];
    }

    /// <summary>Whether this topic is on <paramref name="region"/>'s list.</summary>
    /// <param name="region">The region.</param>
    /// <returns>Whether it counts for a visit to a county of that region.</returns>
    public bool IsOn(Region region) => ListFor(region).Contains(this);

    internal ushort Bit => (ushort)(1 << (Value - 1));

    internal static ImmutableArray<FocusTopic> InValueOrder => Ordered.Value;

    /// <summary>Built on first use, not while the enumeration's own static fields are still being initialised.</summary>
    private static class Ordered
    {
        internal static readonly ImmutableArray<FocusTopic> Value = [.. List.OrderBy(t => t.Value)];
    }
}
