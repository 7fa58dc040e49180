using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PairingDomain.Samples.Tests;

/// <summary>One in-process run of a sample's entry: exit code, standard output and standard error.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public static SampleRun Of(Func<string[], TextWriter, TextWriter, int> entry, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int code = entry(args, output, error);
        return new SampleRun(code, output.ToString(), error.ToString());
    }

    public string[] Lines => Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The lines with runs of spaces collapsed to one, so tests need not know the column layout.</summary>
    public string[] Normalised => Lines.Select(l => Regex.Replace(l.Trim(), " {2,}", " ")).ToArray();

    /// <summary>
    /// The columns a line takes on a terminal: two for CJK ideographs, CJK and full-width punctuation, one otherwise
    /// (counted here independently of the samples' own layout code).
    /// </summary>
    public static int TerminalWidth(string line) =>
        line.Sum(c => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1);
}
