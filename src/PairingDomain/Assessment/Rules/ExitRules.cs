using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using PairingDomain.Exits;
using PairingDomain.Places;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// The exit standards (domain.md §8, 《四川省贫困县贫困村贫困户退出实施方案》 2016; case-format-2.md §2):
/// <c>EXIT-HOUSEHOLD</c> (一超六有: income above the national poverty line of the year, and food and clothing, education,
/// medical care, housing, water, electricity, broadcasting), <c>EXIT-VILLAGE</c> (一低五有: incidence below 3%,
/// collective income, road, clinic, culture room, network), <c>EXIT-COUNTY</c> (一低三有 and the 2018 approvals:
/// incidence below 3%, every township with school, health centre and service centre, wrongful exits and missed
/// registrations below 2%, approval above 90%), and <c>EXIT-CLAIM-UNSUPPORTED</c>, a village exit or county delisting
/// claimed for the year that its indicator record for the year does not bear out, or that has no record (§4).
/// </summary>
/// <remarks>
/// Every threshold is a parameter of the rule, read with no fallback: <see cref="FigureProblems"/> makes
/// <see cref="PolicyEditionBuilder.Build"/> refuse an evaluated standard whose figure is absent or malformed. The national
/// poverty line of year YYYY is the parameter <c>poverty-line-YYYY</c> of <c>EXIT-HOUSEHOLD</c> (current-price yuan); a
/// year without one is <c>unknown-poverty-line</c> where the records are assembled
/// (<see cref="ExitIndicatorBookBuilder"/>), never a guess. A claim is checked against its standard when the edition
/// applies the standard; when it does not, only a claim with no record for the year is unsupported. The claims and
/// records are those of the year whatever the as-of date: an exit is claimed for a year, not a day.
/// </remarks>
internal static class ExitRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } =
        [RuleIds.ExitHousehold, RuleIds.ExitVillage, RuleIds.ExitCounty, RuleIds.ExitClaimUnsupported];

    /// <summary>The prefix of the poverty-line parameters of <c>EXIT-HOUSEHOLD</c>: <c>poverty-line-2019</c>.</summary>
    internal const string PovertyLinePrefix = "poverty-line-";

    /// <summary>The percentages the standards read (0 to 100), by rule.</summary>
    private static readonly (RuleId Rule, string Name)[] s_percents =
    [
        (RuleIds.ExitVillage, "incidence-below-percent"),
        (RuleIds.ExitCounty, "incidence-below-percent"),
        (RuleIds.ExitCounty, "wrongful-exit-below-percent"),
        (RuleIds.ExitCounty, "missed-registration-below-percent"),
        (RuleIds.ExitCounty, "approval-above-percent"),
    ];

    /// <summary>The amounts of yuan the standards read (at least 0), by rule.</summary>
    private static readonly (RuleId Rule, string Name)[] s_amounts = [(RuleIds.ExitVillage, "collective-income-above-yuan")];

    /// <summary>A figure as a decimal of at least 0 in plain notation (<c>3</c>, <c>0.5</c>), or null when absent or malformed.</summary>
    internal static decimal? Figure(PolicyRule rule, string name)
    {
        foreach (RuleParameter p in rule.Parameters)
        {
            if (p.Name == name)
            {
                return decimal.TryParse(p.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                    ? value
                    : null;
            }
        }
        return null;
    }

    /// <summary>The national poverty line of <paramref name="year"/> in the edition, or null when it has none.</summary>
    internal static decimal? PovertyLine(PolicyEdition edition, int year) =>
        edition.FindRule(RuleIds.ExitHousehold) is { } rule
            ? Figure(rule, PovertyLinePrefix + year.ToString(CultureInfo.InvariantCulture)) is { } line && line > 0m ? line : null
            : null;

    /// <summary>
    /// The problems of the evaluated standards' figures among <paramref name="rules"/>, for
    /// <see cref="PolicyEditionBuilder.Build"/>: a percentage absent or not a number from 0 to 100, an amount absent or
    /// not a number of at least 0, a poverty line not a number above 0.
    /// </summary>
    internal static IEnumerable<Problem> FigureProblems(IEnumerable<PolicyRule> rules)
    {
        var byId = new Dictionary<RuleId, PolicyRule>();
        foreach (PolicyRule rule in rules)
        {
            byId.TryAdd(rule.Id, rule);
        }
        foreach ((RuleId id, string name) in s_percents)
        {
            if (byId.TryGetValue(id, out PolicyRule? rule) && rule.IsEvaluated && Figure(rule, name) is not (>= 0m and <= 100m))
            {
                yield return new Problem($"rules[{id}].parameters.{name}", ProblemCodes.InvalidValue,
                    $"{id} is evaluated from its parameter '{name}', which must be a number from 0 to 100",
                    $"{id} 按其参数“{name}”评估，该参数须为 0 至 100 之间的数");
            }
        }
        foreach ((RuleId id, string name) in s_amounts)
        {
            if (byId.TryGetValue(id, out PolicyRule? rule) && rule.IsEvaluated && Figure(rule, name) is null)
            {
                yield return new Problem($"rules[{id}].parameters.{name}", ProblemCodes.InvalidValue,
                    $"{id} is evaluated from its parameter '{name}', which must be a number of at least 0",
                    $"{id} 按其参数“{name}”评估，该参数须为不小于 0 的数");
            }
        }
        if (byId.TryGetValue(RuleIds.ExitHousehold, out PolicyRule? household) && household.IsEvaluated)
        {
            foreach (RuleParameter p in household.Parameters)
            {
                if (p.Name.StartsWith(PovertyLinePrefix, StringComparison.Ordinal)
                    && (!int.TryParse(p.Name.AsSpan(PovertyLinePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                        || year is < 1 or > 9999 || Figure(household, p.Name) is not > 0m))
                {
                    yield return new Problem($"rules[{RuleIds.ExitHousehold}].parameters.{p.Name}", ProblemCodes.InvalidValue,
                        $"{p.Name} must name a year (poverty-line-2019) and be a number of yuan above 0",
                        $"{p.Name} 须以年度命名（poverty-line-2019）且为大于 0 的元数");
                }
            }
        }
    }

    private static decimal Required(PolicyEdition edition, RuleId rule, string name) =>
        Figure(edition.GetRule(rule), name)
        ?? throw new InvalidOperationException($"{rule} has no figure '{name}': the edition's builder should have refused it.");

    /// <summary>
    /// Judges the year's indicator records on the standards the edition applies, and adds the
    /// <c>EXIT-CLAIM-UNSUPPORTED</c> findings to <paramref name="findings"/> when the edition applies that rule.
    /// </summary>
    /// <exception cref="ArgumentException">A household record of the year has no poverty line in the edition (the book was built for another edition).</exception>
    internal static ExitResults Evaluate(AssessmentPlan plan, ExitIndicatorBook book, List<Finding> findings)
    {
        PolicyEdition edition = plan.Edition;
        int year = plan.Year;
        ImmutableArray<ExitStandardResult> households = [];
        if (edition.Applies(RuleIds.ExitHousehold))
        {
            ImmutableArray<ExitStandardResult>.Builder list = ImmutableArray.CreateBuilder<ExitStandardResult>();
            decimal? line = null;
            foreach (HouseholdIndicators h in book.Households)
            {
                if (h.Year != year)
                {
                    continue;
                }
                line ??= PovertyLine(edition, year) ?? throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The edition {edition.Id} has no poverty line for {year}: the indicators were checked against another edition."),
                    nameof(book));
                list.Add(new ExitStandardResult(RuleIds.ExitHousehold, h.Household, HouseholdFailed(h, line.Value)));
            }
            households = list.DrainToImmutable();
        }

        bool villageStandard = edition.Applies(RuleIds.ExitVillage);
        bool countyStandard = edition.Applies(RuleIds.ExitCounty);
        VillageThresholds? vt = villageStandard ? new VillageThresholds(
            Required(edition, RuleIds.ExitVillage, "incidence-below-percent") / 100m,
            Required(edition, RuleIds.ExitVillage, "collective-income-above-yuan")) : null;
        CountyThresholds? ct = countyStandard ? new CountyThresholds(
            Required(edition, RuleIds.ExitCounty, "incidence-below-percent") / 100m,
            Required(edition, RuleIds.ExitCounty, "wrongful-exit-below-percent") / 100m,
            Required(edition, RuleIds.ExitCounty, "missed-registration-below-percent") / 100m,
            Required(edition, RuleIds.ExitCounty, "approval-above-percent") / 100m) : null;

        ImmutableArray<ExitStandardResult> villages = [];
        if (vt is not null)
        {
            ImmutableArray<ExitStandardResult>.Builder list = ImmutableArray.CreateBuilder<ExitStandardResult>();
            foreach (VillageIndicators v in book.Villages)
            {
                if (v.Year == year)
                {
                    list.Add(new ExitStandardResult(RuleIds.ExitVillage, v.Village.Value, VillageFailed(v, vt)));
                }
            }
            villages = list.DrainToImmutable();
        }
        ImmutableArray<ExitStandardResult> counties = [];
        if (ct is not null)
        {
            ImmutableArray<ExitStandardResult>.Builder list = ImmutableArray.CreateBuilder<ExitStandardResult>();
            foreach (CountyIndicators c in book.Counties)
            {
                if (c.Year == year)
                {
                    list.Add(new ExitStandardResult(RuleIds.ExitCounty, c.County.Value, CountyFailed(c, ct)));
                }
            }
            counties = list.DrainToImmutable();
        }

        if (edition.Applies(RuleIds.ExitClaimUnsupported))
        {
            foreach (Village village in plan.Roster.Villages)
            {
                if (village.ExitedYear != year)
                {
                    continue;
                }
                VillageIndicators? record = book.VillageRecordOf(village.Code, year);
                ImmutableArray<string> failed = record is null || vt is null ? [] : VillageFailed(record, vt);
                if (record is null || !failed.IsEmpty)
                {
                    findings.Add(Unsupported(village.Code.Value, $"Village {village.Code}", $"村 {village.Code}", "exit", "退出", year, record is null, failed));
                }
            }
            foreach (County county in plan.Roster.Counties)
            {
                if (county.DelistedYear != year)
                {
                    continue;
                }
                CountyIndicators? record = book.CountyRecordOf(county.Code, year);
                ImmutableArray<string> failed = record is null || ct is null ? [] : CountyFailed(record, ct);
                if (record is null || !failed.IsEmpty)
                {
                    findings.Add(Unsupported(county.Code.Value, $"County {county.Code}", $"县 {county.Code}", "delisting", "摘帽", year, record is null, failed));
                }
            }
        }
        return new ExitResults(households, villages, counties);
    }

    private static Finding Unsupported(string subject, string who, string whoZh, string claim, string claimZh, int year, bool missing,
        ImmutableArray<string> failed)
    {
        string y = year.ToString(CultureInfo.InvariantCulture);
        return missing
            ? new Finding(RuleIds.ExitClaimUnsupported, subject,
                $"{who} claims its {claim} in {y} but has no exit indicators for {y}.",
                $"{whoZh}申报{y}年{claimZh}，但没有{y}年的退出指标。")
            : new Finding(RuleIds.ExitClaimUnsupported, subject,
                $"{who} claims its {claim} in {y} but its indicators for {y} fail the exit standard: {string.Join(", ", failed)}.",
                $"{whoZh}申报{y}年{claimZh}，但其{y}年退出指标未达标：{string.Join("、", failed)}。");
    }

    /// <summary><c>EXIT-HOUSEHOLD</c>'s failed criteria, in case-format-2.md §2's order.</summary>
    internal static ImmutableArray<string> HouseholdFailed(HouseholdIndicators h, decimal povertyLine)
    {
        ImmutableArray<string>.Builder failed = ImmutableArray.CreateBuilder<string>();
        Add(failed, h.NetIncomePerCapita > povertyLine, "income");
        Add(failed, h.FoodAndClothing, "food-and-clothing");
        Add(failed, h.Education, "education");
        Add(failed, h.Medical, "medical");
        Add(failed, h.Housing, "housing");
        Add(failed, h.Water, "water");
        Add(failed, h.Electricity, "electricity");
        Add(failed, h.Broadcast, "broadcast");
        return failed.DrainToImmutable();
    }

    private static ImmutableArray<string> VillageFailed(VillageIndicators v, VillageThresholds t)
    {
        ImmutableArray<string>.Builder failed = ImmutableArray.CreateBuilder<string>();
        Add(failed, v.PovertyIncidence < t.IncidenceBelow, "poverty-incidence");
        Add(failed, v.CollectiveIncome > t.CollectiveIncomeAbove, "collective-income");
        Add(failed, v.HardenedRoad, "hardened-road");
        Add(failed, v.Clinic, "clinic");
        Add(failed, v.CultureRoom, "culture-room");
        Add(failed, v.Network, "network");
        return failed.DrainToImmutable();
    }

    private static ImmutableArray<string> CountyFailed(CountyIndicators c, CountyThresholds t)
    {
        ImmutableArray<string>.Builder failed = ImmutableArray.CreateBuilder<string>();
        Add(failed, c.PovertyIncidence < t.IncidenceBelow, "poverty-incidence");
        Add(failed, c.TownshipsWithSchool == c.Townships, "township-school");
        Add(failed, c.TownshipsWithHealthCentre == c.Townships, "township-health-centre");
        Add(failed, c.TownshipsWithServiceCentre == c.Townships, "township-service-centre");
        Add(failed, c.WrongfulExitRate < t.WrongfulExitBelow, "wrongful-exit-rate");
        Add(failed, c.MissedRegistrationRate < t.MissedRegistrationBelow, "missed-registration-rate");
        Add(failed, c.ApprovalRate > t.ApprovalAbove, "approval-rate");
        return failed.DrainToImmutable();
    }

    private static void Add(ImmutableArray<string>.Builder failed, bool met, string criterion)
    {
        if (!met)
        {
            failed.Add(criterion);
        }
    }

    private sealed record VillageThresholds(decimal IncidenceBelow, decimal CollectiveIncomeAbove);

    private sealed record CountyThresholds(decimal IncidenceBelow, decimal WrongfulExitBelow, decimal MissedRegistrationBelow, decimal ApprovalAbove);
}
