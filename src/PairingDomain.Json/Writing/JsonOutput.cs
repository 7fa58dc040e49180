using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Json.Writing;

/// <summary>
/// The one way this package writes JSON: UTF-8 without BOM, indented by two spaces, line feeds only, Chinese and other
/// non-ASCII text unescaped, a trailing newline. The same values always give the same bytes.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
#if NET9_0_OR_GREATER
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
#endif
    };

    /// <summary>Writes a document with <paramref name="write"/> and returns its bytes.</summary>
    internal static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer, state);
        }
        ReadOnlySpan<byte> written = buffer.WrittenSpan;
        byte[] result = new byte[written.Length + 1];
        int length = CopyWithLineFeeds(written, result);
        result[length++] = (byte)'\n';
        return length == result.Length ? result : result.AsSpan(0, length).ToArray();
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="output"/>.</summary>
    internal static void CopyTo(byte[] bytes, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a local date as ISO <c>uuuu-MM-dd</c>.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, IsoDate.Format(date));

    /// <summary>Writes an optional local date, null when absent.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            WriteDate(writer, name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes an optional integer, null when absent.</summary>
    internal static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    // On .NET 8 the writer ends lines with Environment.NewLine; strings are escaped, so every CR byte in the output
    // belongs to a line break and can be dropped.
    private static int CopyWithLineFeeds(ReadOnlySpan<byte> source, Span<byte> target)
    {
        int length = 0;
        foreach (byte b in source)
        {
            if (b != (byte)'\r')
            {
                target[length++] = b;
            }
        }
        return length;
    }
}
