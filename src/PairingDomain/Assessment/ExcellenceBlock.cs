using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One trigger that bars a unit and its main leader from excellence (本年度均不能评先评优), §III.8.
/// </summary>
/// <remarks>
/// Every value is checked, by the constructor and by a <c>with</c> expression alike: the rule is one of the three bundles
/// (三捆绑) and the subject is an identifier (not blank, no surrounding white space or control character).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record ExcellenceBlock
{
    private readonly RuleId _rule;
    private readonly string _subject = null!;

    /// <summary>Creates a block.</summary>
    /// <param name="rule">The bundle rule: <c>BUNDLE-CADRE</c>, <c>BUNDLE-VILLAGE</c> or <c>BUNDLE-COUNTY</c>.</param>
    /// <param name="subject">The cadre identifier or the village or county code that triggered it.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The rule is not a bundle, or the subject is not an identifier.</exception>
    public ExcellenceBlock(RuleId rule, string subject)
    {
        Rule = rule;
        Subject = subject;
    }

    /// <summary>The bundle rule: <c>BUNDLE-CADRE</c>, <c>BUNDLE-VILLAGE</c> or <c>BUNDLE-COUNTY</c>.</summary>
    public RuleId Rule
    {
        get => _rule;
        init
        {
            Preconditions.CheckArgument(value == RuleIds.BundleCadre || value == RuleIds.BundleVillage || value == RuleIds.BundleCounty,
                "rule", $"'{value}' is not a bundle of §III.8 (BUNDLE-CADRE, BUNDLE-VILLAGE, BUNDLE-COUNTY).");
            _rule = value;
        }
    }

    /// <summary>The cadre identifier or the village or county code that triggered it.</summary>
    public string Subject
    {
        get => _subject;
        init => _subject = Preconditions.CheckId(value, "subject");
    }
}
