using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using PairingDomain.Assessment;
using PairingDomain.Json.Reading;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// Reads a stored <c>pairing-assessment/1</c> or <c>pairing-assessment/2</c> document (case-format.md "Assessment",
/// case-format-2.md §3), as <see cref="AssessmentWriter"/> writes it, back into an <see cref="AnnualAssessment"/> of the
/// same result types the assessor returns, so that an application re-reads last year's assessment without re-running
/// it; or reports every problem of it with its JSONPath and code, as <see cref="CaseReader"/> does for a case.
/// </summary>
/// <remarks>
/// <para>
/// The round trip is exact: writing the restored assessment with <see cref="AssessmentWriter"/> (and the options the
/// document was written with) gives the document's bytes again, for a document the writer wrote. The document names its
/// edition (<c>policy</c>), which is looked up among the editions given; the restored assessment carries that edition.
/// </para>
/// <para>
/// Reading <c>STORED-RESULTS-ONLY</c>: the restored assessment holds what the document stores and no case. Its
/// <see cref="AnnualAssessment.Explain"/> and <see cref="AnnualAssessment.ExplainCadre"/> throw
/// <see cref="InvalidOperationException"/>: re-run the assessment with its case to explain. So does every member the
/// document does not carry, rather than give an empty or made-up value: a duty's <see cref="DutyResult.Evidence"/> (and
/// a committee duty's) when the document was written with <see cref="AssessmentWriterOptions.IncludeEvidence"/> off;
/// and from a <c>/1</c> document, which carries none of them, <see cref="DutyResult.Periods"/>,
/// <see cref="UnitAssessment.Score"/>, <see cref="UnitAssessment.Links"/>, <see cref="UnitAssessment.MainLeaders"/>,
/// <see cref="AnnualAssessment.OutcomeTotals"/> and <see cref="AnnualAssessment.Statistics"/>. What a <c>/1</c> case
/// never has is empty as in a live <c>/1</c> assessment: the committee's and the cadres' own duties, the exits.
/// <see cref="AssessmentComparison"/> compares restored assessments as live ones (a restored <c>/1</c> one without
/// grades).
/// </para>
/// <para>
/// Reading <c>STORED-FINDING-ENGLISH</c>: a finding's document carries its English <c>message</c> only; the restored
/// finding's <see cref="Finding.ChineseMessage"/> is that English text (as the English-only <see cref="Finding"/>
/// constructor gives), and its <see cref="Finding.Source"/> the edition's clause.
/// </para>
/// <para>
/// What the document and its edition alone can check is checked; the reader has no case, so it cannot tell a unit or an
/// activity unknown. Problem codes: <c>invalid-json</c> and <c>limit-exceeded</c> (the text, exactly as for a case:
/// nothing else is then reported), <c>unsupported-format</c> (a <c>format</c> other than the two: nothing else is then
/// reported), <c>unknown-policy</c> (a <c>policy</c> not among the editions given), <c>unknown-field</c> (a member the
/// format does not define, a <c>/2</c> member in a <c>/1</c> document too), <c>missing-field</c>, <c>invalid-value</c>
/// (wrong JSON type, an enumeration value or identifier that is not one, a negative count, a period or month not of the
/// year, a rule that is not a unit duty of the edition where one is expected, <c>complete</c>, <c>eligible</c> or
/// <c>met</c> that contradicts its list, a duty's <c>status</c> that is <c>short</c> without short periods or short
/// periods under another status, <c>periods</c> whose minimums do not sum to the duty's <c>required</c>, a <c>score</c> given to a unit with no duties or missing from one with duties,
/// links that contradict the rules the edition applies (Interpretation <c>LINKS-FOLLOW-EDITION</c>), a member given twice,
/// and, Reading <c>STORED-SOURCE-MATCHES-EDITION</c>, a <c>source</c> other than the clause the edition cites for the
/// rule, which means the assessment was made under another text of the edition), <c>invalid-date</c>,
/// <c>date-order</c> (<c>asOf</c> outside <c>year</c>), <c>duplicate-id</c> (a unit or cadre listed twice),
/// <c>unknown-reference</c> (a rule the edition does not have, a deduction of a row its scoring table lacks). A document
/// longer than 1 GiB, or nesting deeper than 64 levels, is <c>limit-exceeded</c> alone, as for a case.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class AssessmentReader
{
    /// <summary>Reads a stored assessment from UTF-8 JSON text. Never throws for bad input.</summary>
    /// <param name="utf8Json">The document's bytes; a leading byte-order mark is skipped.</param>
    /// <param name="editions">
    /// The policy editions by identifier, among which the document's <c>policy</c> is looked up; null for
    /// <see cref="PolicyEditions.All"/>. To read under one edition only, pass a catalogue holding just it.
    /// </param>
    /// <returns>The restored assessment, or every problem of the document.</returns>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their first parameter's type; no call is ambiguous.")]
    public static AssessmentReadResult Read(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        utf8Json.Length > CaseReader.MaxDocumentBytes ? TooLarge(CaseReader.MaxDocumentBytes) : ReadMemory(utf8Json.ToArray(), editions);

    /// <summary>Reads a stored assessment from a stream of UTF-8 JSON text, to its end. Never throws for bad input.</summary>
    /// <param name="stream">The stream; it is not closed. It is read whole (an assessment holds a record per unit and cadre).</param>
    /// <param name="editions">The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</param>
    /// <returns>The restored assessment, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their first parameter's type; no call is ambiguous.")]
    public static AssessmentReadResult Read(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        Read(stream, editions, CaseReader.MaxDocumentBytes);

    /// <summary>Reads a stored assessment from a stream of at most <paramref name="maxBytes"/> bytes.</summary>
    internal static AssessmentReadResult Read(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? buffer = CaseReader.ReadToEnd(stream, maxBytes, out int length);
        return buffer is null ? TooLarge(maxBytes) : ReadMemory(buffer.AsMemory(0, length), editions);
    }

    /// <summary>Reads without the last-resort guard, so that tests see any exception the reader would otherwise hide.</summary>
    internal static AssessmentReadResult ReadUnguarded(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        new AssessmentParser(editions ?? PolicyEditions.All).Parse(utf8Json.ToArray());

    private static AssessmentReadResult ReadMemory(ReadOnlyMemory<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions)
    {
        try
        {
            return new AssessmentParser(editions ?? PolicyEditions.All).Parse(utf8Json);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract: no input, however malformed, makes the reader throw.
            return AssessmentReadResult.Failure([new Problem("$", ProblemCodes.InvalidValue, $"the assessment could not be read: {e.Message}",
                $"无法读取该评估：{e.Message}")]);
        }
    }

    private static AssessmentReadResult TooLarge(long maxBytes) =>
        AssessmentReadResult.Failure([new Problem("$", JsonProblemCodes.LimitExceeded,
            string.Create(CultureInfo.InvariantCulture, $"the document is longer than this reader's limit of {maxBytes} bytes"),
            string.Create(CultureInfo.InvariantCulture, $"文档长度超过本读取器的上限 {maxBytes} 字节"))]);
}
