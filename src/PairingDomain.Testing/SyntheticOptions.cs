using System;
using NodaTime;

namespace PairingDomain.Testing;

/// <summary>
/// What <see cref="SyntheticProvince.Generate"/> builds: the seed, the assessed year and as-of date, and the size of the
/// province — units, counties, posted villages, stationed cadres and how busy the ledger is.
/// </summary>
/// <remarks>
/// The defaults are <see cref="Sichuan2019"/>, the figures of 川直委发〔2019〕4号 §II: 370 units, the 88 real poverty
/// counties, 974 posted villages and 1,544 stationed cadres. Counties beyond the 88 real ones are synthesised with codes
/// in other provinces' ranges and names that say they are synthetic.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record SyntheticOptions
{
    /// <summary>The number of real Sichuan poverty counties in the embedded data.</summary>
    public const int RealCountyCount = 88;

    /// <summary>The most counties the generator makes: the 88 real ones and 891 synthetic ones in each of 21 provinces.</summary>
    public const int MaxCounties = RealCountyCount + (21 * 9 * 99);

    /// <summary>The seed of the generator's <see cref="Random"/>; the same options always give the same case.</summary>
    public int Seed { get; init; } = 2019;

    /// <summary>The assessed year; postings, pairings and the ledger are laid out around it.</summary>
    public int Year { get; init; } = 2019;

    /// <summary>
    /// The as-of date within <see cref="Year"/>, or null for a full-year case. Before the year's last day the ledger
    /// stops at this date, no grades are given and the year's villages and counties have not yet exited.
    /// </summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The number of assistance units, split by kind in the 2018 proportions 128 : 115 : 44 : 61 : 22.</summary>
    public int Units { get; init; } = 370;

    /// <summary>
    /// The number of poverty counties: up to 88 are taken from the real list (spread across it when fewer), the rest
    /// are synthetic.
    /// </summary>
    public int Counties { get; init; } = RealCountyCount;

    /// <summary>The number of villages with stationed cadres (each village has exactly one sending unit).</summary>
    public int PostedVillages { get; init; } = 974;

    /// <summary>
    /// The number of stationed cadres sent, counting those who rotated out during the year and their successors; at
    /// least <see cref="PostedVillages"/>.
    /// </summary>
    public int Cadres { get; init; } = 1544;

    /// <summary>
    /// How busy the ledger is: 1 gives totals near the committee's 2018 figures; larger values multiply the activities
    /// units make beyond their minimums (for benchmarks), 0 leaves only the minimums.
    /// </summary>
    public double ActivityIntensity { get; init; } = 1.0;

    /// <summary>
    /// Whether the case carries the stationed cadres' own work and the Work Committee's trainings of
    /// <c>pairing-case/2</c> (case-format-2.md §1): local team members completing each village's team to 3–5, a year
    /// of monthly attendance, work records and reviews for every cadre in post, and the committee's 5 demonstration
    /// trainings — the inputs of <c>DUTY-CADRE-FULL-TIME</c>, <c>DUTY-CADRE-DAYS</c>, <c>CADRE-CRITICISE</c>, the
    /// <c>TEAM-*</c> rules and <c>DUTY-COMMITTEE-TRAINING</c>. False (the default) gives a <c>pairing-case/1</c> case.
    /// </summary>
    /// <remarks>
    /// The work book is drawn from a <see cref="Random"/> of its own, seeded from <see cref="Seed"/>, after the rest of
    /// the case: the roster, ledger and grades are the same with or without it.
    /// </remarks>
    public bool IncludeCadreWork { get; init; }

    /// <summary>
    /// With <see cref="IncludeCadreWork"/>: how many outcome records each unit makes per county pairing and measure
    /// (case-format-2.md §1 <c>outcomes</c>), the unit's share of the measure's total split between them; 1 (the default)
    /// gives one record each. The totals stay near §II's 2018 figures whatever the split.
    /// </summary>
    public int OutcomeRecordsPerMeasure { get; init; } = 1;

    /// <summary>
    /// With <see cref="IncludeCadreWork"/>: whether every village of the roster carries an exit indicator record for the
    /// year (the annual monitoring of a whole province's villages), not only the villages due to exit in it (false, the
    /// default). A village not due that exited before the year meets its standard; one due later falls short of it.
    /// </summary>
    public bool IndicatorsForEveryVillage { get; init; }

    /// <summary>The default case: a synthetic Sichuan 2019, full year, seed 2019.</summary>
    public static SyntheticOptions Sichuan2019 { get; } = new();

    /// <summary>
    /// A national-scale case for benchmarks: 50,000 units, 832 counties (88 real, 744 synthetic), 250,000 posted
    /// villages, 1,000,000 cadres and about 10,000,000 activities; with <see cref="IncludeCadreWork"/> also about
    /// 2,300,000 outcomes (4 records per unit, pairing and measure) and an exit indicator record for each of the 250,000
    /// villages.
    /// </summary>
    public static SyntheticOptions National { get; } = new()
    {
        Units = 50_000,
        Counties = 832,
        PostedVillages = 250_000,
        Cadres = 1_000_000,
        ActivityIntensity = 8.4,
        OutcomeRecordsPerMeasure = 4,
        IndicatorsForEveryVillage = true,
    };

    /// <summary>
    /// <see cref="Sichuan2019"/> scaled: every count multiplied by <paramref name="scale"/> (at least one unit and one
    /// county), the ledger's intensity unchanged. <c>Scaled(10 / 370.0)</c> gives a 10-unit case.
    /// </summary>
    /// <param name="scale">The factor, greater than 0.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not a positive finite number.</exception>
    public static SyntheticOptions Scaled(double scale, int seed = 2019)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive finite number.");
        }
        int villages = (int)Math.Round(974 * scale, MidpointRounding.AwayFromZero);
        return new SyntheticOptions
        {
            Seed = seed,
            Units = Math.Max(1, (int)Math.Round(370 * scale, MidpointRounding.AwayFromZero)),
            Counties = Math.Max(1, (int)Math.Round(RealCountyCount * scale, MidpointRounding.AwayFromZero)),
            PostedVillages = villages,
            Cadres = Math.Max(villages, (int)Math.Round(1544 * scale, MidpointRounding.AwayFromZero)),
        };
    }
}
