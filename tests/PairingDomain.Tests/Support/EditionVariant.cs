using PairingDomain.Policy;

namespace PairingDomain.Tests.Support;

/// <summary>
/// Variants of a policy edition for tests, stated through the public <see cref="PolicyEditionBuilder"/>: a rule switched
/// off or removed, a duty's minimum, period or scope changed, an interpretation not adopted.
/// </summary>
internal static class EditionVariant
{
    public static PolicyEdition WithDutyMinimum(this PolicyEdition edition, RuleId id, int minimum) =>
        Variant(edition).SetMinimum(id, minimum).Build().GetValueOrThrow();

    public static PolicyEdition WithDutyPeriod(this PolicyEdition edition, RuleId id, DutyPeriodKind period) =>
        Variant(edition).SetPeriod(id, period).Build().GetValueOrThrow();

    public static PolicyEdition WithDutyScope(this PolicyEdition edition, RuleId id, CountingScope scope) =>
        Variant(edition).SetScope(id, scope).Build().GetValueOrThrow();

    public static PolicyEdition WithRuleEnabled(this PolicyEdition edition, RuleId id, bool enabled) =>
        Variant(edition).SetEnabled(id, enabled).Build().GetValueOrThrow();

    public static PolicyEdition WithoutRule(this PolicyEdition edition, RuleId id) =>
        Variant(edition).RemoveRule(id).Build().GetValueOrThrow();

    public static PolicyEdition WithInterpretation(this PolicyEdition edition, InterpretationId id, bool adopted) =>
        Variant(edition).SetInterpretation(id, adopted).Build().GetValueOrThrow();

    private static PolicyEditionBuilder Variant(PolicyEdition edition) =>
        PolicyEditionBuilder.From(edition).WithIdentity(edition.Id + "-variant", edition.Year);
}
