using System;
using System.Collections.Immutable;

namespace PairingDomain.Json;

/// <summary>
/// The outcome of reading a <c>pairing-case/1</c> document: the case, or every problem found in it.
/// </summary>
/// <remarks>
/// Shaped like NodaTime's <c>ParseResult&lt;T&gt;</c>: a bad document is an expected outcome, returned rather than
/// thrown. <see cref="Problems"/> is empty exactly when <see cref="Success"/> is true.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CaseReadResult
{
    private readonly PairingCase? _case;

    private CaseReadResult(PairingCase? @case, ImmutableArray<Problem> problems)
    {
        _case = @case;
        Problems = problems;
    }

    /// <summary>Whether the document was a valid case.</summary>
    public bool Success => _case is not null;

    /// <summary>The case read.</summary>
    /// <exception cref="InvalidOperationException">The document was not a valid case; see <see cref="Problems"/>.</exception>
    public PairingCase Case => _case ?? throw new InvalidOperationException(
        $"The case has {Problems.Length} problem(s); check Success first. First: {(Problems.IsEmpty ? "(none)" : Problems[0].ToString())}");

    /// <summary>
    /// Every problem of the document, in document order: by top-level member as the document gives them, then by
    /// record; within a record, its fields' problems before the problems that span records.
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    internal static CaseReadResult Ok(PairingCase @case) => new(@case, ImmutableArray<Problem>.Empty);

    internal static CaseReadResult Failure(ImmutableArray<Problem> problems) => new(null, problems);
}
