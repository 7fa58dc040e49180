using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading;
using PairingDomain.Json.Reading;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// Reads a <c>pairing-case/1</c> document (case-format.md, "Case") or a <c>pairing-case/2</c> document
/// (case-format-2.md, part 1: the stationed cadres' work, the teams, the reviews and the Work Committee) into a
/// <see cref="PairingCase"/>, or reports every problem of it with its JSONPath and code.
/// </summary>
/// <remarks>
/// <para>
/// A <c>/1</c> case is read exactly as before and carries an empty <see cref="PairingCase.CadreWork"/> book; its
/// assessment is <c>pairing-assessment/1</c>. A <c>/2</c> case carries the book of its <c>localCadres</c>,
/// <c>attendance</c>, <c>cadreWork</c>, <c>cadreReviews</c> and <c>committeeActivities</c> (each may be absent, meaning
/// empty), and is assessed on the <c>/2</c> rules (<see cref="Assessment.AnnualAssessment.HasCadreWork"/>). It reads
/// case-format-2.md's part 2 too: <c>partyPairings</c>, <c>outcomes</c>, the three <c>*Indicators</c>, an activity's
/// <c>topics</c> and the activity kinds <c>party-lecture</c> and <c>branch-guidance</c> (in a <c>/1</c> case
/// <c>unknown-field</c> and <c>invalid-value</c>, as any member or kind not in that version).
/// </para>
/// <para>
/// Problem codes: <c>invalid-json</c> (not UTF-8 JSON; the message gives line and position), <c>unsupported-format</c>
/// (any <c>format</c> other than <c>pairing-case/1</c> and <c>pairing-case/2</c>: nothing else is then reported),
/// <c>unknown-policy</c>,
/// <c>unknown-field</c>, <c>missing-field</c>, <c>invalid-value</c> (wrong JSON type, enumeration value not in the
/// list, malformed 6- or 12-digit code, identifier that is empty or has surrounding white space, a village whose code
/// does not begin with its <c>county</c>, a member given twice in one object, reported at its second occurrence),
/// <c>invalid-date</c>, <c>date-order</c> (<c>to</c> before <c>from</c>, reported at <c>to</c>; <c>asOf</c> outside
/// <c>year</c>), <c>duplicate-id</c>, <c>unknown-reference</c>, <c>on-and-at</c> (reported at the activity),
/// <c>grade-not-in-scale</c>, <c>limit-exceeded</c> (a document longer than 1 GiB, or nesting arrays and objects more
/// than 64 levels deep: nothing else is then reported).
/// </para>
/// <para>
/// Optional members may be omitted or null: <c>asOf</c>, every top-level collection (read as empty), a unit's
/// <c>leaders</c>, a pairing's <c>participants</c>, every <c>to</c> (open-ended), <c>delistedYear</c>,
/// <c>exitedYear</c>, <c>undertakingOffice</c>, and an activity's <c>by</c>, <c>county</c> and <c>village</c> (the
/// kinds that need them report <c>missing-field</c>). A record rejected for a bad field still counts for references
/// when its identifier is readable, so one mistake is reported once, not again at every reference to it: likewise a
/// county whose <c>code</c> is unreadable (written as a number, say) is not an unknown reference where its code is
/// named, and a leader identifier used in two units is one <c>duplicate-id</c>, not also a wrong unit at every activity
/// naming it.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseReader
{
    /// <summary>
    /// The largest document read, 1 GiB: a longer one gets the single problem <c>limit-exceeded</c> at <c>$</c>, and a
    /// stream is not read further once it is known to be longer.
    /// </summary>
    internal const long MaxDocumentBytes = CaseReaderOptions.DefaultMaxDocumentBytes;

    /// <summary>The deepest nesting of arrays and objects read; deeper is <c>limit-exceeded</c> at <c>$</c>.</summary>
    internal const int MaxDepth = 64;

    /// <summary>Reads a case from UTF-8 JSON text. Never throws for bad input.</summary>
    /// <param name="utf8Json">
    /// The document's bytes; a leading byte-order mark is skipped. The reader works on a copy of them; to read a large
    /// file without holding its text, pass a <see cref="FileStream"/> to <see cref="Read(Stream, IReadOnlyDictionary{string, PolicyEdition}?)"/>.
    /// </param>
    /// <param name="editions">The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</param>
    /// <returns>The case, or every problem of the document.</returns>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their first parameter's type; no call is ambiguous.")]
    public static CaseReadResult Read(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        Read(utf8Json, editions, MaxDocumentBytes);

    /// <summary>Reads a case from UTF-8 JSON text of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <remarks>
    /// The bytes are read as a stream is (see <see cref="Read(Stream, IReadOnlyDictionary{string, PolicyEdition}?)"/>): the
    /// streamed pass first, and the whole-document pass over the same copy when the streamed pass cannot finish.
    /// </remarks>
    internal static CaseReadResult Read(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions, long maxBytes)
    {
        if (utf8Json.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }
        byte[] bytes = utf8Json.ToArray();
        using var stream = new MemoryStream(bytes, writable: false);
        return TryReadStreaming(stream, editions, maxBytes) ?? ReadMemory(bytes, editions);
    }

    /// <summary>Reads a case from a stream of UTF-8 JSON text, to its end. Never throws for bad input.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="editions">The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</param>
    /// <returns>The case, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>
    /// A seekable stream (a file) is read as it streams, record by record, holding one record's text and a 64 KB
    /// read-ahead: the memory it takes is the case it builds. That pass reads the documents <see cref="CaseWriter"/>
    /// writes (its member order); any other document (members in another order, repeated or unknown members, bad JSON,
    /// bytes that are not UTF-8) is then read again from the position the stream stood at, whole, with the same problems.
    /// An unseekable stream is read whole, into a buffer that grows by doubling. Reading whole adds System.Text.Json's
    /// token index (about the size of the text, pooled and released after the read). The streamed pass holds less and
    /// is the faster one: it reads each activity straight from the tokens, without a document object (see the README's
    /// performance section). A document longer than the limit (1 GiB unless <see cref="CaseReaderOptions.MaxDocumentBytes"/>
    /// says otherwise) is refused
    /// with <c>limit-exceeded</c>: a seekable one before any byte is read, an unseekable one once the limit is passed.
    /// </remarks>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their first parameter's type; no call is ambiguous.")]
    public static CaseReadResult Read(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        Read(stream, editions, MaxDocumentBytes);

    /// <summary>
    /// Reads a case from a stream of UTF-8 JSON text, to its end, as <paramref name="options"/> say: its editions, its
    /// size limit (<see cref="CaseReaderOptions.MaxDocumentBytes"/>) and its progress sink. Never throws for bad input.
    /// </summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="options">The editions, the size limit and the progress sink.</param>
    /// <param name="cancellationToken">Stops the reading, checked before every read of the stream.</param>
    /// <returns>The case, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>Reads as <see cref="Read(Stream, IReadOnlyDictionary{string, PolicyEdition}?)"/> does (see its remarks).</remarks>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their second parameter's type; no call is ambiguous.")]
    public static CaseReadResult Read(Stream stream, CaseReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        using var watched = new ProgressStream(stream, options.Progress, cancellationToken);
        return Read(watched, options.Editions, options.MaxDocumentBytes);
    }

    /// <summary>Reads a case from UTF-8 JSON text as <paramref name="options"/> say. Never throws for bad input.</summary>
    /// <param name="utf8Json">The document's bytes; a leading byte-order mark is skipped.</param>
    /// <param name="options">The editions and the size limit; bytes in memory report no progress.</param>
    /// <returns>The case, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "The overloads differ by their second parameter's type; no call is ambiguous.")]
    public static CaseReadResult Read(ReadOnlySpan<byte> utf8Json, CaseReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Read(utf8Json, options.Editions, options.MaxDocumentBytes);
    }

    /// <summary>Reads a case from a stream of at most <paramref name="maxBytes"/> bytes.</summary>
    internal static CaseReadResult Read(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            long start = stream.Position;
            if (stream.Length - start > maxBytes)
            {
                return TooLarge(maxBytes);
            }
            if (TryReadStreaming(stream, editions, maxBytes) is { } result)
            {
                return result;
            }
            stream.Position = start;
        }
        byte[]? buffer = ReadToEnd(stream, maxBytes, out int length);
        return buffer is null ? TooLarge(maxBytes) : ReadMemory(buffer.AsMemory(0, length), editions);
    }

    /// <summary>
    /// Reads the document as it streams (see <c>CaseParser.Streaming.cs</c>): the case or its problems, or null when it
    /// must be read whole, which gives the same result for any document the streamed pass does not read to its end.
    /// </summary>
    internal static CaseReadResult? TryReadStreaming(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions, long maxBytes,
        bool guarded = true)
    {
        try
        {
            return new CaseParser(editions ?? PolicyEditions.All).ParseStreaming(stream, maxBytes);
        }
        catch (StreamingAbandonedException e)
        {
            return e.TooLarge ? TooLarge(maxBytes) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (Exception e) when (guarded && e is not (OutOfMemoryException or IOException or OperationCanceledException))
        {
            // Whatever the streamed pass did not foresee, the whole-document path reports as it always has.
            return null;
        }
    }

    /// <summary>
    /// The rest of the stream in one buffer (its first <paramref name="length"/> bytes), or null when it is longer than
    /// <paramref name="maxBytes"/>. A seekable stream is read into a buffer of its announced length (plus one byte, to
    /// notice a stream longer than it said); an unseekable one into a buffer that doubles as it fills.
    /// </summary>
    internal static byte[]? ReadToEnd(Stream stream, long maxBytes, out int length)
    {
        byte[] buffer;
        length = 0;
        if (stream.CanSeek)
        {
            long remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > maxBytes)
            {
                return null;
            }
            buffer = new byte[remaining + 1];
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length < buffer.Length)
            {
                return buffer;
            }
        }
        else
        {
            buffer = new byte[(int)Math.Min(64 * 1024, maxBytes + 1)];
        }
        while (true)
        {
            if (length > maxBytes)
            {
                return null;
            }
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), maxBytes + 1));
            }
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return buffer;
            }
            length += read;
        }
    }

    private static CaseReadResult TooLarge(long maxBytes) =>
        CaseReadResult.Failure([new Problem("$", JsonProblemCodes.LimitExceeded,
            string.Create(CultureInfo.InvariantCulture, $"the document is longer than this reader's limit of {maxBytes} bytes"),
            string.Create(CultureInfo.InvariantCulture, $"文档长度超过本读取器的上限 {maxBytes} 字节"))]);

    /// <summary>Reads without the last-resort guard, so that tests see any exception the reader would otherwise hide.</summary>
    /// <remarks>
    /// Both paths are taken and must agree: the streamed pass (when it reads the document to its end) and the
    /// whole-document pass; a disagreement throws.
    /// </remarks>
    internal static CaseReadResult ReadUnguarded(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null)
    {
        byte[] bytes = utf8Json.ToArray();
        CaseReadResult whole = new CaseParser(editions ?? PolicyEditions.All).Parse(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        if (TryReadStreaming(stream, editions, MaxDocumentBytes, guarded: false) is { } streamed && !SameResult(whole, streamed))
        {
            throw new InvalidOperationException("the streamed and whole-document readings disagree");
        }
        return whole;
    }

    /// <summary>Whether two readings agree: the same problems in the same order, or cases that write the same bytes.</summary>
    private static bool SameResult(CaseReadResult a, CaseReadResult b) =>
        a.Success == b.Success && a.Problems.SequenceEqual(b.Problems)
        && (!a.Success || CaseWriter.Write(a.Case).AsSpan().SequenceEqual(CaseWriter.Write(b.Case)));

    private static CaseReadResult ReadMemory(ReadOnlyMemory<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions)
    {
        try
        {
            return new CaseParser(editions ?? PolicyEditions.All).Parse(utf8Json);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract: no input, however malformed, makes the reader throw.
            return CaseReadResult.Failure([new Problem("$", ProblemCodes.InvalidValue, $"the case could not be read: {e.Message}",
                $"无法读取该案例：{e.Message}")]);
        }
    }
}
