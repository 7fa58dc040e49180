using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace PairingDomain.Tests;

/// <summary>Where the library's source text is, for the tests that read it (conventions, the RuleIds doc lines).</summary>
internal static class SourceTree
{
    /// <summary>
    /// The <c>src</c> folder above this file: the repository's, or the one in the copy tests/run-stryker.sh makes of
    /// src/PairingDomain and this project alone. A CI build (<c>ContinuousIntegrationBuild</c>) maps source paths to
    /// <c>/_/</c>, so the caller's path finds nothing there and the search goes up from the test assembly instead.
    /// </summary>
    internal static string Src([CallerFilePath] string thisFile = "") =>
        FindSrc(new FileInfo(thisFile).Directory) ?? FindSrc(new DirectoryInfo(AppContext.BaseDirectory))
        ?? throw new InvalidOperationException($"No src/PairingDomain above {thisFile} or {AppContext.BaseDirectory}.");

    private static string? FindSrc(DirectoryInfo? start)
    {
        for (DirectoryInfo? d = start; d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "src", "PairingDomain", "PairingDomain.csproj")))
            {
                return Path.Combine(d.FullName, "src");
            }
        }
        return null;
    }
}
