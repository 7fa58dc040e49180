namespace PairingDomain.Places;

/// <summary>
/// A township (乡、镇、街道) of one of Sichuan's 88 poverty counties, as the reference data lists it (domain.md §2,
/// "The 88 poverty counties"): its 9-digit statistical division code and its official name in 2019.
/// </summary>
/// <remarks>
/// Source: <c>dist/streets.csv</c> of the GitHub repository <c>modood/Administrative-divisions-of-China</c> (National
/// Bureau of Statistics codes, data as of 2019-10-31), kept in this repository as
/// <c>src/PairingDomain.Testing/Data/sichuan-poverty-county-townships.csv</c>. A village's 12-digit code is a
/// township's 9 digits and 3 more (<see cref="VillageCode"/>). Obtain one from <see cref="SichuanPovertyCounties"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class TownshipReference
{
    internal TownshipReference(string code, string name, DivisionCode county)
    {
        Code = code;
        Name = name;
        County = county;
    }

    /// <summary>The 9-digit statistical division code; its first 6 digits are <see cref="County"/>.</summary>
    public string Code { get; }

    /// <summary>The official name in 2019, such as <c>新城街道</c>.</summary>
    public string Name { get; }

    /// <summary>The county the township lies in.</summary>
    public DivisionCode County { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name}";
}
