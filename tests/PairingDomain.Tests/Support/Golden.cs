using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace PairingDomain.Tests.Support;

/// <summary>
/// Compares a rendered text with a golden file committed under the test project and copied to the output directory.
/// </summary>
/// <remarks>
/// A difference fails the test with the first differing line. To accept an intended change, rerun with
/// <c>PAIRINGDOMAIN_UPDATE_GOLDEN=1</c>: the file under the source tree is rewritten (review its diff before
/// committing). Line endings are compared as <c>\n</c>.
/// </remarks>
internal static class Golden
{
    public const string UpdateVariable = "PAIRINGDOMAIN_UPDATE_GOLDEN";

    private const string ProjectFile = "PairingDomain.Tests.csproj";

    /// <summary>Fails unless <paramref name="actual"/> equals the golden file, or rewrites it when asked to.</summary>
    /// <param name="relativePath">The golden file's path relative to the test project, with '/' separators.</param>
    /// <param name="actual">The rendered text.</param>
    /// <param name="callerFile">Filled in by the compiler; used to find the source tree.</param>
    public static void Verify(string relativePath, string actual, [CallerFilePath] string callerFile = "")
    {
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            string source = SourcePath(relativePath, callerFile);
            File.WriteAllText(source, actual);
            return;
        }
        string copy = Path.Combine(AppContext.BaseDirectory, relativePath);
        if (!File.Exists(copy))
        {
            throw new XunitException(
                $"The golden file {relativePath} is not in the output directory ({copy}). Create it with {UpdateVariable}=1 and rebuild.");
        }
        string? difference = Describe(Normalize(File.ReadAllText(copy)), actual);
        if (difference is not null)
        {
            throw new XunitException(
                $"The rendered text differs from the golden file {relativePath}: {difference}{Environment.NewLine}"
                + $"If the change is intended, rerun the test with {UpdateVariable}=1 to rewrite the golden file under "
                + "the source tree, then review its diff before committing.");
        }
    }

    /// <summary>Null when the texts are equal; otherwise where they first differ, with both lines.</summary>
    /// <param name="expected">The golden text.</param>
    /// <param name="actual">The rendered text.</param>
    public static string? Describe(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }
        string[] e = expected.Split('\n'), a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }
        string Show(string[] lines) => line < lines.Length ? $"\"{lines[line]}\"" : "(end of text)";
        return $"first difference at line {line + 1}{Environment.NewLine}  expected: {Show(e)}{Environment.NewLine}  actual:   {Show(a)}";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string SourcePath(string relativePath, string callerFile)
    {
        // The compiler's path to the calling test file finds the project unless the build maps source paths
        // (ContinuousIntegrationBuild); then walk up from the output directory (bin/<configuration>/<framework>/).
        string? project = FindProject(Path.GetDirectoryName(callerFile)) ?? FindProject(AppContext.BaseDirectory)
            ?? throw new XunitException($"Cannot find {ProjectFile} above {callerFile} or {AppContext.BaseDirectory} to rewrite {relativePath}.");
        return Path.Combine(project, relativePath.Replace('/', Path.DirectorySeparatorChar));
    }

    private static string? FindProject(string? directory)
    {
        for (string? d = directory; !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d))
        {
            if (File.Exists(Path.Combine(d, ProjectFile)))
            {
                return d;
            }
        }
        return null;
    }
}
