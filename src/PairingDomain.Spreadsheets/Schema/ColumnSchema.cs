using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Spreadsheets.Schema;

/// <summary>One value an enumeration column takes: its contract id (case-format.md, kebab-case) and its Chinese label.</summary>
/// <param name="ContractId">The id the JSON contract uses (<c>provincial-department</c>).</param>
/// <param name="ChineseName">The label an officer types (<c>省直部门</c>), <see cref="BilingualEnumeration{TEnum}.ChineseName"/>.</param>
internal sealed record EnumerationValue(string ContractId, string ChineseName)
{
    /// <summary>Other words the reader takes for the value (<c>牵头</c> for <c>牵头单位</c>).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Whether <paramref name="text"/> names the value: its label, its contract id or an alias.</summary>
    public bool IsNamedBy(string text) => text == ChineseName || text == ContractId || Aliases.Contains(text);

    /// <summary>Every value of <typeparamref name="TEnum"/> in the enumeration's order.</summary>
    public static ImmutableArray<EnumerationValue> Of<TEnum>()
        where TEnum : BilingualEnumeration<TEnum> =>
        [.. BilingualEnumeration<TEnum>.List.OrderBy(e => e.Value).Select(e => new EnumerationValue(e.ContractId, e.ChineseName))];
}

/// <summary>
/// One column of a sheet of the case workbook: its Chinese header, the contract field it holds, what kind of value, whether
/// it is required, what it means, and for an enumeration the values it takes.
/// </summary>
/// <param name="ChineseHeader">The Chinese half of the header (<c>单位编号</c>).</param>
/// <param name="Field">The contract's field (<c>id</c>; a member of a nested object as <c>mechanism.leadershipTeam</c>).</param>
/// <param name="Kind">What the cells hold.</param>
/// <param name="Requirement">Whether a row must fill it.</param>
/// <param name="Meaning">What it means, in Chinese, as the 说明 sheet shows it.</param>
internal sealed record ColumnSchema(string ChineseHeader, string Field, ColumnKind Kind, Requirement Requirement, string Meaning)
{
    /// <summary>The values of an <see cref="ColumnKind.Enumeration"/> or <see cref="ColumnKind.EnumerationList"/> column; empty otherwise.</summary>
    public ImmutableArray<EnumerationValue> Values { get; init; } = [];

    /// <summary>The header as the sheet shows it: the Chinese name and the contract field, <c>单位编号 id</c>.</summary>
    public string Header => ChineseHeader + " " + Field;

    /// <summary>Whether the column takes values of an enumeration, one or several.</summary>
    public bool IsEnumeration => Kind is ColumnKind.Enumeration or ColumnKind.EnumerationList;
}
