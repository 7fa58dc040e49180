using System;
using System.Globalization;
using System.IO;
using PairingDomain.Json.Reading;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// Reads a <c>pairing-edition/1</c> document (edition-format.md) into a <see cref="PolicyEdition"/>, so that a
/// province keeps its edition in a file or a database rather than in code; or reports every problem of it with its
/// JSONPath and code, all at once, as <see cref="CaseReader"/> does for a case.
/// </summary>
/// <remarks>
/// <para>
/// The edition is built with <see cref="PolicyEditionBuilder"/>, so a document states nothing a builder could not: every
/// check of <see cref="PolicyEditionBuilder.Build"/> applies (a yearly-only duty counted per quarter, a joint meeting not
/// counted per county led, a rule marked evaluated that nothing evaluates, a text naming a placeholder the rule has no
/// value for, years that leave out the programme year), reported at the JSONPath of the member concerned.
/// </para>
/// <para>
/// Problem codes: <c>invalid-json</c> and <c>limit-exceeded</c> (the text, exactly as for a case: nothing else is then
/// reported; and a document longer than 16 MiB), <c>unsupported-format</c> (a <c>format</c> other than
/// <c>pairing-edition/1</c>: nothing else is then reported), <c>missing-field</c>, <c>unknown-field</c>, <c>invalid-value</c> (wrong JSON
/// type, a name not in the list, a negative minimum, a member given twice in one object, at its second occurrence, a
/// duty's <c>evaluated</c> that contradicts its input, setting aside a reading the library alone implements),
/// <c>duplicate-id</c> (a rule, interpretation, parameter or grade given twice, at the second).
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class EditionReader
{
    /// <summary>The largest document read, 16 MiB: an edition is a few kilobytes.</summary>
    internal const long MaxDocumentBytes = 16L << 20;

    /// <summary>Reads an edition from UTF-8 JSON text. Never throws for bad input.</summary>
    /// <param name="utf8Json">The document's bytes; a leading byte-order mark is skipped.</param>
    /// <returns>The edition, or every problem of the document.</returns>
    public static EditionReadResult Read(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.Length > MaxDocumentBytes ? TooLarge() : ReadMemory(utf8Json.ToArray());

    /// <summary>Reads an edition from a stream of UTF-8 JSON text, to its end. Never throws for bad input.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <returns>The edition, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static EditionReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? buffer = CaseReader.ReadToEnd(stream, MaxDocumentBytes, out int length);
        return buffer is null ? TooLarge() : ReadMemory(buffer.AsMemory(0, length));
    }

    /// <summary>Reads without the last-resort guard, so that tests see any exception the reader would otherwise hide.</summary>
    internal static EditionReadResult ReadUnguarded(ReadOnlySpan<byte> utf8Json) => new EditionParser().Parse(utf8Json.ToArray());

    private static EditionReadResult ReadMemory(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return new EditionParser().Parse(utf8Json);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract: no input, however malformed, makes the reader throw.
            return EditionReadResult.Failure([new Problem("$", ProblemCodes.InvalidValue, $"the edition could not be read: {e.Message}",
                $"无法读取该版本：{e.Message}")]);
        }
    }

    private static EditionReadResult TooLarge() =>
        EditionReadResult.Failure([new Problem("$", JsonProblemCodes.LimitExceeded,
            string.Create(CultureInfo.InvariantCulture, $"the document is longer than this reader's limit of {MaxDocumentBytes} bytes"),
            string.Create(CultureInfo.InvariantCulture, $"文档长度超过本读取器的上限 {MaxDocumentBytes} 字节"))]);
}
