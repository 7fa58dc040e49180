using System;
using System.Collections.Immutable;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// The outcome of reading a case workbook or a folder of CSV files: the complete case, or every problem at once, each
/// at its cell (<c>活动!D17 (on)</c>); nothing is dropped.
/// </summary>
/// <remarks>
/// Shaped like <c>PairingDomain.Json.CaseReadResult</c>: bad input is an expected outcome, returned rather than thrown.
/// <see cref="Problems"/> is empty exactly when <see cref="Success"/> is true. A problem's <see cref="Problem.Path"/>
/// is its location: <c>sheet!cell (field)</c> for a cell, <c>sheet!row:row</c> for a whole record or a header row, the
/// sheet's name for a whole sheet, and <c>(workbook)</c> for the file.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class WorkbookReadResult
{
    private readonly PairingCase? _value;

    private WorkbookReadResult(PairingCase? value, ImmutableArray<Problem> problems, ImmutableArray<CsvFileEncoding> encodings)
    {
        _value = value;
        Problems = problems;
        Encodings = encodings;
    }

    /// <summary>Whether the input was a valid case.</summary>
    public bool Success => _value is not null;

    /// <summary>The case read.</summary>
    /// <exception cref="InvalidOperationException">The input was not a valid case; see <see cref="Problems"/>.</exception>
    public PairingCase Value => _value ?? throw new InvalidOperationException(
        $"The input has {Problems.Length} problem(s); check Success first. First: {(Problems.IsEmpty ? "(none)" : Problems[0].ToString())}");

    /// <summary>Every problem, each at its location.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>For a folder of CSV files, the encoding detected for each file read; empty for a workbook.</summary>
    public ImmutableArray<CsvFileEncoding> Encodings { get; }

    internal static WorkbookReadResult Ok(PairingCase value, ImmutableArray<CsvFileEncoding> encodings) =>
        new(value, [], encodings.IsDefault ? [] : encodings);

    internal static WorkbookReadResult Failure(ImmutableArray<Problem> problems, ImmutableArray<CsvFileEncoding> encodings) =>
        new(null, problems, encodings.IsDefault ? [] : encodings);
}
