namespace PairingDomain.Policy;

public sealed partial class PolicyEdition
{
    /// <summary>
    /// The edition's scoring table (the three links, 三挂钩, §III.8; case-format-2.md §2): the rows that deduct from each
    /// unit's 100 points. <c>sichuan-2019</c> carries <see cref="ScoringTable.Illustrative"/> (Interpretation
    /// <c>SCORING-TABLE-ILLUSTRATIVE</c>); an edition started empty has <see cref="ScoringTable.Empty"/>.
    /// </summary>
    public ScoringTable ScoringTable { get; internal init; } = ScoringTable.Empty;
}
