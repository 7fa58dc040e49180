using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using PairingDomain.Fuzz;
using PairingDomain.Json;
using PairingDomain.Testing;
using SharpFuzz;

// Usage:
//   PairingDomain.Fuzz                 run under afl-fuzz (tests/run-fuzz.sh), input on stdin / shared memory: cases
//   PairingDomain.Fuzz edition         the same for editions (pairing-edition/1, EditionReader)
//   PairingDomain.Fuzz replay PATH...  check every file (or every file of each directory) once, without AFL
//   PairingDomain.Fuzz replay-edition PATH...
//                                      the same for editions
//   PairingDomain.Fuzz seeds DIR       write the generated valid seed cases to DIR
//   PairingDomain.Fuzz large MB        build a case of about MB megabytes, read it from a file stream, report time and memory
if (args.Length == 0 || args is ["edition"])
{
    bool edition = args.Length == 1;
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlySpan<byte> input = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        _ = edition ? EditionOracle.Check(input) : CaseOracle.Check(input);
    });
    return 0;
}

switch (args[0])
{
    case "replay":
        return Replay(args[1..], CaseOracle.Check, "valid cases assessed");

    case "replay-edition":
        return Replay(args[1..], EditionOracle.Check, "valid editions written back");

    case "seeds":
        Directory.CreateDirectory(args[1]);
        SyntheticOptions[] seeds =
        [
            new() { Seed = 1, Units = 1, Counties = 1, PostedVillages = 1, Cadres = 1, ActivityIntensity = 0 },
            new() { Seed = 2, Units = 2, Counties = 1, PostedVillages = 1, Cadres = 2, ActivityIntensity = 0, AsOf = new NodaTime.LocalDate(2019, 8, 15) },
            new() { Seed = 3, Units = 3, Counties = 2, PostedVillages = 2, Cadres = 2, ActivityIntensity = 0.5 },
        ];
        foreach (SyntheticOptions options in seeds)
        {
            File.WriteAllBytes(Path.Combine(args[1], $"valid-synthetic-{options.Seed}.json"), CaseWriter.Write(SyntheticProvince.Generate(options)));
        }
        return 0;

    case "large":
        return LargeCase.Run(int.Parse(args[1], CultureInfo.InvariantCulture));

    default:
        Console.Error.WriteLine("usage: PairingDomain.Fuzz [edition | replay PATH... | replay-edition PATH... | seeds DIR | large MB]");
        return 2;
}

// Every file (or every file of each directory) once through the oracle; the first broken invariant stops the replay.
static int Replay(string[] paths, Oracle check, string validLabel)
{
    int valid = 0, invalid = 0;
    foreach (string path in paths)
    {
        string[] files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : [path];
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            try
            {
                _ = check(File.ReadAllBytes(file)) ? valid++ : invalid++;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"{file}: {e}");
                return 1;
            }
        }
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{valid + invalid} inputs: {valid} {validLabel}, {invalid} rejected with problems"));
    return 0;
}

/// <summary>An oracle over one input: true when valid, throws when an invariant breaks.</summary>
internal delegate bool Oracle(ReadOnlySpan<byte> input);
