using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>
/// An illustrative edition built with <see cref="PolicyEditionBuilder"/> to show what the builder and the diff do.
/// It is NOT a real policy: no <c>sichuan-2020</c> document says any of this.
/// </summary>
internal static class ExampleEditions
{
    /// <summary>The example variant's identifier.</summary>
    public const string Sichuan2020ExampleId = "sichuan-2020-example";

    /// <summary>
    /// <c>sichuan-2020-example</c>: <c>sichuan-2019</c> with four main-leader visits a year, a four-grade scale, the
    /// cadre-days duty stated at 22 days a month (still off: nothing in <c>pairing-case/1</c> feeds it, and the builder
    /// refuses to switch on a rule nothing evaluates) and pro-rating by quarter set aside.
    /// </summary>
    public static PolicyEdition Sichuan2020Example { get; } = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
        .WithIdentity(Sichuan2020ExampleId, 2020)
        .WithTitles("示例：在四川2019基础上修改的假想版本（非真实政策）",
            "Example only: an imagined variant of sichuan-2019 (not a real policy)")
        .SetMinimum(RuleIds.DutyMainLeaderVisits, 4)
        .WithGradeScale(GradeScale.FourGrade)
        .SetMinimum(RuleIds.DutyCadreDays, 22)
        .SetInterpretation(InterpretationIds.ProrateByQuarter, false)
        .Build()
        .GetValueOrThrow();

    /// <summary>The what-if variant's identifier.</summary>
    public const string VisitsFourExampleId = "sichuan-2019-visits-4-example";

    /// <summary>
    /// <c>sichuan-2019-visits-4-example</c>: <c>sichuan-2019</c> with main-leader visits raised from 2 to 4 a year and
    /// nothing else, the rule change <c>--what-if</c> tries on the synthetic province by default. Same year and grade
    /// scale, so the same case can be assessed under it. It is NOT a real policy.
    /// </summary>
    public static PolicyEdition VisitsFourExample { get; } = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
        .WithIdentity(VisitsFourExampleId, 2019)
        .WithTitles("示例：主要负责同志每年至少4次督导调研（假想版本，非真实政策）",
            "Example only: sichuan-2019 with 4 main-leader visits a year (not a real policy)")
        .SetMinimum(RuleIds.DutyMainLeaderVisits, 4)
        .Build()
        .GetValueOrThrow();

    /// <summary>Whether <paramref name="id"/> names one of this sample's illustrative variants.</summary>
    public static bool IsIllustrative(string id) => id is Sichuan2020ExampleId or VisitsFourExampleId;

    /// <summary>The editions this sample knows: the built-in ones and the examples.</summary>
    public static PolicyEditionSet Known { get; } =
        new([.. PolicyEditionSet.BuiltIn.ById.Values, Sichuan2020Example, VisitsFourExample]);
}
