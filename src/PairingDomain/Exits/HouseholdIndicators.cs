using System.Collections.Generic;
using System.Collections.Immutable;
using PairingDomain.Places;

namespace PairingDomain.Exits;

/// <summary>
/// A registered poor household's exit indicators for one year (case-format-2.md §1, <c>householdIndicators</c>), the
/// input of <c>EXIT-HOUSEHOLD</c> (domain.md §8, "一超六有", 《四川省贫困县贫困村贫困户退出实施方案》): per-capita net
/// income against the national poverty line, no worry about food and clothing, and compulsory education, basic medical
/// care, safe housing, safe drinking water, household electricity, radio and television.
/// </summary>
/// <remarks>
/// The income is exact decimal yuan, at least 0: a record that breaks this cannot be built, and a reader reports such a
/// value with <see cref="ValueProblems"/> (<c>invalid-value</c>) instead. At most one record per household and year,
/// that the village is in the roster and that the edition has a poverty line for the year are checked where the
/// records are assembled, by <see cref="ExitIndicatorBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record HouseholdIndicators
{
    /// <summary>Creates a household's indicators.</summary>
    /// <param name="household">The household's identifier (the registration number, 建档立卡户编号).</param>
    /// <param name="village">The household's village.</param>
    /// <param name="year">The year recorded.</param>
    /// <param name="netIncomePerCapita">Per-capita net income in yuan, at least 0.</param>
    /// <param name="foodAndClothing">No worry about food and clothing (不愁吃、不愁穿).</param>
    /// <param name="education">Compulsory education assured (义务教育有保障).</param>
    /// <param name="medical">Basic medical care assured (基本医疗有保障).</param>
    /// <param name="housing">Safe housing (住房安全有保障).</param>
    /// <param name="water">Safe drinking water (安全饮用水).</param>
    /// <param name="electricity">Household electricity (生活用电).</param>
    /// <param name="broadcast">Radio and television (广播电视).</param>
    /// <exception cref="System.ArgumentException"><paramref name="household"/> is not an identifier, or <paramref name="village"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999, or the income is negative.</exception>
    public HouseholdIndicators(string household, VillageCode village, int year, decimal netIncomePerCapita, bool foodAndClothing,
        bool education, bool medical, bool housing, bool water, bool electricity, bool broadcast)
    {
        Household = Preconditions.CheckId(household, nameof(household));
        Preconditions.CheckArgument(village.Value is not null, nameof(village), "The village is the default value.");
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        ExitIndicatorValues.CheckAmount(netIncomePerCapita, nameof(netIncomePerCapita));
        Village = village;
        Year = year;
        NetIncomePerCapita = netIncomePerCapita;
        FoodAndClothing = foodAndClothing;
        Education = education;
        Medical = medical;
        Housing = housing;
        Water = water;
        Electricity = electricity;
        Broadcast = broadcast;
    }

    /// <summary>The household's identifier.</summary>
    public string Household { get; }

    /// <summary>The household's village.</summary>
    public VillageCode Village { get; }

    /// <summary>The year recorded.</summary>
    public int Year { get; }

    /// <summary>Per-capita net income in yuan.</summary>
    public decimal NetIncomePerCapita { get; }

    /// <summary>No worry about food and clothing (不愁吃、不愁穿).</summary>
    public bool FoodAndClothing { get; }

    /// <summary>Compulsory education assured.</summary>
    public bool Education { get; }

    /// <summary>Basic medical care assured.</summary>
    public bool Medical { get; }

    /// <summary>Safe housing.</summary>
    public bool Housing { get; }

    /// <summary>Safe drinking water.</summary>
    public bool Water { get; }

    /// <summary>Household electricity.</summary>
    public bool Electricity { get; }

    /// <summary>Radio and television.</summary>
    public bool Broadcast { get; }

    /// <summary>
    /// The <c>invalid-value</c> problems of a household's values read from an input: a negative income at
    /// <c>netIncomePerCapita</c>. Empty exactly when the constructor accepts the value.
    /// </summary>
    /// <param name="netIncomePerCapita">The income as read.</param>
    /// <param name="path">The record's JSONPath, such as <c>$.householdIndicators[3]</c>.</param>
    /// <returns>The problems.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ImmutableArray<Problem> ValueProblems(decimal netIncomePerCapita, string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        var problems = new List<Problem>();
        ExitIndicatorValues.Amount(problems, path, "netIncomePerCapita", netIncomePerCapita);
        return [.. problems];
    }
}
