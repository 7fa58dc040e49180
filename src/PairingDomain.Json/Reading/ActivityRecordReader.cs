using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Places;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads a valid activity (an element of <c>activities</c>) straight from the reader's tokens, with no document: the
/// streamed pass's reader of the ledger, which holds millions of records (issue 17, "Reader").
/// </summary>
/// <remarks>
/// <para>
/// It takes only a record the whole-document path would read without a problem, a cascade or a repair, and builds the
/// same <see cref="Activity"/>: an object of known members, each once, whose values are unescaped strings (or null
/// where null means absent) that pass the same checks (<see cref="RecordFields"/>: an identifier, a kind of the
/// document's version, an ISO date in its common form or an instant, a 6-digit county code, a 12-digit village code),
/// with exactly one of <c>on</c> and <c>at</c>, without <c>topics</c>, and naming neither a county whose code was
/// unreadable in the roster nor a leader of two units. Anything else is <see cref="RecordStep.Other"/>, and the record
/// is read as a document by the one path that reports problems, so that both paths give the same problems and cases
/// (<see cref="CaseReader"/>'s tests read every document by both and compare).
/// </para>
/// <para>
/// The unit, leader, county and village are looked up in a <see cref="Utf8StringCache"/>: a ledger names each many
/// times, and decoding them once is most of what the reader saves besides the document.
/// </para>
/// </remarks>
internal sealed class ActivityRecordReader : IRecordReader
{
    private static readonly OffsetDateTimePattern s_instantPattern = OffsetDateTimePattern.ExtendedIso;

    private readonly (byte[] Utf8, ActivityKind Kind)[] _kinds;
    private readonly int _known;
    private readonly HashSet<string> _leadersOfTwoUnits;
    private readonly HashSet<DivisionCode> _unreadableCountyCodes;
    private readonly Utf8StringCache _strings = new();

    /// <summary>A reader of the activities of a document of version 2 or not.</summary>
    /// <param name="version2">Whether the document is a <c>pairing-case/2</c> (its kinds, and <c>topics</c> known).</param>
    /// <param name="leadersOfTwoUnits">The leader identifiers used in two units (their activities are read as documents).</param>
    /// <param name="unreadableCountyCodes">The county codes unreadable in the roster (likewise).</param>
    internal ActivityRecordReader(bool version2, HashSet<string> leadersOfTwoUnits, HashSet<DivisionCode> unreadableCountyCodes)
    {
        _kinds = version2 ? s_version2Kinds : s_version1Kinds;
        _known = version2 ? ActivityFields.Set.Count : ActivityFields.Version1Count;
        _leadersOfTwoUnits = leadersOfTwoUnits;
        _unreadableCountyCodes = unreadableCountyCodes;
    }

    /// <summary>The activity last read, after <see cref="RecordStep.Read"/>.</summary>
    internal Activity? Activity { get; private set; }

    /// <summary>The kinds a <c>/1</c> document may give, by their bytes: as <see cref="CaseParser"/> reads them.</summary>
    private static readonly (byte[], ActivityKind)[] s_version1Kinds = Kinds(version2: false);

    /// <summary>The kinds a <c>/2</c> document may give.</summary>
    private static readonly (byte[], ActivityKind)[] s_version2Kinds = Kinds(version2: true);

