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
        JsonProblemCodes.LimitExceeded,
    };

    /// <summary>Reads, then assesses or writes the errors; throws when an invariant breaks.</summary>
    /// <returns>True when the input was a valid case.</returns>
    internal static bool Check(ReadOnlySpan<byte> input)
    {
        CheckVersion2(input);
        CaseReadResult read = CaseReader.Read(input);
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

    /// <summary>
    /// The internal <c>pairing-case/2</c> reader on the same input: it returns, a success carries no problem and a
    /// failure some, each with a known code and a JSONPath; a valid case assesses without throwing.
    /// </summary>
    private static void CheckVersion2(ReadOnlySpan<byte> input)
    {
        // Unguarded: an exception inside the reader surfaces as a crash instead of a problem.
        CaseReadResult read = CaseReader.ReadUnguarded(input, null, readVersion2: true);
        if (read.Success)
        {
            if (!read.Problems.IsEmpty)
            {
                throw new InvalidOperationException("a successful pairing-case/2 read carries problems");
            }
            read.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true));
            return;
        }
        if (read.Problems.IsEmpty)
        {
            throw new InvalidOperationException("a failed pairing-case/2 read carries no problem");
        }
        CheckProblems(read.Problems);
        ErrorWriter.Write(read.Problems);
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
