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

    /// <summary>
    /// Writes a document with <paramref name="write"/> to <paramref name="output"/> as it is written, holding at most
    /// about <see cref="StreamedChunkBytes"/> of it: the same bytes as <see cref="Write{TState}"/>, for documents larger
    /// than an array can hold (a national case is about 2 GB).
    /// </summary>
    internal static void WriteTo<TState>(TState state, Action<Utf8JsonWriter, TState> write, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new StreamedOutput(output);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer, state);
        }
        buffer.Finish();
    }

    /// <summary>The size of the chunks <see cref="WriteTo{TState}"/> hands to its stream.</summary>
    internal const int StreamedChunkBytes = 1 << 20;

    /// <summary>
    /// The buffer of <see cref="WriteTo{TState}"/>: the writer writes into it, and whenever it asks for room that is not
    /// left, what it holds goes to the stream with the carriage returns taken out (as <see cref="CopyWithLineFeeds"/>: the
    /// writer emits a raw carriage return only in a new line, so a chunk boundary splits nothing).
    /// </summary>
    private sealed class StreamedOutput(Stream output) : IBufferWriter<byte>, IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(StreamedChunkBytes);
        private int _written;

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(Reserve(sizeHint));

        public Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(Reserve(sizeHint));

        /// <summary>Writes what is held and the trailing newline.</summary>
        public void Finish()
        {
            Drain();
            output.WriteByte((byte)'\n');
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        private int Reserve(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 256);
            if (_buffer.Length - _written < needed)
            {
                Drain();
                if (_buffer.Length < needed)
                {
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = ArrayPool<byte>.Shared.Rent(needed);
                }
            }
            return _written;
        }

        private void Drain()
        {
            Span<byte> held = _buffer.AsSpan(0, _written);
            int length = CopyWithLineFeeds(held, held);
            output.Write(_buffer, 0, length);
            _written = 0;
        }
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
