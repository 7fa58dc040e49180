using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PairingDomain.Tests.Conventions;

/// <summary>
/// Conventions of the source text of <c>src/</c> (issue 12): a local date is spelled by the one internal formatter,
/// <c>Time/IsoDate.cs</c>, and framework types are named through <c>using</c> directives, not inline
/// (<c>System.Text.StringBuilder</c>). Comments and plain string literals are not code and are skipped.
/// </summary>
public sealed partial class ConventionsTests
{
    /// <summary>A plain string literal; an interpolated one (<c>$"..."</c>) is kept, since its holes are code.</summary>
    private static readonly Regex s_stringLiteral = new(@"(?<![$@\w])""(?:[^""\\]|\\.)*""", RegexOptions.Compiled);

    private static readonly Regex s_inlineSystemName = new(@"(?<![\w.])(global::)?System\.[A-Z]\w*", RegexOptions.Compiled);

    private static readonly string[] s_dateSpellings = ["uuuu-MM-dd", "yyyy-MM-dd", "LocalDatePattern.Iso.Format"];


    /// <summary>Each code line of the C# files under <c>src/</c>, without its comment, as (file, line number, code).</summary>
    private static IEnumerable<(string File, int Line, string Code)> CodeLines()
    {
        string root = SourceTree.Src();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('*') || code.StartsWith("/*", StringComparison.Ordinal))
                {
                    continue;
                }
                int comment = code.IndexOf(" //", StringComparison.Ordinal);
                yield return (relative, i + 1, comment < 0 ? code : code[..comment]);
            }
        }
    }

    [Fact]
    public void Source_LocalDates_AreSpelledOnlyByIsoDate()
    {
        var lines = CodeLines().ToList();
        string[] elsewhere = [.. lines
            .Where(l => l.File != "PairingDomain/Time/IsoDate.cs")
            .Where(l => s_dateSpellings.Any(s => l.Code.Contains(s, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}")];

        string.Join(", ", elsewhere).Should().BeEmpty("a local date is written by IsoDate.Format");
        lines.Should().Contain(l => l.File == "PairingDomain/Time/IsoDate.cs"
            && l.Code.Contains("LocalDatePattern.Iso.Format", StringComparison.Ordinal), "the scan reads IsoDate itself");
    }

    [Fact]
    public void Source_FrameworkTypes_AreNamedThroughUsingDirectives()
    {
        var lines = CodeLines().ToList();
        string[] inline = [.. lines
            .Where(l => !l.Code.StartsWith("using ", StringComparison.Ordinal) && !l.Code.StartsWith("namespace ", StringComparison.Ordinal))
            .Where(l => s_inlineSystemName.IsMatch(s_stringLiteral.Replace(l.Code, "\"\"")))
            .Select(l => $"{l.File}:{l.Line}")];

        string.Join(", ", inline).Should().BeEmpty("a framework type is named through a using directive");
        lines.Should().Contain(l => l.Code == "using System.Collections.Immutable;", "the scan reads the using directives of src");
    }
}
