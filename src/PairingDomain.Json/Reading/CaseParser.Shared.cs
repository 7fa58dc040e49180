using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PairingDomain.Json.Reading;

/// <summary>The byte-level checks of a case, shared with the edition reader (<see cref="EditionParser"/>).</summary>
internal sealed partial class CaseParser
{
    /// <summary>
    /// Parses the bytes as one JSON document, or gives the single problem of the text (<c>invalid-json</c>,
    /// <c>limit-exceeded</c>) exactly as a case's reader reports it.
    /// </summary>
    internal static bool TryParseJson(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out JsonDocument? document,
        out ImmutableArray<Problem> problems)
    {
        if (TryParseDocument(utf8Json, out document, out CaseReadResult? failure))
        {
            problems = ImmutableArray<Problem>.Empty;
            return true;
        }
        problems = failure.Problems;
        return false;
    }
}
