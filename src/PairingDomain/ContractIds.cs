using System;
using System.Text;

namespace PairingDomain;

/// <summary>
/// Computes the contract id of an enumeration value (case-format.md): its PascalCase name in kebab-case
/// (<c>StateOwnedEnterprise</c> ↔ <c>state-owned-enterprise</c>). The one place of the rule, used by
/// <see cref="BilingualEnumeration{TEnum}.ContractId"/> and so by PairingDomain.Json.
/// </summary>
/// <remarks><threadsafety>Stateless and thread-safe.</threadsafety></remarks>
internal static class ContractIds
{
    /// <summary>The kebab-case form of a PascalCase name.</summary>
    /// <param name="pascalCase">A name such as <c>MainLeader</c>.</param>
    /// <returns>The name in lower case with a hyphen before each inner capital, such as <c>main-leader</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pascalCase"/> is null.</exception>
    public static string FromPascalCase(string pascalCase)
    {
        ArgumentNullException.ThrowIfNull(pascalCase);
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
