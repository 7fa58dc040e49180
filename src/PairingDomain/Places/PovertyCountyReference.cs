using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PairingDomain.Places;

/// <summary>
/// One of Sichuan's 88 poverty counties (贫困县) of the 2014–2020 campaign as the reference data lists it (domain.md
/// §2, "The 88 poverty counties"): code, official name, prefecture, poverty region, delisting batch and townships.
/// </summary>
/// <remarks>
/// Sources (<c>src/PairingDomain.Testing/Data/README.md</c>): codes and names from <c>dist/areas.csv</c> of the GitHub
/// repository <c>modood/Administrative-divisions-of-China</c> (data as of 2019-10-31), cross-checked against the
/// Ministry of Civil Affairs list of April 2019 (<c>cn/GB2260</c>, <c>mca/201904.tsv</c>); delisting years from the
/// Sichuan provincial government's annual announcements, 2016 to 2020. A case's <see cref="County"/> is the record the
/// rules read; <see cref="ToCounty"/> makes one from this reference. Obtain one from <see cref="SichuanPovertyCounties"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class PovertyCountyReference
{
    private readonly FrozenDictionary<string, TownshipReference?> _townshipsByName;

    internal PovertyCountyReference(DivisionCode code, string name, string prefecture, Region region, int delistingYear,
        ImmutableArray<TownshipReference> townships)
    {
        Code = code;
        Name = name;
        Prefecture = prefecture;
        Region = region;
        DelistingYear = delistingYear;
        Townships = townships;
        var byName = new Dictionary<string, TownshipReference?>(townships.Length, StringComparer.Ordinal);
        foreach (TownshipReference township in townships)
        {
            // No two townships of one county share a name in the data (a test checks it); a name that did would be
            // refused by TryFindTownship rather than guessed.
            if (!byName.TryAdd(township.Name, township))
            {
                byName[township.Name] = null;
            }
        }
        _townshipsByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The 6-digit administrative division code valid in 2019, such as <c>513431</c>.</summary>
    public DivisionCode Code { get; }

    /// <summary>The official county-level name in 2019 (县, 市, 区 or 自治县), such as <c>昭觉县</c>.</summary>
    public string Name { get; }

    /// <summary>The prefecture-level city or autonomous prefecture, in full, such as <c>凉山彝族自治州</c>.</summary>
    public string Prefecture { get; }

    /// <summary>The poverty region (domain.md §2): 32 counties in the Tibetan areas, 13 in the Yi areas, 43 other.</summary>
    public Region Region { get; }

    /// <summary>The year of the delisting batch the county belongs to, 2016 to 2020.</summary>
    public int DelistingYear { get; }

    /// <summary>The county's townships in code order.</summary>
    public ImmutableArray<TownshipReference> Townships { get; }

    /// <summary>Finds a township of this county by its official name, compared ordinally.</summary>
    /// <param name="name">The name exactly as officially written, such as <c>新城街道</c>; not trimmed.</param>
    /// <param name="township">The township, when found; otherwise null.</param>
    /// <returns>Whether exactly one township of this county has the name.</returns>
    public bool TryFindTownship(string? name, [NotNullWhen(true)] out TownshipReference? township)
    {
        township = null;
        return name is not null && _townshipsByName.TryGetValue(name, out township) && township is not null;
    }

    /// <summary>
    /// The county as a case record (domain.md §2): planned for delisting in <see cref="DelistingYear"/>, delisted in
    /// <paramref name="delistedYear"/>.
    /// </summary>
    /// <param name="delistedYear">The batch year it was delisted in as the case records it, or null while not yet.</param>
    /// <returns>A new county.</returns>
    public County ToCounty(int? delistedYear) => new(Code, Name, Region, DelistingYear, delistedYear);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
