using System;
using System.Collections.Generic;
using System.IO;
using PairingDomain.Assessment;
using PairingDomain.Json;

namespace PairingDomain.Fuzz;

/// <summary>
/// What must hold for any input: the reader returns (never throws), and the input ends either in an assessment or in a
/// non-empty list of problems with known codes that the error writer can write. A broken invariant throws, which the
/// fuzzer records as a crash.
/// </summary>
internal static class CaseOracle
{
    private static readonly HashSet<string> s_codes = new(StringComparer.Ordinal)
    {
        JsonProblemCodes.InvalidJson, JsonProblemCodes.UnsupportedFormat, JsonProblemCodes.UnknownPolicy, JsonProblemCodes.UnknownField,
        ProblemCodes.MissingField, ProblemCodes.InvalidValue, JsonProblemCodes.InvalidDate, JsonProblemCodes.DateOrder,
        ProblemCodes.DuplicateId, ProblemCodes.UnknownReference, JsonProblemCodes.OnAndAt, ProblemCodes.GradeNotInScale,
        JsonProblemCodes.LimitExceeded, ProblemCodes.UnknownPovertyLine,
    };

    /// <summary>
    /// Reads (<c>pairing-case/1</c> or <c>/2</c>), then assesses or writes the errors; throws when an invariant breaks. A
    /// valid case written back and read again must assess to the same bytes, so the <c>/2</c> members round-trip too.
    /// </summary>
    /// <returns>True when the input was a valid case.</returns>
    internal static bool Check(ReadOnlySpan<byte> input)
    {
        // Unguarded: an exception inside the reader surfaces as a crash instead of a problem.
        CaseReadResult read = CaseReader.ReadUnguarded(input);
        if (read.Success)
        {
            if (!read.Problems.IsEmpty)
            {
                throw new InvalidOperationException("a successful read carries problems");
            }
            // pairing-case/1 accepts any year for its policy, so the oracle assesses as the contract does.
            var anyYear = new AssessmentOptions(AllowYearOutsideEdition: true);
            byte[] first = AssessmentWriter.Write(read.Case.Assess(anyYear));
            byte[] again = AssessmentWriter.Write(CaseReader.Read(CaseWriter.Write(read.Case)).Case.Assess(anyYear));
            if (!first.AsSpan().SequenceEqual(again))
            {
                throw new InvalidOperationException("the case written back and read again assesses differently");
            }
            return true;
        }
        if (read.Problems.IsEmpty)
        {
            throw new InvalidOperationException("a failed read carries no problem");
        }
        CheckProblems(read.Problems);
        ErrorWriter.Write(read.Problems);
        using var stream = new MemoryStream(input.ToArray(), writable: false);
        CaseReadResult viaStream = CaseReader.Read(stream);
        if (viaStream.Success || viaStream.Problems.Length != read.Problems.Length)
        {
            throw new InvalidOperationException("reading from a stream differs from reading the bytes");
        }
        return false;
    }

    private static void CheckProblems(System.Collections.Immutable.ImmutableArray<Problem> problems)
    {
        foreach (Problem problem in problems)
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
    }
}
