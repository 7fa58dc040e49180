using System;

namespace PairingDomain.Policy;

/// <summary>
/// A named parameter of a rule, with its value as text and the source it comes from.
/// </summary>
/// <remarks>
/// domain.md §8: every figure from outside the seed is a named parameter with its source, never a bare constant.
/// Every value is checked, by the constructor and by a <c>with</c> expression alike: the name is lower-case kebab-case
/// (<c>minimum</c>, <c>incidence-below-percent</c>), the value is not blank, and the source is null or not blank.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record RuleParameter
{
    private readonly string _name = null!;
    private readonly string _value = null!;
    private readonly string? _source;

    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The parameter's name in lower-case kebab-case, for example <c>minimum</c>.</param>
    /// <param name="value">Its value as text; not blank.</param>
    /// <param name="source">Where the value comes from, or null when it is the rule's own clause; not blank.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The name is not kebab-case, or a text is blank.</exception>
    public RuleParameter(string name, string value, string? source = null)
    {
        Name = name;
        Value = value;
        Source = source;
    }

    /// <summary>The parameter's name, for example <c>minimum</c>.</summary>
    public string Name
    {
        get => _name;
        init
        {
            Preconditions.CheckNotNull(value, "name");
            Preconditions.CheckArgument(IsKebabCase(value), "name",
                $"'{value}' is not a parameter name: lower-case letters and digits in words joined by single hyphens.");
            _name = value;
        }
    }

    /// <summary>Its value as text.</summary>
    public string Value
    {
        get => _value;
        init => _value = Preconditions.CheckText(value, nameof(value));
    }

    /// <summary>Where the value comes from, or null when it is the rule's own clause.</summary>
    public string? Source
    {
        get => _source;
        init => _source = Preconditions.CheckOptionalText(value, "source");
    }

    private static bool IsKebabCase(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-' || text.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
