using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PairingDomain.Tests.Support;

/// <summary>
/// What an English message names — its quoted values, JSONPaths, identifiers (<c>U-1</c>, <c>DUTY-DEPUTY-VISITS</c>) and
/// codes or years — so that a test can check its Chinese twin names the same records, without fixing either wording.
/// </summary>
internal static partial class SameRecord
{
    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\$[^\s,;:'()]*|\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b|\b\d{4,}\b")]
    private static partial Regex Token();

    /// <summary>Whether the text holds a CJK ideograph.</summary>
    internal static bool HasChinese(string text) => text.Any(c => c is >= '\u3400' and <= '\u9FFF');

    /// <summary>The names an English message gives: each must appear in its Chinese twin.</summary>
    internal static IEnumerable<string> NamesIn(string english) =>
        Quoted().Matches(english).Select(m => m.Groups[1].Value)
            .Concat(Token().Matches(Quoted().Replace(english, " ")).Select(m => m.Value.TrimEnd('.')))
            .Where(n => n.Length > 0)
            .Distinct();

    /// <summary>Asserts that <paramref name="chinese"/> is Chinese and names every record <paramref name="english"/> names.</summary>
    internal static void Check(string english, string chinese, string because)
    {
        chinese.Should().NotBeNullOrWhiteSpace(because);
        HasChinese(chinese).Should().BeTrue($"the Chinese message of {because} is Chinese: {chinese}");
        chinese.Should().NotBe(english, because);
        foreach (string name in NamesIn(english))
        {
            chinese.Should().Contain(name, $"{because}: the English message names '{name}' ({english})");
        }
    }

    /// <summary>Checks a problem's Chinese message against its English one.</summary>
    internal static void Check(Problem problem) => Check(problem.Message, problem.ChineseMessage, $"{problem.Code} at {problem.Path}");

    /// <summary>Checks a finding's Chinese message against its English one; both name its subject.</summary>
    internal static void Check(Finding finding)
    {
        Check(finding.Message, finding.ChineseMessage, $"{finding.Rule} of {finding.Subject}");
        finding.ChineseMessage.Should().Contain(finding.Subject);
    }
}
