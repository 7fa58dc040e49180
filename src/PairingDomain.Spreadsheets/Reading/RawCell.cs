namespace PairingDomain.Spreadsheets.Reading;

/// <summary>What a source cell holds before it is interpreted.</summary>
internal enum RawKind
{
    /// <summary>Nothing (or only white space).</summary>
    Empty = 0,

    /// <summary>Text (a shared or inline string, or a CSV field).</summary>
    Text,

    /// <summary>A number, as the file stores it (invariant culture).</summary>
    Number,

    /// <summary>A number in a cell formatted as a date: an Excel serial date.</summary>
    DateNumber,

    /// <summary>A boolean cell: <c>1</c> or <c>0</c>.</summary>
    Boolean,

    /// <summary>An error value (<c>#N/A</c>).</summary>
    Error,
}

/// <summary>One cell as the source gives it: its text, what kind it is, and whether a formula computed it.</summary>
/// <param name="Text">The stored text (for a number, its invariant digits).</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Formula">Whether the cell holds a formula (its <paramref name="Text"/> is the cached value).</param>
internal readonly record struct RawCell(string? Text, RawKind Kind, bool Formula = false)
{
    /// <summary>Whether the cell is blank: no value, or only white space, and no formula.</summary>
    public bool IsBlank => !Formula && (Kind == RawKind.Empty || string.IsNullOrWhiteSpace(Text));
}
