using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace PairingDomain.Tests;

/// <summary>Where the library's source text is, for the tests that read it (conventions, the RuleIds doc lines).</summary>
internal static class SourceTree
{
    /// <summary>
    /// The <c>src</c> folder above this file: the repository's, or the one in the copy tests/run-stryker.sh makes of
    /// src/PairingDomain and this project alone.
    /// </summary>
    internal static string Src([CallerFilePath] string thisFile = "")
    {
        for (DirectoryInfo? d = new FileInfo(thisFile).Directory; d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "src", "PairingDomain", "PairingDomain.csproj")))
            {
                return Path.Combine(d.FullName, "src");
            }
        }
        throw new InvalidOperationException($"No src/PairingDomain above {thisFile}.");
    }
}
