using System.Collections.Generic;
using System.Text;

namespace PairingDomain.Policy;

/// <summary>Renders a rule's text template: each <c>{name}</c> replaced by the rule's value for it (see <see cref="PolicyRule"/>).</summary>
internal static class RuleText
{
    /// <summary>The template with every known placeholder replaced; an unknown one is left as written.</summary>
    public static string Render(string template, PolicyRule rule, bool chinese)
    {
        if (template.IndexOf('{') < 0 && template.IndexOf('}') < 0)
        {
            return template;
        }
        var text = new StringBuilder(template.Length + 8);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }
            int close = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && rule.Placeholder(template[(i + 1)..close], chinese) is { } value)
            {
                text.Append(value);
                i = close;
                continue;
            }
            text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>The placeholders of <paramref name="template"/> the rule has no value for.</summary>
    public static IEnumerable<string> Unknown(string template, PolicyRule rule, bool chinese)
    {
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                i++;
                continue;
            }
            if (c != '{')
            {
                continue;
            }
            int close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield return template[i..];
                yield break;
            }
            string name = template[(i + 1)..close];
            if (rule.Placeholder(name, chinese) is null)
            {
                yield return "{" + name + "}";
            }
            i = close;
        }
    }
}
