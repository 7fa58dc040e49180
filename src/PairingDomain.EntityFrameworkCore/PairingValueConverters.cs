using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// The value converters of the stored case, one per domain type, every one to text readable in SQL: identifiers as
/// their value, division and village codes as their digits, enumerations as their contract ids (case-format.md),
/// dates as ISO <c>yyyy-MM-dd</c>, months as <c>yyyy-MM</c>, instants as fixed-width ISO text in UTC, decimals as
/// exact text.
/// </summary>
/// <remarks>
/// An instant is stored as <c>uuuu-MM-ddTHH:mm:ss.fffffffffZ</c> rather than as ticks: a NodaTime
/// <see cref="Instant"/> holds nanoseconds, which ticks (100 ns) would round; the text is what a user reads in SQL and
/// what case-format.md writes (<c>at</c>); and with a fixed width it sorts as time does. A decimal is text, not a
/// floating REAL, so that an amount keeps its digits and scale (case-format-2.md: amounts and rates exact).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
internal static class PairingValueConverters
{
    private static readonly InstantPattern s_instant =
        InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    /// <summary>The converter of each domain type a row holds (a nullable property uses its underlying type's).</summary>
    internal static IReadOnlyDictionary<Type, ValueConverter> ByType { get; } = new Dictionary<Type, ValueConverter>
    {
        [typeof(UnitId)] = new ValueConverter<UnitId, string>(v => v.Value, s => new UnitId(s)),
        [typeof(LeaderId)] = new ValueConverter<LeaderId, string>(v => v.Value, s => new LeaderId(s)),
        [typeof(CadreId)] = new ValueConverter<CadreId, string>(v => v.Value, s => new CadreId(s)),
        [typeof(ActivityId)] = new ValueConverter<ActivityId, string>(v => v.Value, s => new ActivityId(s)),
        [typeof(DivisionCode)] = new ValueConverter<DivisionCode, string>(v => v.Value, s => DivisionCode.Parse(s)),
        [typeof(VillageCode)] = new ValueConverter<VillageCode, string>(v => v.Value, s => VillageCode.Parse(s)),
        [typeof(LocalDate)] = new ValueConverter<LocalDate, string>(v => FormatDate(v), s => ParseDate(s)),
        [typeof(YearMonth)] = new ValueConverter<YearMonth, string>(v => FormatMonth(v), s => ParseMonth(s)),
        [typeof(Instant)] = new ValueConverter<Instant, string>(v => FormatInstant(v), s => ParseInstant(s)),
        [typeof(decimal)] = new ValueConverter<decimal, string>(v => FormatDecimal(v), s => ParseDecimal(s)),
        [typeof(FocusTopicSet)] = new ValueConverter<FocusTopicSet, string>(v => FormatTopics(v), s => ParseTopics(s)),
        [typeof(UnitKind)] = Enumeration<UnitKind>(),
        [typeof(LeaderPost)] = Enumeration<LeaderPost>(),
        [typeof(Region)] = Enumeration<Region>(),
        [typeof(CadrePost)] = Enumeration<CadrePost>(),
        [typeof(ActivityKind)] = Enumeration<ActivityKind>(),
        [typeof(CadreGrade)] = Enumeration<CadreGrade>(),
        [typeof(LocalCadreLevel)] = Enumeration<LocalCadreLevel>(),
        [typeof(CadreReviewKind)] = Enumeration<CadreReviewKind>(),
        [typeof(CommitteeActivityKind)] = Enumeration<CommitteeActivityKind>(),
        [typeof(OutcomeMeasure)] = Enumeration<OutcomeMeasure>(),
        [typeof(RuleId)] = new ValueConverter<RuleId, string>(v => v.Value, s => new RuleId(s)),
        [typeof(DutyStatus)] = Enumeration<DutyStatus>(),
        [typeof(ScoreGrade)] = Enumeration<ScoreGrade>(),
    };

    private static ValueConverter<TEnum, string> Enumeration<TEnum>()
        where TEnum : BilingualEnumeration<TEnum> =>
        new(v => v.ContractId, s => BilingualEnumeration<TEnum>.FromContractId(s));

    internal static string FormatDate(LocalDate date) => IsoDate.Format(date);

    internal static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    internal static string FormatMonth(YearMonth month) => IsoDate.FormatMonth(month);

    internal static YearMonth ParseMonth(string text) => YearMonthPattern.Iso.Parse(text).Value;

    internal static string FormatInstant(Instant instant) => s_instant.Format(instant);

    internal static Instant ParseInstant(string text) => s_instant.Parse(text).Value;

    internal static string FormatDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>The topics' contract ids in topic order, separated by a space; empty for none.</summary>
    internal static string FormatTopics(FocusTopicSet topics) => string.Join(' ', topics.Topics.Select(t => t.ContractId));

    internal static FocusTopicSet ParseTopics(string text) => text.Length == 0
        ? FocusTopicSet.Empty
        : FocusTopicSet.Of(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(FocusTopic.FromContractId));
}
