namespace PairingDomain.Policy;

/// <summary>
/// A reading chosen where the policy text is silent or ambiguous, named so that it can be listed, cited and
/// overridden when building an edition (domain.md: "keep it as a named, overridable policy parameter").
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Id">The interpretation's stable identifier, for example <c>PRORATE-BY-QUARTER</c>.</param>
/// <param name="ChineseText">The reading, in Chinese.</param>
/// <param name="EnglishText">The reading, in English.</param>
/// <param name="IsAdopted">Whether the edition applies this reading; false applies the alternative the text names.</param>
/// <param name="SetAsideBy">
/// Null when the assessment implements both this reading and its alternative, so the reading can be set aside; otherwise
/// how to change it instead: a rule parameter to change, or why the library implements only this reading.
/// </param>
public sealed record Interpretation(string Id, string ChineseText, string EnglishText, bool IsAdopted = true, string? SetAsideBy = null)
{
    /// <summary>Whether <see cref="PolicyEditionBuilder.SetInterpretation(string, bool)"/> may set this reading aside.</summary>
    public bool CanBeSetAside => SetAsideBy is null;
}
