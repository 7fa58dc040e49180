using System;
using System.Collections.Generic;
using System.IO;
using PairingDomain.Json;

namespace PairingDomain.Fuzz;

/// <summary>
/// What must hold for any <c>pairing-edition/1</c> input (edition-format.md, <see cref="EditionReader"/>): the reader
/// returns (never throws), and the input ends either in an edition that writes back and reads again to the same bytes,
/// or in a non-empty list of problems with known codes and JSONPaths that the error writer can write. A broken
/// invariant throws, which the fuzzer records as a crash.
/// </summary>
internal static class EditionOracle
{
    /// <summary>The codes <see cref="EditionReader"/> documents.</summary>
    private static readonly HashSet<string> s_codes = new(StringComparer.Ordinal)
    {
        JsonProblemCodes.InvalidJson, JsonProblemCodes.LimitExceeded, JsonProblemCodes.UnsupportedFormat, ProblemCodes.MissingField,
        JsonProblemCodes.UnknownField, ProblemCodes.InvalidValue, ProblemCodes.DuplicateId, ProblemCodes.UnknownReference,
    };

    /// <summary>Reads the edition, then writes it back or writes the errors; throws when an invariant breaks.</summary>
    /// <returns>True when the input was a valid edition.</returns>
    internal static bool Check(ReadOnlySpan<byte> input)
    {
        // Unguarded: an exception inside the reader surfaces as a crash instead of a problem.
        EditionReadResult read = EditionReader.ReadUnguarded(input);
        if (read.Success)
        {
            if (!read.Problems.IsEmpty)
            {
                throw new InvalidOperationException("a successful edition read carries problems");
            }
            byte[] written = EditionWriter.Write(read.Edition);
            EditionReadResult again = EditionReader.ReadUnguarded(written);
            if (!again.Success)
            {
                throw new InvalidOperationException($"the edition written back does not read again: {again.Problems[0].Path}: {again.Problems[0].Code}");
            }
            if (!EditionWriter.Write(again.Edition).AsSpan().SequenceEqual(written))
            {
                throw new InvalidOperationException("the edition written back and read again writes differently");
            }
            return true;
        }
        if (read.Problems.IsEmpty)
        {
            throw new InvalidOperationException("a failed edition read carries no problem");
        }
        foreach (Problem problem in read.Problems)
        {
            if (!s_codes.Contains(problem.Code))
            {
                throw new InvalidOperationException($"unknown problem code '{problem.Code}'");
            }
            if (!problem.Path.StartsWith('$'))
            {
                throw new InvalidOperationException($"path '{problem.Path}' is not a JSONPath from the root");
            }
        }
        ErrorWriter.Write(read.Problems);
        using var stream = new MemoryStream(input.ToArray(), writable: false);
        EditionReadResult viaStream = EditionReader.Read(stream);
        if (viaStream.Success || viaStream.Problems.Length != read.Problems.Length)
        {
            throw new InvalidOperationException("reading the edition from a stream differs from reading the bytes");
        }
        return false;
    }
}
