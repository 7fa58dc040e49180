using System;

namespace PairingDomain.Assessment;

/// <summary>
/// What an assessment restored from a stored document (<c>pairing-assessment/1</c> or <c>/2</c>, read back by the JSON
/// package's <c>AssessmentReader</c>) cannot give: the members that need the case, or that its document does not carry.
/// </summary>
/// <remarks>
/// Reading <c>STORED-RESULTS-ONLY</c>: a restored assessment holds exactly what its document stores. A member the
/// document does not carry throws <see cref="InvalidOperationException"/> naming what is missing and how to get it (re-run
/// the assessment with its case), never an empty or made-up value.
/// </remarks>
internal static class RestoredAssessment
{
    /// <summary>The exception a restored assessment throws for <paramref name="what"/>, which its document does not carry.</summary>
    /// <param name="format">The stored document's format, e.g. <c>pairing-assessment/1</c>.</param>
    /// <param name="what">What is missing, e.g. "a duty's periods".</param>
    internal static InvalidOperationException NotStored(string format, string what) =>
        new($"This assessment was restored from a stored {format} document, which does not carry {what}; "
            + "re-run the assessment with its case (PairingCase.Assess) to get it (Reading STORED-RESULTS-ONLY).");
}
