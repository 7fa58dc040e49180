using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.Fuzz;

/// <summary>
/// The manual large-input check of issue 7: a synthetic case of about the given size written to a temporary file, read
/// back through <see cref="CaseReader.Read(Stream, System.Collections.Generic.IReadOnlyDictionary{string, Policy.PolicyEdition}?)"/>
/// from a file stream, then assessed. Prints the size, the bytes the read allocated and the times.
/// </summary>
internal static class LargeCase
{
    internal static int Run(int megabytes)
    {
        long target = megabytes * 1024L * 1024L;
        // Calibrate the ledger's intensity on the default province, then scale it to the target size.
        byte[] probe = CaseWriter.Write(SyntheticProvince.Generate(SyntheticOptions.Sichuan2019));
        double intensity = Math.Max(1.0, (double)target / probe.Length);
        var clock = Stopwatch.StartNew();
        string file = Path.Combine(Path.GetTempPath(), $"pairing-large-{megabytes}mb.json");
        PairingCase generated;
        long size;
        int attempts = 0;
        do
        {
            // The ledger is not the whole document: scale the intensity again until the file reaches the target.
            generated = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { ActivityIntensity = intensity });
            using (FileStream output = File.Create(file))
            {
                CaseWriter.Write(generated, output);
            }
            size = new FileInfo(file).Length;
            intensity *= 1.02 * target / size;
        }
        while (size < target && ++attempts < 4);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {file}: {size / 1048576.0:F1} MiB, {generated.Ledger.Count:N0} activities, in {clock.Elapsed.TotalSeconds:F1} s"));
        generated = null!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        CaseReadResult read;
        using (FileStream input = File.OpenRead(file))
        {
            read = CaseReader.Read(input);
        }
        double readSeconds = clock.Elapsed.TotalSeconds;
        long readAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read: success {read.Success}, {read.Problems.Length} problems, {readSeconds:F1} s, {readAllocated / 1048576.0:F0} MiB allocated ({(double)readAllocated / size:F2} x the file)"));
        if (read.Success)
        {
            clock.Restart();
            var assessment = read.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"assessed {assessment.Units.Length} units in {clock.Elapsed.TotalSeconds:F1} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        File.Delete(file);
        return read.Success ? 0 : 1;
    }
}
