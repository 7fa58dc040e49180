namespace PairingDomain.Policy;

/// <summary>
/// A named parameter of a rule, with its value as text and the source it comes from.
/// </summary>
/// <remarks>
/// domain.md §8: every figure from outside the seed is a named parameter with its source, never a bare constant.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
/// <param name="Name">The parameter's name, for example <c>minimum</c>.</param>
/// <param name="Value">Its value as text.</param>
/// <param name="Source">Where the value comes from, or null when it is the rule's own clause.</param>
public sealed record RuleParameter(string Name, string Value, string? Source = null);
