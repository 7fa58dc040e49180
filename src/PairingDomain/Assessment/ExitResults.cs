using System.Collections.Immutable;

namespace PairingDomain.Assessment;

/// <summary>
/// The exit standards of domain.md §8 applied to the assessed year's indicator records (case-format-2.md §3, <c>exits</c>):
/// <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c> and <c>EXIT-COUNTY</c>, each list in case order.
/// </summary>
/// <remarks>
/// A list is empty when the edition does not apply its standard. Records of other years are not judged.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record ExitResults
{
    internal ExitResults(ImmutableArray<ExitStandardResult> households, ImmutableArray<ExitStandardResult> villages,
        ImmutableArray<ExitStandardResult> counties)
    {
        Households = households;
        Villages = villages;
        Counties = counties;
    }

    /// <summary>No records judged: the result of a <c>pairing-case/1</c> case.</summary>
    public static ExitResults None { get; } = new([], [], []);

    /// <summary>The household records of the year, judged on <c>EXIT-HOUSEHOLD</c>, in case order.</summary>
    public ImmutableArray<ExitStandardResult> Households { get; }

    /// <summary>The village records of the year, judged on <c>EXIT-VILLAGE</c>, in case order.</summary>
    public ImmutableArray<ExitStandardResult> Villages { get; }

    /// <summary>The county records of the year, judged on <c>EXIT-COUNTY</c>, in case order.</summary>
    public ImmutableArray<ExitStandardResult> Counties { get; }
}
