using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The member <c>outcomes</c> of <c>pairing-case/2</c> (case-format-2.md §1 "Outcomes"), read field by field and
/// assembled by <see cref="OutcomeBookBuilder"/>.
/// </summary>
/// <remarks>
/// Readings where the contract is silent: every field is required except <c>village</c>; <c>amount</c> is read from the
/// number's own text, exactly (never through a <c>double</c>): a string, a negative number, a number with more decimals
/// than its measure allows (counted on the value, so <c>1.50</c> km has 1), or one no <see cref="decimal"/> holds exactly
/// is <c>invalid-value</c> at <c>.amount</c>; an outcome's id used by an activity or a committee activity, wherever those
/// members stand, is the <c>duplicate-id</c> at its <c>.id</c>.
/// </remarks>
internal sealed partial class CaseParser
{
    private void ReadOutcome(RecordFields r)
    {
        r.Id(OutcomeFields.Id, true, out string? id);
        r.Id(OutcomeFields.Unit, true, out string? unit);
        r.County(OutcomeFields.County, true, out DivisionCode? county);
        r.Village(OutcomeFields.Village, false, out VillageCode? village);
        r.Date(OutcomeFields.On, true, out LocalDate? on);
        r.Enum(OutcomeFields.Measure, true, out OutcomeMeasure? measure);
        decimal? amount = ReadAmount(r, measure);
        Builder.AddOutcome(new Outcome(new ActivityId(id ?? Dummy(r.Path)), new UnitId(unit ?? Dummy(r.FieldPath(OutcomeFields.Unit))),
            county ?? s_dummyCounty, county is null ? null : village, on ?? s_dummyDate, measure ?? OutcomeMeasure.DirectInvestment, amount ?? 0m), r.Path);
    }

    /// <summary>
    /// The amount, exactly as written, or null after an <c>invalid-value</c> (or <c>missing-field</c>) at <c>.amount</c>;
    /// with an unreadable measure only its sign and size are checked.
    /// </summary>
    private static decimal? ReadAmount(RecordFields r, OutcomeMeasure? measure)
    {
        JsonElement element = r[OutcomeFields.Amount];
        if (!r.Has(OutcomeFields.Amount))
        {
            r.Int(OutcomeFields.Amount, true, 0, 0, out _);
            return null;
        }
        string what = measure is null ? "an amount" : $"an amount of {measure.ContractId}";
        string chineseWhat = measure is null ? "数量" : $"“{measure.ChineseName}”的数量";
        if (element.ValueKind != JsonValueKind.Number)
        {
            r.Invalid(OutcomeFields.Amount, ProblemCodes.InvalidValue, $"{what} is a JSON number, not {RecordFields.Describe(element.ValueKind)}",
                $"{chineseWhat}应为 JSON 数字，实为{RecordFields.DescribeInChinese(element.ValueKind)}");
            return null;
        }
        string text = element.GetRawText();
        if (!TryParseExact(text, out decimal value, out int decimals, out bool negative))
        {
            r.Invalid(OutcomeFields.Amount, ProblemCodes.InvalidValue, $"{text} is not {what} this library holds exactly (too large or too precise)",
                $"{text} 不是可精确表示的{chineseWhat}（过大或过精）");
            return null;
        }
        if (negative || (measure is not null && decimals > measure.Decimals))
        {
            Problem problem = measure is null
                ? new Problem(r.FieldPath(OutcomeFields.Amount), ProblemCodes.InvalidValue, $"{text} is negative: {what} is at least 0", $"{text} 为负数：数量不得小于 0")
                : OutcomeBookBuilder.AmountProblem(r.FieldPath(OutcomeFields.Amount), measure, text);
            r.Invalid(OutcomeFields.Amount, problem.Code, problem.Message, problem.ChineseMessage);
            return null;
        }
        return value;
    }

    /// <summary>
    /// Parses a JSON number's text exactly: its value as a <see cref="decimal"/>, the decimals of the value (trailing
    /// zeros not counted) and whether it is below 0; false when no decimal holds it exactly.
    /// </summary>
    internal static bool TryParseExact(string text, out decimal value, out int decimals, out bool negative)
    {
        value = 0m;
        decimals = 0;
        int at = 0;
        bool minus = text.Length > 0 && text[0] == '-';
        if (minus)
        {
            at = 1;
        }
        var mantissa = BigInteger.Zero;
        int scale = 0;
        bool fraction = false;
        for (; at < text.Length; at++)
        {
            char c = text[at];
            if (c == '.')
            {
                fraction = true;
            }
            else if (c is >= '0' and <= '9')
            {
                mantissa = (mantissa * 10) + (c - '0');
                if (fraction)
                {
                    scale++;
                }
            }
            else
            {
                break;
            }
        }
        if (at < text.Length)
        {
            // The exponent: a JSON number's text is well formed, so what follows is [eE][+-]?digits.
            if (!long.TryParse(text.AsSpan(at + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long exponent))
            {
                exponent = text[at + 1] == '-' ? long.MinValue / 2 : long.MaxValue / 2;
            }
            if (mantissa.IsZero)
            {
                exponent = 0;
            }
            long shifted = scale - exponent;
            if (shifted < -40 || shifted > 40 + scale)
            {
                negative = minus;
                return false;
            }
            scale = (int)shifted;
        }
        negative = minus && !mantissa.IsZero;
        if (mantissa.IsZero)
        {
            return true;
        }
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }
        if (scale < 0)
        {
            mantissa *= BigInteger.Pow(10, -scale);
            scale = 0;
        }
        if (scale > 28 || mantissa >= BigInteger.One << 96)
        {
            decimals = scale;
            return false;
        }
        byte[] bytes = new byte[12];
        mantissa.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        value = new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), minus, (byte)scale);
        decimals = scale;
        return true;
    }
}
