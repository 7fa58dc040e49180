namespace PairingDomain.Spreadsheets.Schema;

/// <summary>What a column of the case workbook holds, as the template explains it and the reader parses it.</summary>
internal enum ColumnKind
{
    /// <summary>Free text: a name, an office.</summary>
    Text = 1,

    /// <summary>An identifier or a division code, kept as text (<c>U-001</c>, <c>513431</c>, <c>513431100201</c>).</summary>
    Code,

    /// <summary>A local date (case-format.md "Dates"): written as an Excel date cell.</summary>
    Date,

    /// <summary>An instant with its offset (<c>2019-09-30T18:00:00Z</c>), as the JSON contract's <c>at</c>.</summary>
    Instant,

    /// <summary>A month (<c>2019-03</c>), as <c>attendance.month</c> (case-format-2.md §1).</summary>
    Month,

    /// <summary>A whole number: a year, a count of days or people.</summary>
    Integer,

    /// <summary>An exact decimal: yuan, a rate from 0 to 1, kilometres, square metres.</summary>
    Decimal,

    /// <summary>Yes or no: <c>是</c>/<c>否</c> (the reader also takes <c>true</c>/<c>false</c>).</summary>
    YesNo,

    /// <summary>One value of an enumeration: its Chinese label or its contract id.</summary>
    Enumeration,

    /// <summary>Several codes in one cell, separated by <see cref="CaseWorkbookSchema.ListSeparator"/>.</summary>
    CodeList,

    /// <summary>Several values of an enumeration in one cell, separated by <see cref="CaseWorkbookSchema.ListSeparator"/>.</summary>
    EnumerationList,
}
