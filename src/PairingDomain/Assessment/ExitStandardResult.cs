using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One indicator record of the assessed year judged against its exit standard (case-format-2.md §2–§3, <c>exits</c>):
/// <c>EXIT-HOUSEHOLD</c> (一超六有), <c>EXIT-VILLAGE</c> (一低五有) or <c>EXIT-COUNTY</c> (一低三有) of domain.md §8.
/// </summary>
/// <remarks>
/// <see cref="Failed"/> names each criterion the record does not meet, in the order case-format-2.md §2 lists them for
/// the rule (for a household <c>income</c>, <c>food-and-clothing</c>, <c>education</c>, <c>medical</c>, <c>housing</c>,
/// <c>water</c>, <c>electricity</c>, <c>broadcast</c>); <see cref="Met"/> is true exactly when it is empty.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record ExitStandardResult
{
    internal ExitStandardResult(RuleId rule, string subject, ImmutableArray<string> failed)
    {
        Rule = rule;
        Subject = subject;
        Failed = failed;
    }

    /// <summary>The standard applied: <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c> or <c>EXIT-COUNTY</c>.</summary>
    public RuleId Rule { get; }

    /// <summary>The household identifier, the village code or the county code.</summary>
    public string Subject { get; }

    /// <summary>Whether the record meets every criterion of the standard.</summary>
    public bool Met => Failed.IsEmpty;

    /// <summary>The criteria not met, in the order of the standard; empty when <see cref="Met"/>.</summary>
    public ImmutableArray<string> Failed { get; }
}
