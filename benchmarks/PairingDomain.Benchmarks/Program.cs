using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (<c>--filter '*'</c> for all).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>--profile [province|national]</c>, or
    /// <c>--profile write-national|read-national FILE</c> (<see cref="ProfileFile"/>).</param>
    /// <returns>0, or 1 when a <c>--filter</c> ran nothing or a benchmark failed (BenchmarkDotNet itself exits 0 then).</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 2 && args[0] == "--profile" && args[1] is "write-national" or "read-national")
        {
            if (args[1] == "write-national")
            {
                ProfileFile.Write(args[2]);
                return 0;
            }
            return ProfileFile.Read(args[2]);
        }
        if (args.Length > 0 && args[0] == "--profile")
        {
            Profile.Run(args.Length > 1 && Enum.TryParse(args[1], ignoreCase: true, out Scale scale) ? scale : Scale.National);
            return 0;
        }
        // Results go beside this project unless --artifacts says otherwise, so a run from the repository root does not
        // add a folder to its top level.
        IConfig? config = args.Contains("--artifacts")
            ? null
            : DefaultConfig.Instance.WithArtifactsPath(Path.Combine(ProjectDirectory(), "BenchmarkDotNet.Artifacts"));
        Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config)];
        int ran = summaries.Sum(s => s.Reports.Count(r => r.Success && r.ResultStatistics is not null));
        int failed = summaries.Sum(s => s.Reports.Count(r => !r.Success || r.ResultStatistics is null))
            + summaries.Count(s => s.HasCriticalValidationErrors);
        if (failed > 0 || (ran == 0 && args.Contains("--filter")))
        {
            Console.Error.WriteLine($"benchmarks: {ran} ran, {failed} failed");
            return 1;
        }
        return 0;
    }

    private static string ProjectDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
