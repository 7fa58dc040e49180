using System;
using System.Collections.Immutable;
using System.IO;
using PairingDomain.Spreadsheets.Reading;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// Reads a case workbook (.xlsx, the layout of <see cref="CaseWorkbookWriter"/>) into a <see cref="PairingCase"/>, or
/// reports every problem of it at its cell: <c>活动!D17 (on): invalid-date: 2019/2/30 is not a date</c>.
/// </summary>
/// <remarks>
/// <para>
/// One checking path: the reader does not check the contract's fields and records itself. It normalizes the cells into
/// the pairing-case JSON contract (case-format.md, case-format-2.md), one generic loop over the workbook's
/// schema, reads that document with <c>PairingDomain.Json.CaseReader</c> (which builds the case through the core
/// builders and reports every problem with a JSONPath), and maps each problem's JSONPath back to the sheet, the row as
/// Excel shows it, the column letter and the field, through a map kept while writing. So the workbook, CSV and JSON
/// paths cannot disagree, and a workbook yields the same <see cref="PairingCase"/> as the equivalent JSON document (the
/// round trip is byte-identical by construction). The document is spooled to a temporary file, deleted when closed,
/// that <c>CaseReader</c> reads as it streams.
/// </para>
/// <para>
/// What it takes as people type it: Excel date cells and the text dates <c>2019-04-12</c>, <c>2019/4/12</c>,
/// <c>2019.4.12</c>, <c>2019年4月12日</c>; an enumeration as its Chinese label (<c>高校</c>) or its contract id; a code
/// stored as a number or as text; a county column holding a county's name (<c>昭觉县</c>), resolved through the case's
/// own 县 sheet first, then <see cref="Places.SichuanPovertyCounties"/>; 是/否 (also <c>true</c>/<c>false</c>,
/// <c>1</c>/<c>0</c>); a header row in any column order, each header as <c>单位编号 id</c>, <c>单位编号</c> or <c>id</c>;
/// blank rows anywhere (skipped). A cell it cannot interpret is one problem at that cell, not a cascade. Unknown
/// sheets and headers, a missing required column (one problem naming sheet and header), formulas (<c>formula</c>: type
/// the value), error values and merged cells in a record sheet are problems; the result is the complete case or every
/// problem at once.
/// </para>
/// <para>
/// Hostile files end in one clear problem under <see cref="WorkbookReadOptions"/>' limits: a file larger than
/// <see cref="WorkbookReadOptions.MaxFileBytes"/>, zip entries declaring more than
/// <see cref="WorkbookReadOptions.MaxUncompressedBytes"/> or a compression ratio above
/// <see cref="WorkbookReadOptions.MaxCompressionRatio"/> (checked in the zip's directory before any part is
/// inflated, then counted again on the bytes actually inflated, so a zip lying about a part's size ends in one problem
/// naming the part), a sheet of more than <see cref="WorkbookReadOptions.MaxRowsPerSheet"/> rows (<c>limit-exceeded</c>); a
/// file that is no zip or no workbook (<c>not-a-workbook</c>). Empty rows are skipped as they stream by, so a sheet of a
/// million empty rows reads quickly.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseWorkbookReader
{
    /// <summary>Reads a case workbook. Never throws for bad input.</summary>
    /// <param name="xlsx">The .xlsx file's bytes from the current position; the stream is not closed.</param>
    /// <param name="options">The limits and the policy editions; null for <see cref="WorkbookReadOptions.Default"/>.</param>
    /// <returns>The case, or every problem at its cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public static WorkbookReadResult Read(Stream xlsx, WorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        options ??= WorkbookReadOptions.Default;
        var (sheets, problems, fatal) = XlsxSource.Read(xlsx, options);
        return fatal
            ? WorkbookReadResult.Failure([.. problems], [])
            : CaseNormalizer.Read(sheets, problems, options, ImmutableArray<CsvFileEncoding>.Empty);
    }
}
