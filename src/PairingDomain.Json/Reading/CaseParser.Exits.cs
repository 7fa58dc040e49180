using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PairingDomain.Exits;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The exit indicator members of <c>pairing-case/2</c> (case-format-2.md §1, "Exit indicators"):
/// <c>householdIndicators</c>, <c>villageIndicators</c> and <c>countyIndicators</c>, read field by field and assembled by
/// <see cref="ExitIndicatorBookBuilder"/> against the case's roster and edition.
/// </summary>
/// <remarks>
/// Readings where case-format-2.md §1 is silent: every field is required; a rate or an amount is a JSON number
/// (a string such as <c>"NaN"</c> is <c>invalid-value</c>, as is a number no decimal holds); a rate is from 0 to 1 and an
/// income at least 0 (<see cref="VillageIndicators.ValueProblems"/> and its kin); townships are JSON integers. A record
/// with a bad value still reaches the builder with 0 in its place, so its subject and year are still judged; a record
/// whose subject or year is unreadable does not (its duplicate could not be told), though its village or county is
/// still looked up in the roster. <c>unknown-poverty-line</c> is the builder's, read-time, because the case names its
/// edition; with no known edition the records are checked field by field only.
/// </remarks>
internal sealed partial class CaseParser
{
    private void ReadHouseholdIndicators(RecordFields r)
    {
        bool keyed = r.Id(HouseholdIndicatorFields.Household, true, out string? household);
        keyed &= r.Village(HouseholdIndicatorFields.Village, true, out VillageCode? village);
        keyed &= r.Int(HouseholdIndicatorFields.Year, true, 1, 9999, out int? year);
        bool valueOk = Amount(r, HouseholdIndicatorFields.NetIncomePerCapita, out decimal income);
        r.Bool(HouseholdIndicatorFields.FoodAndClothing, true, out bool? food);
        r.Bool(HouseholdIndicatorFields.Education, true, out bool? education);
        r.Bool(HouseholdIndicatorFields.Medical, true, out bool? medical);
        r.Bool(HouseholdIndicatorFields.Housing, true, out bool? housing);
        r.Bool(HouseholdIndicatorFields.Water, true, out bool? water);
        r.Bool(HouseholdIndicatorFields.Electricity, true, out bool? electricity);
        r.Bool(HouseholdIndicatorFields.Broadcast, true, out bool? broadcast);
        if (valueOk)
        {
            valueOk = LogAll(HouseholdIndicators.ValueProblems(income, r.Path));
        }
        if (keyed && household is not null && village is { } v && year is { } y)
        {
            Builder.AddHouseholdIndicators(new HouseholdIndicators(household, v, y, valueOk ? income : 0m, food ?? false, education ?? false,
                medical ?? false, housing ?? false, water ?? false, electricity ?? false, broadcast ?? false), r.Path);
        }
        else if (village is { } code)
        {
            Builder.AddUnkeyedHouseholdIndicators(code, r.FieldPath(HouseholdIndicatorFields.Village));
        }
    }

    private void ReadVillageIndicators(RecordFields r)
    {
        bool keyed = r.Village(VillageIndicatorFields.Village, true, out VillageCode? village);
        keyed &= r.Int(VillageIndicatorFields.Year, true, 1, 9999, out int? year);
        bool valueOk = Amount(r, VillageIndicatorFields.PovertyIncidence, out decimal incidence);
        valueOk &= Amount(r, VillageIndicatorFields.CollectiveIncome, out decimal income);
        r.Bool(VillageIndicatorFields.HardenedRoad, true, out bool? road);
        r.Bool(VillageIndicatorFields.Clinic, true, out bool? clinic);
        r.Bool(VillageIndicatorFields.CultureRoom, true, out bool? culture);
        r.Bool(VillageIndicatorFields.Network, true, out bool? network);
        // Each value read is checked, whether or not the other was readable.
        bool checkedOk = LogAll(VillageIndicators.ValueProblems(incidence, income, r.Path));
        valueOk &= checkedOk;
        if (keyed && village is { } v && year is { } y)
        {
            Builder.AddVillageIndicators(new VillageIndicators(v, y, valueOk ? incidence : 0m, valueOk ? income : 0m, road ?? false, clinic ?? false,
                culture ?? false, network ?? false), r.Path);
        }
        else if (village is { } code)
        {
            Builder.AddUnkeyedVillageIndicators(code, r.FieldPath(VillageIndicatorFields.Village));
        }
    }

