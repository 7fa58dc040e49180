namespace PairingDomain.Spreadsheets;

/// <summary>
/// The problem codes only a spreadsheet can have, beside the contract's own (<see cref="ProblemCodes"/>,
/// <c>PairingDomain.Json.JsonProblemCodes</c>: <c>invalid-date</c>, <c>invalid-value</c>, <c>missing-field</c>,
/// <c>limit-exceeded</c> …), which the workbook and CSV readers use wherever one fits. The strings never change.
/// </summary>
/// <threadsafety>Constants; thread-safe.</threadsafety>
public static class SpreadsheetProblemCodes
{
    /// <summary>The file is not an .xlsx workbook (not a zip, or a zip without a workbook part).</summary>
    public const string NotAWorkbook = "not-a-workbook";

    /// <summary>A sheet (or CSV file) whose name is no sheet of the case workbook's schema.</summary>
    public const string UnknownSheet = "unknown-sheet";

    /// <summary>A header that names no column of its sheet.</summary>
    public const string UnknownHeader = "unknown-header";

    /// <summary>A header naming a column already named earlier in the same header row.</summary>
    public const string DuplicateHeader = "duplicate-header";

    /// <summary>A sheet with rows that lacks a required column (named by sheet and header).</summary>
    public const string MissingColumn = "missing-column";

    /// <summary>A cell holding a formula: the reader takes typed values only.</summary>
    public const string Formula = "formula";

    /// <summary>Merged cells in a record sheet (one record a row, one value a cell).</summary>
    public const string MergedCells = "merged-cells";
}
