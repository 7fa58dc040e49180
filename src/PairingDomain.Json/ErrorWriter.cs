using System;
using System.Collections.Generic;
using System.IO;
using PairingDomain.Json.Writing;

namespace PairingDomain.Json;

/// <summary>
/// Writes the problems of an invalid case as a <c>pairing-errors/1</c> document:
/// <c>{"format":"pairing-errors/1","errors":[{"path","code","message"}]}</c>.
/// </summary>
/// <remarks>
/// Problems are written in the order given. The output is UTF-8 without BOM, indented by two spaces, Chinese text
/// unescaped, and ends with a newline.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class ErrorWriter
{
    /// <summary>Writes the problems.</summary>
    /// <param name="problems">The problems, typically <see cref="CaseReadResult.Problems"/>.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null or holds null.</exception>
    public static byte[] Write(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return JsonOutput.Write(problems, static (writer, list) =>
        {
            writer.WriteStartObject();
            writer.WriteString("format", JsonFormats.Errors);
            writer.WriteStartArray("errors");
            foreach (Problem problem in list)
            {
                ArgumentNullException.ThrowIfNull(problem, nameof(problems));
                writer.WriteStartObject();
                writer.WriteString("path", problem.Path);
                writer.WriteString("code", problem.Code);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes the problems to <paramref name="output"/>.</summary>
    /// <param name="problems">The problems.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<Problem> problems, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.CopyTo(Write(problems), output);
    }
}
