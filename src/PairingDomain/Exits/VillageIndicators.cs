using System.Collections.Generic;
using System.Collections.Immutable;
using PairingDomain.Places;

namespace PairingDomain.Exits;

/// <summary>
/// A poverty village's exit indicators for one year (case-format-2.md §1, <c>villageIndicators</c>), the input of
/// <c>EXIT-VILLAGE</c> (domain.md §8, "一低五有", 《四川省贫困县贫困村贫困户退出实施方案》): poverty incidence, collective
/// economic income, a hardened road, a clinic, a culture room and a communications network.
/// </summary>
/// <remarks>
/// The incidence is a fraction from 0 to 1 and the income exact decimal yuan, at least 0: a record that breaks this
/// cannot be built, and a reader reports such values with <see cref="ValueProblems"/> (<c>invalid-value</c>) instead.
/// At most one record per village and year, and that the village is in the roster, are checked by
/// <see cref="ExitIndicatorBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record VillageIndicators
{
    /// <summary>Creates a village's indicators.</summary>
    /// <param name="village">The village.</param>
    /// <param name="year">The year recorded.</param>
    /// <param name="povertyIncidence">The poverty incidence, a fraction from 0 to 1 (0.025 for 2.5%).</param>
    /// <param name="collectiveIncome">The village's collective economic income in yuan, at least 0.</param>
    /// <param name="hardenedRoad">A hardened road to the village (通硬化路).</param>
    /// <param name="clinic">A standard clinic (卫生室).</param>
    /// <param name="cultureRoom">A culture room (文化室).</param>
    /// <param name="network">A communications network (通信网络).</param>
    /// <exception cref="System.ArgumentException"><paramref name="village"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The year is outside 1 to 9999, the incidence outside 0 to 1, or the income negative.</exception>
    public VillageIndicators(VillageCode village, int year, decimal povertyIncidence, decimal collectiveIncome, bool hardenedRoad,
        bool clinic, bool cultureRoom, bool network)
    {
        Preconditions.CheckArgument(village.Value is not null, nameof(village), "The village is the default value.");
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        ExitIndicatorValues.CheckRate(povertyIncidence, nameof(povertyIncidence));
        ExitIndicatorValues.CheckAmount(collectiveIncome, nameof(collectiveIncome));
        Village = village;
        Year = year;
        PovertyIncidence = povertyIncidence;
        CollectiveIncome = collectiveIncome;
        HardenedRoad = hardenedRoad;
        Clinic = clinic;
        CultureRoom = cultureRoom;
        Network = network;
    }

    /// <summary>The village.</summary>
    public VillageCode Village { get; }

    /// <summary>The year recorded.</summary>
    public int Year { get; }

    /// <summary>The poverty incidence, a fraction from 0 to 1.</summary>
    public decimal PovertyIncidence { get; }

    /// <summary>The collective economic income in yuan.</summary>
    public decimal CollectiveIncome { get; }

    /// <summary>A hardened road to the village.</summary>
    public bool HardenedRoad { get; }

    /// <summary>A standard clinic.</summary>
    public bool Clinic { get; }

    /// <summary>A culture room.</summary>
    public bool CultureRoom { get; }

    /// <summary>A communications network.</summary>
    public bool Network { get; }

    /// <summary>
    /// The <c>invalid-value</c> problems of a village's values read from an input: an incidence outside 0 to 1 at
    /// <c>povertyIncidence</c>, a negative income at <c>collectiveIncome</c>. Empty exactly when the constructor accepts them.
    /// </summary>
    /// <param name="povertyIncidence">The incidence as read.</param>
    /// <param name="collectiveIncome">The income as read.</param>
    /// <param name="path">The record's JSONPath, such as <c>$.villageIndicators[3]</c>.</param>
    /// <returns>The problems, at most one per field.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ImmutableArray<Problem> ValueProblems(decimal povertyIncidence, decimal collectiveIncome, string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        var problems = new List<Problem>();
        ExitIndicatorValues.Rate(problems, path, "povertyIncidence", povertyIncidence);
        ExitIndicatorValues.Amount(problems, path, "collectiveIncome", collectiveIncome);
        return [.. problems];
    }
}
