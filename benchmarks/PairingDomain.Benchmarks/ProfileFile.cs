using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Json;

namespace PairingDomain.Benchmarks;

/// <summary>
/// <c>--profile write-national FILE</c> then <c>--profile read-national FILE</c>: the national <c>pairing-case/1</c>
/// (about 10 M activities) from bytes on disk to its assessment, end to end (issue 17, target 1: "a national /1 case of
/// 10 M activities reads and assesses end to end"). Two processes, so that the reading process's peak working set is
/// the reader's and the assessment's alone, not the generator's.
/// </summary>
public static class ProfileFile
{
    /// <summary>Generates the national case, writes it to <paramref name="path"/> and its assessment's hash beside it.</summary>
    /// <param name="path">The case file to write.</param>
    public static void Write(string path)
    {
        PairingCase source = Cases.Get(Scale.National);
        var watch = Stopwatch.StartNew();
        using (FileStream file = File.Create(path))
        {
            CaseWriter.Write(source, file);
        }
        double writeMs = watch.Elapsed.TotalMilliseconds;
        long length = new FileInfo(path).Length;
        string hash = AssessmentHash(source.Assess());
        File.WriteAllText(path + ".sha256", hash);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {source.Ledger.Count:N0} activities, {length / 1e6:N0} MB in {writeMs / 1000:F1} s; assessment SHA-256 {hash}"));
    }

    /// <summary>
    /// Reads <paramref name="path"/> with the streamed reader (the limit raised to the file's length), assesses it, and
    /// checks the assessment's bytes against the hash the writing process recorded.
    /// </summary>
    /// <param name="path">The case file <see cref="Write"/> wrote.</param>
    /// <returns>0 when the case read and its assessment's bytes are the source's, 1 otherwise.</returns>
    public static int Read(string path)
    {
        long length = new FileInfo(path).Length;
        var watch = Stopwatch.StartNew();
        CaseReadResult read;
        using (FileStream file = File.OpenRead(path))
        {
            read = CaseReader.Read(file, new CaseReaderOptions { MaxDocumentBytes = length });
        }
        double readMs = watch.Elapsed.TotalMilliseconds;
        if (!read.Success)
        {
            Console.WriteLine($"read failed: {read.Problems.Length} problems, the first {read.Problems[0]}");
            return 1;
        }
        long heapAfterRead = GC.GetTotalMemory(forceFullCollection: true);
        long peakAfterRead = Process.GetCurrentProcess().PeakWorkingSet64;
        watch.Restart();
        AnnualAssessment assessment = read.Case.Assess();
        double assessMs = watch.Elapsed.TotalMilliseconds;
        string hash = AssessmentHash(assessment);
        bool equal = hash == File.ReadAllText(path + ".sha256");
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {read.Case.Ledger.Count:N0} activities, {length / 1e6:N0} MB in {readMs / 1000:F2} s ({length / 1e6 / (readMs / 1000):F0} MB/s); " +
            $"model on the heap {heapAfterRead / 1048576.0:N0} MiB, peak working set after the read {peakAfterRead / 1048576.0:N0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"assessed in {assessMs:F0} ms; peak working set {peak / 1048576.0:N0} MiB; assessment bytes equal to the source's: {equal}"));
        return equal ? 0 : 1;
    }

    private static string AssessmentHash(AnnualAssessment assessment)
    {
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            AssessmentWriter.Write(assessment, hashing);
        }
        return Convert.ToHexString(sha.Hash!);
    }
}
