using System;
using PairingDomain.Policy;

namespace PairingDomain.Testing;

/// <summary>
/// Builds synthetic pairing-assistance cases: a deterministic province on the real Sichuan poverty counties and
/// townships, with invented units, people, villages and activities, shaped by the figures of 川直委发〔2019〕4号.
/// </summary>
/// <remarks>
/// <see cref="Generate"/> with <see cref="SyntheticOptions.Sichuan2019"/> gives the default case of the samples:
/// 370 units (128 provincial departments, 115 universities, 44 hospitals, 61 state-owned enterprises, 22 financial
/// institutions), the 88 counties each with exactly one lead unit, 221 units assisting Tibetan-area and 111 Yi-area
/// counties, 211 units assisting the 31 counties due to be delisted in 2019, 974 posted villages, 1,544 stationed
/// cadres and a 2019 ledger near the committee's 2018 totals. The same options always give the same case (on the same
/// .NET: the generator draws from <c>new Random(seed)</c>); no clock is read. The case is assessed under
/// <see cref="PolicyEditions.Sichuan2019"/>. With <see cref="SyntheticOptions.IncludeCadreWork"/> the case is a
/// <c>pairing-case/2</c> one: it also carries the stationed cadres' own work, local team members and the Work
/// Committee's trainings (<see cref="PairingCase.CadreWork"/>), drawn from a second <c>Random</c> after the rest, which
/// stays exactly as without it. See the package README for the choices made where the seed's figures cannot all hold at
/// once, and for the shape of the cadres' work.
/// <threadsafety>Thread-safe: every call builds its own generator.</threadsafety>
/// </remarks>
public static class SyntheticProvince
{
    /// <summary>Generates a valid case.</summary>
    /// <param name="options">What to generate; <see cref="SyntheticOptions.Sichuan2019"/> for the default case.</param>
    /// <returns>
    /// The case, valid under <see cref="PolicyEditions.Sichuan2019"/>; with a <see cref="PairingCase.CadreWork"/> book when
    /// <see cref="SyntheticOptions.IncludeCadreWork"/> is set.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count, the year or the as-of date is out of range.</exception>
    public static PairingCase Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(options.Year is >= 2000 and <= 9000, nameof(options.Year), options.Year, "The year must lie in 2000–9000.");
        Check(options.AsOf is null || options.AsOf.Value.Year == options.Year, nameof(options.AsOf), options.AsOf,
            "The as-of date must lie in the year.");
        Check(options.Units >= 1, nameof(options.Units), options.Units, "At least one unit is needed.");
        Check(options.Counties is >= 1 and <= SyntheticOptions.MaxCounties, nameof(options.Counties), options.Counties,
            "The number of counties must lie in 1 – SyntheticOptions.MaxCounties.");
        Check(options.PostedVillages >= 0, nameof(options.PostedVillages), options.PostedVillages, "The count is negative.");
        Check(options.Cadres >= options.PostedVillages && (options.PostedVillages > 0 || options.Cadres == 0),
            nameof(options.Cadres), options.Cadres, "Every posted village has at least one cadre, and cadres need villages.");
        Check(options.ActivityIntensity >= 0 && !double.IsInfinity(options.ActivityIntensity), nameof(options.ActivityIntensity),
            options.ActivityIntensity, "The intensity must be a finite number, 0 or more.");
        Check(options.OutcomeRecordsPerMeasure is >= 1 and <= 1000, nameof(options.OutcomeRecordsPerMeasure), options.OutcomeRecordsPerMeasure,
            "The outcome records per measure must lie in 1 – 1000.");
        return new ProvinceGenerator(options).Generate();
    }

    private static void Check(bool condition, string name, object? value, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, value, message);
        }
    }
}
