using System.Diagnostics.Contracts;
using PairingDomain.Policy;

namespace PairingDomain;

/// <summary>The same case under another policy edition: what a province runs before it adopts a rule change.</summary>
public sealed partial class PairingCase
{
    /// <summary>
    /// A copy of the case, the same roster, ledger, grades and cadres' work, to be assessed under
    /// <paramref name="edition"/> instead (issue 14's what-if: <see cref="Assessment.AssessmentComparison"/> compares
    /// the two assessments).
    /// </summary>
    /// <param name="edition">The other edition; its grade scale is the case's.</param>
    /// <returns>The case under <paramref name="edition"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="edition"/> is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// The edition grades stationed cadres on another scale than the case's grades: the grades would have to be given
    /// again, so the case is not the same case.
    /// </exception>
    [Pure]
    public PairingCase WithEdition(PolicyEdition edition) =>
        new PairingCase(Preconditions.CheckNotNull(edition, nameof(edition)), Year, AsOf, Ledger, Grades, _cadreWork).KeepingPartsOf(this);
}
