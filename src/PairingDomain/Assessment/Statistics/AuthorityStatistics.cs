using PairingDomain.Units;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// The units under one supervising authority (case-format-2.md §3 <c>statistics.authorities</c>, §4): how many, how many
/// have a duty <c>short</c>, how many are eligible for excellence. Central units count under the Work Committee
/// (Interpretation <c>CENTRAL-UNIT-AUTHORITY</c>), as <see cref="UnitKind.Authority"/> says.
/// </summary>
/// <param name="Authority">The authority.</param>
/// <param name="Units">Every unit of the case under it.</param>
/// <param name="UnitsShort">Those with a duty <c>short</c>.</param>
/// <param name="UnitsEligible">Those whose excellence is eligible.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record AuthorityStatistics(SupervisingAuthority Authority, int Units, int UnitsShort, int UnitsEligible)
{
    /// <summary>
    /// The authority's id in <c>statistics.authorities</c> (case-format-2.md §4): <c>work-committee</c>, <c>education</c>,
    /// <c>health</c>, <c>sasac</c>, <c>financial-supervision</c>.
    /// </summary>
    public string StatisticsId => Authority.Value switch
    {
        1 => "work-committee",
        2 => "education",
        3 => "health",
        4 => "sasac",
        _ => "financial-supervision",
    };
}
