using System;
using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// The outcome of reading a <c>pairing-edition/1</c> document (edition-format.md): the edition, or every problem found
/// in it.
/// </summary>
/// <remarks>
/// Shaped like <see cref="CaseReadResult"/>: a bad document is an expected outcome, returned rather than thrown.
/// <see cref="Problems"/> is empty exactly when <see cref="Success"/> is true.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class EditionReadResult
{
    private readonly PolicyEdition? _edition;

    private EditionReadResult(PolicyEdition? edition, ImmutableArray<Problem> problems)
    {
        _edition = edition;
        Problems = problems;
    }

    /// <summary>Whether the document was a valid edition.</summary>
    public bool Success => _edition is not null;

    /// <summary>The edition read.</summary>
    /// <exception cref="InvalidOperationException">The document was not a valid edition; see <see cref="Problems"/>.</exception>
    public PolicyEdition Edition => _edition ?? throw new InvalidOperationException(
        $"The edition has {Problems.Length} problem(s); check Success first. First: {(Problems.IsEmpty ? "(none)" : Problems[0].ToString())}");

    /// <summary>
    /// Every problem of the document, each with its JSONPath and code: the fields' problems in document order, then
    /// those of the edition as a whole (a yearly-only duty counted per quarter, a text naming no parameter...).
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    internal static EditionReadResult Ok(PolicyEdition edition) => new(edition, ImmutableArray<Problem>.Empty);

    internal static EditionReadResult Failure(ImmutableArray<Problem> problems) => new(null, problems);
}
