using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PairingDomain.Places;

/// <summary>
/// Sichuan's 88 nationally designated poverty counties (贫困县) of the 2014–2020 campaign and their 2,325 townships,
/// as public reference data (domain.md §2, "The 88 poverty counties"), so that an import resolves <c>昭觉县</c> to
/// <c>513431</c> and a township's name within its county to its code.
/// </summary>
/// <remarks>
/// <para>
/// The source of record is the pair of CSV files <c>src/PairingDomain.Testing/Data/sichuan-poverty-counties.csv</c>
/// and <c>sichuan-poverty-county-townships.csv</c> (their README names the sources: National Bureau of Statistics codes
/// as of 2019-10-31 from <c>modood/Administrative-divisions-of-China</c>, cross-checked against the Ministry of Civil
/// Affairs list of April 2019, and the provincial government's delisting announcements of 2016 to 2020). The table is
/// compiled into the library from them (no file or resource is read at run time), and a test checks it against them
/// row for row. Counts: 5 delisted in 2016, 15 in 2017, 30 in 2018, 31 in 2019, 7 in 2020; 32 Tibetan-area, 13
/// Yi-area, 43 other.
/// </para>
/// <para>
/// Names are compared ordinally and are not trimmed or normalised. <see cref="TryFindByName"/> takes the official name
/// (<c>昭觉县</c>) or the full prefecture name followed by it (<c>凉山彝族自治州昭觉县</c>); an abbreviated prefecture
/// (<c>凉山州</c>) is not taken. A name that two counties shared would be refused, never guessed; none of the 88 shares
/// its name with another, nor does any township its name with another township of its county.
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public static partial class SichuanPovertyCounties
{
    private static readonly ImmutableArray<PovertyCountyReference> s_all = Parse(CompiledRows());
    private static readonly FrozenDictionary<DivisionCode, PovertyCountyReference> s_byCode = IndexByCode(s_all);
    private static readonly FrozenDictionary<string, PovertyCountyReference?> s_byName = IndexByName(s_all);

    /// <summary>The 88 counties in code order, each with its townships in code order.</summary>
    public static ImmutableArray<PovertyCountyReference> All => s_all;

    /// <summary>Finds a county by its division code.</summary>
    /// <param name="code">A 6-digit code valid in 2019, such as <c>513431</c>.</param>
    /// <param name="county">The county, when it is one of the 88; otherwise null.</param>
    /// <returns>Whether the code is one of the 88 poverty counties'.</returns>
    public static bool TryFind(DivisionCode code, [NotNullWhen(true)] out PovertyCountyReference? county)
    {
        county = null;
        return code.Value is not null && s_byCode.TryGetValue(code, out county);
    }

    /// <summary>Finds a county by its official name, or by its full prefecture name followed by its name.</summary>
    /// <param name="name">Such as <c>昭觉县</c> or <c>凉山彝族自治州昭觉县</c>, compared ordinally and not trimmed.</param>
    /// <param name="county">The county, when exactly one has the name; otherwise null.</param>
    /// <returns>Whether exactly one of the 88 counties has the name: a name two counties shared is refused.</returns>
    public static bool TryFindByName(string? name, [NotNullWhen(true)] out PovertyCountyReference? county)
    {
        county = null;
        return name is not null && s_byName.TryGetValue(name, out county) && county is not null;
    }

    /// <summary>Finds a township of a county by the township's official name.</summary>
    /// <param name="county">The county's code.</param>
    /// <param name="townshipName">The township's name, such as <c>新城街道</c>, compared ordinally and not trimmed.</param>
    /// <param name="township">The township, when found; otherwise null.</param>
    /// <returns>Whether <paramref name="county"/> is one of the 88 and exactly one of its townships has the name.</returns>
    public static bool TryFindTownship(DivisionCode county, string? townshipName,
        [NotNullWhen(true)] out TownshipReference? township)
    {
        township = null;
        return TryFind(county, out PovertyCountyReference? found) && found.TryFindTownship(townshipName, out township);
    }

    /// <summary>Reads the compiled rows (SichuanPovertyCounties.Data.cs): code|name|prefecture|region|year|townships.</summary>
    internal static ImmutableArray<PovertyCountyReference> Parse(IReadOnlyList<string> rows)
    {
        ImmutableArray<PovertyCountyReference>.Builder counties = ImmutableArray.CreateBuilder<PovertyCountyReference>(rows.Count);
        foreach (string row in rows)
        {
            string[] cells = row.Split('|');
            var code = DivisionCode.Parse(cells[0]);
            string[] packed = cells[5].Split(';');
            ImmutableArray<TownshipReference>.Builder townships = ImmutableArray.CreateBuilder<TownshipReference>(packed.Length);
            foreach (string township in packed)
            {
                townships.Add(new TownshipReference(cells[0] + township[..3], township[3..], code));
            }
            counties.Add(new PovertyCountyReference(code, cells[1], cells[2], Region.FromContractId(cells[3]),
                int.Parse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture), townships.MoveToImmutable()));
        }
        return counties.MoveToImmutable();
    }

    /// <summary>Each county by its name and by its prefecture and name; a name two counties share maps to null.</summary>
    internal static FrozenDictionary<string, PovertyCountyReference?> IndexByName(IEnumerable<PovertyCountyReference> counties)
    {
        var byName = new Dictionary<string, PovertyCountyReference?>(StringComparer.Ordinal);
        void Add(string name, PovertyCountyReference county)
        {
            if (!byName.TryAdd(name, county) && !ReferenceEquals(byName[name], county))
            {
                byName[name] = null;
            }
        }
        foreach (PovertyCountyReference county in counties)
        {
            Add(county.Name, county);
            Add(county.Prefecture + county.Name, county);
        }
        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<DivisionCode, PovertyCountyReference> IndexByCode(ImmutableArray<PovertyCountyReference> counties)
    {
        var byCode = new Dictionary<DivisionCode, PovertyCountyReference>(counties.Length);
        foreach (PovertyCountyReference county in counties)
        {
            byCode.Add(county.Code, county);
        }
        return byCode.ToFrozenDictionary();
    }
}
