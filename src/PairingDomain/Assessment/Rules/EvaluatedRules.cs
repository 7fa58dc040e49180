using System.Collections.Immutable;
using PairingDomain.Policy;
using PairingDomain.Rosters;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// The one list of what the library evaluates: every duty with an activity kind (counted by
/// <see cref="AnnualAssessor"/>'s bulk pass, whatever its identifier), and the non-duty rules each evaluator class
/// declares in its <c>Evaluates</c> list.
/// </summary>
/// <remarks>
/// <see cref="PolicyEditionBuilder.Build"/> refuses a rule marked evaluated that is not here, and
/// <see cref="PolicyEditionBuilder.SetEnabled"/> refuses to switch on a rule that is not; a test pins that every rule of
/// <c>sichuan-2019</c> marked evaluated is here and the reverse. A new evaluator class adds its list below.
/// </remarks>
internal static class EvaluatedRules
{
    /// <summary>The identifiers of the non-duty rules some evaluator evaluates.</summary>
    internal static ImmutableHashSet<RuleId> NonDutyIds { get; } =
    [
        .. RosterRules.Evaluates,
        .. PairFullCoverageRule.Evaluates,
        .. MechFourInOneRule.Evaluates,
        .. ActivityOutsidePairingRule.Evaluates,
        .. OutcomeRules.Evaluates,
        .. CadreActionRules.Evaluates,
        .. BundleRules.Evaluates,
        .. TeamRules.Evaluates,
        .. ScoreRules.Evaluates,
        .. PartyBuildingEvidence.Evaluates,
        .. ExitRules.Evaluates,
    ];

    /// <summary>
    /// The identifiers of the duties no activity kind feeds that an evaluator reads from the work book of
    /// <c>pairing-case/2</c> instead, per cadre or for the Work Committee.
    /// </summary>
    internal static ImmutableHashSet<RuleId> WorkBookDutyIds { get; } =
    [
        .. CadreDutyRules.Evaluates,
        .. CommitteeDutyRules.Evaluates,
    ];

    /// <summary>
    /// Whether something evaluates <paramref name="rule"/>: a duty when an activity kind feeds it or its identifier is one
    /// of <see cref="WorkBookDutyIds"/>, another rule when its identifier is one of <see cref="NonDutyIds"/>.
    /// </summary>
    internal static bool Contains(PolicyRule rule) =>
        rule is DutyRule duty ? duty.ActivityKind is not null || WorkBookDutyIds.Contains(duty.Id) : NonDutyIds.Contains(rule.Id);
}
