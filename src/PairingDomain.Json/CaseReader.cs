using System;
using System.Collections.Generic;
using System.IO;
using PairingDomain.Json.Reading;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// Reads a <c>pairing-case/1</c> document (case-format.md, "Case") into a <see cref="PairingCase"/>, or reports every
/// problem of it with its JSONPath and code.
/// </summary>
/// <remarks>
/// <para>
/// Problem codes: <c>invalid-json</c> (not UTF-8 JSON; the message gives line and position), <c>unsupported-format</c>
/// (any <c>format</c> other than <c>pairing-case/1</c>: nothing else is then reported), <c>unknown-policy</c>,
/// <c>unknown-field</c>, <c>missing-field</c>, <c>invalid-value</c> (wrong JSON type, enumeration value not in the
/// list, malformed 6- or 12-digit code, identifier that is empty or has surrounding white space, a village whose code
/// does not begin with its <c>county</c>, a member given twice in one object, reported at its second occurrence),
/// <c>invalid-date</c>, <c>date-order</c> (<c>to</c> before <c>from</c>, reported at <c>to</c>; <c>asOf</c> outside
/// <c>year</c>), <c>duplicate-id</c>, <c>unknown-reference</c>, <c>on-and-at</c> (reported at the activity),
/// <c>grade-not-in-scale</c>.
/// </para>
/// <para>
/// Optional members may be omitted or null: <c>asOf</c>, every top-level collection (read as empty), a unit's
/// <c>leaders</c>, a pairing's <c>participants</c>, every <c>to</c> (open-ended), <c>delistedYear</c>,
/// <c>exitedYear</c>, <c>undertakingOffice</c>, and an activity's <c>by</c>, <c>county</c> and <c>village</c> (the
/// kinds that need them report <c>missing-field</c>). A record rejected for a bad field still counts for references
/// when its identifier is readable, so one mistake is reported once, not again at every reference to it.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseReader
{
    /// <summary>Reads a case from UTF-8 JSON text. Never throws for bad input.</summary>
    /// <param name="utf8Json">The document's bytes; a leading byte-order mark is skipped.</param>
    /// <param name="editions">The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</param>
    /// <returns>The case, or every problem of the document.</returns>
    public static CaseReadResult Read(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        ReadMemory(utf8Json.ToArray(), editions);

    /// <summary>Reads a case from a stream of UTF-8 JSON text, to its end. Never throws for bad input.</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="editions">The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</param>
    /// <returns>The case, or every problem of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CaseReadResult Read(Stream stream, IReadOnlyDictionary<string, PolicyEdition>? editions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ReadMemory(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), editions);
    }

    /// <summary>Reads without the last-resort guard, so that tests see any exception the reader would otherwise hide.</summary>
    internal static CaseReadResult ReadUnguarded(ReadOnlySpan<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions = null) =>
        new CaseParser(editions ?? PolicyEditions.All).Parse(utf8Json.ToArray());

    private static CaseReadResult ReadMemory(ReadOnlyMemory<byte> utf8Json, IReadOnlyDictionary<string, PolicyEdition>? editions)
    {
        try
        {
            return new CaseParser(editions ?? PolicyEditions.All).Parse(utf8Json);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract: no input, however malformed, makes the reader throw.
            return CaseReadResult.Failure([new Problem("$", ProblemCodes.InvalidValue, $"the case could not be read: {e.Message}")]);
        }
    }
}