    private void ReadCountyIndicators(RecordFields r)
    {
        bool keyed = r.County(CountyIndicatorFields.County, true, out DivisionCode? county);
        keyed &= r.Int(CountyIndicatorFields.Year, true, 1, 9999, out int? year);
        bool valueOk = Amount(r, CountyIndicatorFields.PovertyIncidence, out decimal incidence);
        valueOk &= r.Int(CountyIndicatorFields.Townships, true, int.MinValue, int.MaxValue, out int? townships);
        valueOk &= r.Int(CountyIndicatorFields.TownshipsWithSchool, true, int.MinValue, int.MaxValue, out int? school);
        valueOk &= r.Int(CountyIndicatorFields.TownshipsWithHealthCentre, true, int.MinValue, int.MaxValue, out int? health);
        valueOk &= r.Int(CountyIndicatorFields.TownshipsWithServiceCentre, true, int.MinValue, int.MaxValue, out int? service);
        valueOk &= Amount(r, CountyIndicatorFields.WrongfulExitRate, out decimal wrongful);
        valueOk &= Amount(r, CountyIndicatorFields.MissedRegistrationRate, out decimal missed);
        valueOk &= Amount(r, CountyIndicatorFields.ApprovalRate, out decimal approval);
        // An unreadable count stands as 0 and an unreadable townships as int.MaxValue, so that only what was read is judged.
        bool checkedOk = LogAll(CountyIndicators.ValueProblems(incidence, townships ?? int.MaxValue, school ?? 0, health ?? 0, service ?? 0,
            wrongful, missed, approval, r.Path));
        valueOk &= checkedOk;
        if (keyed && county is { } c && year is { } y)
        {
            Builder.AddCountyIndicators(valueOk
                ? new CountyIndicators(c, y, incidence, townships!.Value, school!.Value, health!.Value, service!.Value, wrongful, missed, approval)
                : new CountyIndicators(c, y, 0m, 1, 0, 0, 0, 0m, 0m, 0m), r.Path);
        }
        else if (county is { } code)
        {
            Builder.AddUnkeyedCountyIndicators(code, r.FieldPath(CountyIndicatorFields.County));
        }
    }

    /// <summary>Logs the value problems; whether there were none.</summary>
    private bool LogAll(ImmutableArray<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            _log.Field(problem.Path, problem.Code, problem.Message, problem.ChineseMessage);
        }
        return problems.IsEmpty;
    }

    /// <summary>
    /// A required JSON number read exactly as a decimal (a rate or yuan): <c>missing-field</c> when absent or null,
    /// <c>invalid-value</c> when not a number or beyond a decimal. 0 and false when unreadable.
    /// </summary>
    private static bool Amount(RecordFields r, Field field, out decimal value)
    {
        value = 0m;
        if (!r.Has(field))
        {
            r.Invalid(field, ProblemCodes.MissingField, $"{r.Fields.What} needs '{field.Name}'", $"{r.Fields.ChineseWhat}须有“{field.Name}”字段");
            return false;
        }
        JsonElement element = r[field];
        if (element.ValueKind != JsonValueKind.Number)
        {
            r.Invalid(field, ProblemCodes.InvalidValue, $"expected a number, found {RecordFields.Describe(element.ValueKind)}",
                $"应为数值，实为{RecordFields.DescribeInChinese(element.ValueKind)}");
            return false;
        }
        if (!element.TryGetDecimal(out value))
        {
            r.Invalid(field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{element.GetRawText()} is not a decimal number"),
                string.Create(CultureInfo.InvariantCulture, $"{element.GetRawText()} 不是十进制数"));
            value = 0m;
            return false;
        }
        return true;
    }
}