    /// <inheritdoc/>
    public RecordStep TryRead(ref Utf8JsonReader reader)
    {
        Activity = null;
        if (!reader.Read())
        {
            return RecordStep.More;
        }
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return RecordStep.End;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return RecordStep.Other;
        }
        string? id = null, unit = null, by = null;
        ActivityKind? kind = null;
        LocalDate? on = null;
        Instant? at = null;
        DivisionCode? county = null;
        VillageCode? village = null;
        int seen = 0;
        while (true)
        {
            if (!reader.Read())
            {
                return RecordStep.More;
            }
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }
            int field = reader.ValueIsEscaped ? -1 : ActivityFields.Set.IndexOf(ref reader);
            if (field < 0 || field >= _known || (seen & (1 << field)) != 0)
            {
                return RecordStep.Other;
            }
            seen |= 1 << field;
            if (!reader.Read())
            {
                return RecordStep.More;
            }
            if (reader.TokenType == JsonTokenType.Null && field != ActivityFields.Id.Index && field != ActivityFields.Kind.Index
                && field != ActivityFields.Unit.Index)
            {
                continue;
            }
            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return RecordStep.Other;
            }
            ReadOnlySpan<byte> value = reader.ValueSpan;
            bool ok;
            if (field == ActivityFields.Id.Index)
            {
                id = Encoding.UTF8.GetString(value);
                ok = UnitId.IsValid(id);
            }
            else if (field == ActivityFields.Kind.Index)
            {
                kind = KindOf(value);
                ok = kind is not null;
            }
            else if (field == ActivityFields.Unit.Index)
            {
                unit = _strings.Get(value);
                ok = UnitId.IsValid(unit);
            }
            else if (field == ActivityFields.By.Index)
            {
                by = _strings.Get(value);
                ok = UnitId.IsValid(by) && !_leadersOfTwoUnits.Contains(by);
            }
            else if (field == ActivityFields.On.Index)
            {
                ok = TryParseIsoDate(value, out LocalDate date);
                on = date;
            }
            else if (field == ActivityFields.At.Index)
            {
                ok = TryParseInstant(Encoding.UTF8.GetString(value), out Instant instant);
                at = instant;
            }
            else if (field == ActivityFields.County.Index)
            {
                ok = DivisionCode.TryParse(_strings.Get(value), out DivisionCode code) && !_unreadableCountyCodes.Contains(code);
                county = code;
            }
            else if (field == ActivityFields.Village.Index)
            {
                ok = VillageCode.TryParse(_strings.Get(value), out VillageCode code);
                village = code;
            }
            else
            {
                // topics: a visit's focus topics are read as a document.
                ok = false;
            }
            if (!ok)
            {
                return RecordStep.Other;
            }
        }
        if (id is null || kind is null || unit is null || on.HasValue == at.HasValue)
        {
            return RecordStep.Other;
        }
        ActivityTime time = on is { } d ? ActivityTime.On(d) : ActivityTime.At(at!.Value);
        Activity = new Activity(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), time, county, village);
        return RecordStep.Read;
    }

    private ActivityKind? KindOf(ReadOnlySpan<byte> utf8)
    {
        foreach ((byte[] name, ActivityKind kind) in _kinds)
        {
            if (utf8.SequenceEqual(name))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>
    /// The kinds by the bytes of their contract identifiers, each kept only when <see cref="CaseParser"/>'s own check of
    /// the kind (for the version) accepts it: the table cannot take a kind that path refuses.
    /// </summary>
    private static (byte[], ActivityKind)[] Kinds(bool version2)
    {
        var kinds = new List<(byte[], ActivityKind)>();
        foreach (ActivityKind kind in ActivityKind.List)
        {
            if (CaseParser.AcceptsActivityKind(kind.ContractId, version2) == kind)
            {
                kinds.Add((Encoding.UTF8.GetBytes(kind.ContractId), kind));
            }
        }
        return [.. kinds];
    }

    /// <summary><see cref="RecordFields.TryParseIsoDate"/> on the bytes: the same form, the same dates.</summary>
    private static bool TryParseIsoDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int number)
    {
        number = 0;
        foreach (byte c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            number = (number * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>An instant as <see cref="RecordFields.Instant"/> accepts one.</summary>
    private static bool TryParseInstant(string text, out Instant instant)
    {
        instant = default;
        ParseResult<OffsetDateTime> result = s_instantPattern.Parse(text);
        if (!result.Success || result.Value.Year < 1 || !RecordFields.HasChinaDate(result.Value))
        {
            return false;
        }
        instant = result.Value.ToInstant();
        return true;
    }
}
