using System;
using System.Collections.Immutable;
using PairingDomain.Assessment;

namespace PairingDomain.Json;

/// <summary>
/// The outcome of reading a stored <c>pairing-assessment/1</c> or <c>/2</c> document (case-format.md "Assessment",
/// case-format-2.md §3): the restored assessment, or every problem found in it.
/// </summary>
/// <remarks>
/// Shaped like <see cref="CaseReadResult"/>: a bad document is an expected outcome, returned rather than thrown.
/// <see cref="Problems"/> is empty exactly when <see cref="Success"/> is true.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class AssessmentReadResult
{
    private readonly AnnualAssessment? _assessment;

    private AssessmentReadResult(AnnualAssessment? assessment, ImmutableArray<Problem> problems)
    {
        _assessment = assessment;
        Problems = problems;
    }

    /// <summary>Whether the document was a valid stored assessment.</summary>
    public bool Success => _assessment is not null;

    /// <summary>
    /// The assessment restored: the same results the assessor returned when the document was written. It has no case:
    /// <see cref="AnnualAssessment.Explain"/> and what the document does not carry throw (see <see cref="AssessmentReader"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The document was not a valid assessment; see <see cref="Problems"/>.</exception>
    public AnnualAssessment Assessment => _assessment ?? throw new InvalidOperationException(
        $"The assessment has {Problems.Length} problem(s); check Success first. First: {(Problems.IsEmpty ? "(none)" : Problems[0].ToString())}");

    /// <summary>
    /// Every problem of the document, each with its JSONPath and code, in the order the reader meets them: an object's
    /// own members (unknown, given twice) as it is opened, then its members in the order of the format, record by record.
    /// </summary>
    public ImmutableArray<Problem> Problems { get; }

    internal static AssessmentReadResult Ok(AnnualAssessment assessment) => new(assessment, ImmutableArray<Problem>.Empty);

    internal static AssessmentReadResult Failure(ImmutableArray<Problem> problems) => new(null, problems);
}
