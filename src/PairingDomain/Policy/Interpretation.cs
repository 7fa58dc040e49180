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
public sealed record Interpretation(string Id, string ChineseText, string EnglishText, bool IsAdopted = true);
