using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using PairingDomain.Places;

namespace PairingDomain.Exits;

/// <summary>
/// A poverty county's exit indicators for one year (case-format-2.md §1, <c>countyIndicators</c>), the input of
/// <c>EXIT-COUNTY</c> (domain.md §8, "一低三有", 《四川省贫困县贫困村贫困户退出实施方案》, and the 2018 approvals under
/// 国开办发〔2017〕56号): poverty incidence, the townships with a standard central school, a qualified health centre and
/// a convenience-service centre, the wrongful-exit and missed-registration rates and the public approval rate.
/// </summary>
/// <remarks>
/// Rates are fractions from 0 to 1; <see cref="Townships"/> is at least 1 and each township count from 0 to it: a
/// record that breaks this cannot be built, and a reader reports such values with <see cref="ValueProblems"/>
/// (<c>invalid-value</c>) instead. At most one record per county and year, and that the county is in the roster, are
/// checked by <see cref="ExitIndicatorBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record CountyIndicators
{
    /// <summary>Creates a county's indicators.</summary>
    /// <param name="county">The county.</param>
    /// <param name="year">The year recorded.</param>
    /// <param name="povertyIncidence">The poverty incidence, a fraction from 0 to 1.</param>
    /// <param name="townships">The county's townships, at least 1.</param>
    /// <param name="townshipsWithSchool">Townships with a standard central school, 0 to <paramref name="townships"/>.</param>
    /// <param name="townshipsWithHealthCentre">Townships with a qualified health centre, 0 to <paramref name="townships"/>.</param>
    /// <param name="townshipsWithServiceCentre">Townships with a convenience-service centre, 0 to <paramref name="townships"/>.</param>
    /// <param name="wrongfulExitRate">The wrongful-exit rate (错退率), a fraction from 0 to 1.</param>
    /// <param name="missedRegistrationRate">The missed-registration rate (漏评率), a fraction from 0 to 1.</param>
    /// <param name="approvalRate">The public approval rate (群众认可度), a fraction from 0 to 1.</param>
    /// <exception cref="System.ArgumentException"><paramref name="county"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The year, a count or a rate is out of its range.</exception>
    public CountyIndicators(DivisionCode county, int year, decimal povertyIncidence, int townships, int townshipsWithSchool,
        int townshipsWithHealthCentre, int townshipsWithServiceCentre, decimal wrongfulExitRate, decimal missedRegistrationRate,
        decimal approvalRate)
    {
        Preconditions.CheckArgument(county.Value is not null, nameof(county), "The county is the default value.");
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        ExitIndicatorValues.CheckRate(povertyIncidence, nameof(povertyIncidence));
        Preconditions.CheckArgumentRange(nameof(townships), townships, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(townshipsWithSchool), townshipsWithSchool, 0, townships);
        Preconditions.CheckArgumentRange(nameof(townshipsWithHealthCentre), townshipsWithHealthCentre, 0, townships);
        Preconditions.CheckArgumentRange(nameof(townshipsWithServiceCentre), townshipsWithServiceCentre, 0, townships);
        ExitIndicatorValues.CheckRate(wrongfulExitRate, nameof(wrongfulExitRate));
        ExitIndicatorValues.CheckRate(missedRegistrationRate, nameof(missedRegistrationRate));
        ExitIndicatorValues.CheckRate(approvalRate, nameof(approvalRate));
        County = county;
        Year = year;
        PovertyIncidence = povertyIncidence;
        Townships = townships;
        TownshipsWithSchool = townshipsWithSchool;
        TownshipsWithHealthCentre = townshipsWithHealthCentre;
        TownshipsWithServiceCentre = townshipsWithServiceCentre;
        WrongfulExitRate = wrongfulExitRate;
        MissedRegistrationRate = missedRegistrationRate;
        ApprovalRate = approvalRate;
    }

    /// <summary>The county.</summary>
    public DivisionCode County { get; }

    /// <summary>The year recorded.</summary>
    public int Year { get; }

    /// <summary>The poverty incidence, a fraction from 0 to 1.</summary>
    public decimal PovertyIncidence { get; }

    /// <summary>The county's townships.</summary>
    public int Townships { get; }

    /// <summary>Townships with a standard central school.</summary>
    public int TownshipsWithSchool { get; }

    /// <summary>Townships with a qualified health centre.</summary>
    public int TownshipsWithHealthCentre { get; }

    /// <summary>Townships with a convenience-service centre.</summary>
    public int TownshipsWithServiceCentre { get; }

    /// <summary>The wrongful-exit rate, a fraction from 0 to 1.</summary>
    public decimal WrongfulExitRate { get; }

    /// <summary>The missed-registration rate, a fraction from 0 to 1.</summary>
    public decimal MissedRegistrationRate { get; }

    /// <summary>The public approval rate, a fraction from 0 to 1.</summary>
    public decimal ApprovalRate { get; }

    /// <summary>
    /// The <c>invalid-value</c> problems of a county's values read from an input, at the field: a rate outside 0 to 1,
    /// <c>townships</c> below 1, a township count below 0 or (when <c>townships</c> is at least 1) above it. Empty exactly
    /// when the constructor accepts them.
    /// </summary>
    /// <param name="povertyIncidence">The incidence as read.</param>
    /// <param name="townships">The townships as read.</param>
    /// <param name="townshipsWithSchool">The townships with a school as read.</param>
    /// <param name="townshipsWithHealthCentre">The townships with a health centre as read.</param>
    /// <param name="townshipsWithServiceCentre">The townships with a service centre as read.</param>
    /// <param name="wrongfulExitRate">The wrongful-exit rate as read.</param>
    /// <param name="missedRegistrationRate">The missed-registration rate as read.</param>
    /// <param name="approvalRate">The approval rate as read.</param>
    /// <param name="path">The record's JSONPath, such as <c>$.countyIndicators[3]</c>.</param>
    /// <returns>The problems, at most one per field, in field order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ImmutableArray<Problem> ValueProblems(decimal povertyIncidence, int townships, int townshipsWithSchool,
        int townshipsWithHealthCentre, int townshipsWithServiceCentre, decimal wrongfulExitRate, decimal missedRegistrationRate,
        decimal approvalRate, string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        var problems = new List<Problem>();
        ExitIndicatorValues.Rate(problems, path, "povertyIncidence", povertyIncidence);
        if (townships < 1)
        {
            problems.Add(new Problem(path + ".townships", ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"townships {townships} is below 1"),
                string.Create(CultureInfo.InvariantCulture, $"乡镇数 {townships} 小于 1")));
        }
        TownshipCount(problems, path, "townshipsWithSchool", townshipsWithSchool, townships);
        TownshipCount(problems, path, "townshipsWithHealthCentre", townshipsWithHealthCentre, townships);
        TownshipCount(problems, path, "townshipsWithServiceCentre", townshipsWithServiceCentre, townships);
        ExitIndicatorValues.Rate(problems, path, "wrongfulExitRate", wrongfulExitRate);
        ExitIndicatorValues.Rate(problems, path, "missedRegistrationRate", missedRegistrationRate);
        ExitIndicatorValues.Rate(problems, path, "approvalRate", approvalRate);
        return [.. problems];
    }

    private static void TownshipCount(List<Problem> problems, string path, string field, int count, int townships)
    {
        if (count < 0)
        {
            problems.Add(new Problem(path + "." + field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{field} {count} is negative"),
                string.Create(CultureInfo.InvariantCulture, $"{field} {count} 为负数")));
        }
        else if (townships >= 1 && count > townships)
        {
            problems.Add(new Problem(path + "." + field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{field} {count} exceeds the county's {townships} townships"),
                string.Create(CultureInfo.InvariantCulture, $"{field} {count} 超过该县乡镇数 {townships}")));
        }
    }
}
