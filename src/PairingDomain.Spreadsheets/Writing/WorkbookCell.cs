using NodaTime;

namespace PairingDomain.Spreadsheets.Writing;

/// <summary>How a written cell looks.</summary>
internal enum CellLook
{
    /// <summary>As the workbook's default (a date as <c>yyyy-mm-dd</c>).</summary>
    Plain = 0,

    /// <summary>A header: bold on grey.</summary>
    Header,

    /// <summary>Met: green fill.</summary>
    Met,

    /// <summary>Short: red fill.</summary>
    Short,

    /// <summary>Pending: yellow fill.</summary>
    Pending,
}

/// <summary>
/// One cell to write: a <see cref="string"/>, an <see cref="int"/>, a <see cref="decimal"/>, a <see cref="LocalDate"/>
/// (an Excel date cell) or nothing (an empty cell), and how it looks.
/// </summary>
/// <param name="Value">The value; null for an empty cell.</param>
/// <param name="Look">How it looks.</param>
internal readonly record struct WorkbookCell(object? Value, CellLook Look = CellLook.Plain)
{
    /// <summary>An empty cell.</summary>
    public static WorkbookCell Empty => default;

    public static implicit operator WorkbookCell(string? value) => new(value);

    public static implicit operator WorkbookCell(int value) => new(value);

    public static implicit operator WorkbookCell(int? value) => new(value);

    public static implicit operator WorkbookCell(decimal value) => new(value);

    public static implicit operator WorkbookCell(LocalDate value) => new(value);

    public static implicit operator WorkbookCell(LocalDate? value) => new(value);
}
