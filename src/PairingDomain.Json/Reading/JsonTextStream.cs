using System;
using System.Buffers;
using System.IO;
using System.Text.Json;
using System.Text.Unicode;

namespace PairingDomain.Json.Reading;

/// <summary>
/// A forward-only reader of one JSON text from a stream, token by token and value by value, over one buffer that holds
/// at most the largest value read at once (a record) plus a read-ahead: the text is never held whole.
/// </summary>
/// <remarks>
/// <para>
/// It checks what <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> checks (the syntax, with
/// the reader's depth limit) and that the bytes are UTF-8, as they arrive; it does not say where a fault is. Any fault
/// ends the pass with <see cref="JsonException"/> or <see cref="StreamingAbandonedException"/>, and the caller reads
/// the text again whole, which reports the fault exactly as it always has.
/// </para>
/// <para>A leading UTF-8 byte-order mark is skipped.</para>
/// </remarks>
internal sealed class JsonTextStream : IDisposable
{
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream _stream;
    private readonly long _maxBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _checked;
    private bool _final;
    private long _total;
    private JsonReaderState _state;

    /// <summary>A reader of the text of <paramref name="stream"/> from its position, refusing more than <paramref name="maxBytes"/>.</summary>
    internal JsonTextStream(Stream stream, long maxBytes)
    {
        _stream = stream;
        _maxBytes = maxBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        _state = new JsonReaderState(new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = CaseReader.MaxDepth,
        });
        while (_end < 3 && !_final)
        {
            Refill();
        }
        ReadOnlySpan<byte> head = _buffer.AsSpan(0, _end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start = 3;
        }
    }

    /// <summary>Reads the next token; false at the end of the text (after the root value and white space).</summary>
    /// <param name="names">The field names a property name is looked up in; null to not look.</param>
    /// <param name="type">The token's type.</param>
    /// <param name="field">For a property name, the index of the field it names in <paramref name="names"/>, or -1.</param>
    internal bool Next(FieldSet? names, out JsonTokenType type, out int field)
    {
        while (true)
        {
            Utf8JsonReader reader = Reader();
            if (reader.Read())
            {
                type = reader.TokenType;
                field = type == JsonTokenType.PropertyName && names is not null ? names.IndexOf(ref reader) : -1;
                Commit(ref reader);
                return true;
            }
            if (_final)
            {
                Commit(ref reader);
                type = JsonTokenType.None;
                field = -1;
                return false;
            }
            Refill();
        }
    }

    /// <summary>
    /// Reads the next value whole, as a document of its own; or, in an array, false at its end. The caller disposes the
    /// document.
    /// </summary>
    /// <param name="value">The value's document.</param>
    /// <param name="keep">
    /// Whether the document is kept past the next read: it then holds a copy of the value's text. Otherwise it reads the
    /// buffer in place (no copy, its index pooled) and must be disposed before this reader is used again.
    /// </param>
    internal bool NextValue(out JsonDocument? value, bool keep = false)
    {
        while (true)
        {
            Utf8JsonReader reader = Reader();
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Commit(ref reader);
                    value = null;
                    return false;
                }
                int start = _start + (int)reader.TokenStartIndex;
                // When the value is not all in the buffer yet, the reader is left where it stood and the buffer refilled.
                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    Commit(ref reader);
                    ReadOnlyMemory<byte> text = _buffer.AsMemory(start, _start - start);
                    value = JsonDocument.Parse(keep ? text.ToArray() : text);
                    return true;
                }
            }
            if (_final)
            {
                throw new StreamingAbandonedException("the text ends inside a value");
            }
            Refill();
        }
    }

    /// <summary>
    /// Reads the next element of an array with <paramref name="records"/>, straight from the buffer (no document), when
    /// it can: <see cref="RecordStep.Read"/> when it read the element, <see cref="RecordStep.End"/> at the array's end,
    /// and <see cref="RecordStep.Other"/>, with nothing consumed, when the element must be read by
    /// <see cref="NextValue"/> instead.
    /// </summary>
    /// <remarks>
    /// An element cut by the buffer's end is read again from its start once the buffer holds more: the record reader
    /// keeps nothing of an attempt it did not finish.
    /// </remarks>
    internal RecordStep NextRecord(IRecordReader records)
    {
        while (true)
        {
            Utf8JsonReader reader = Reader();
            RecordStep step = records.TryRead(ref reader);
            if (step is RecordStep.Read or RecordStep.End)
            {
                Commit(ref reader);
                return step;
            }
            if (step == RecordStep.Other || _final)
            {
                return RecordStep.Other;
            }
            Refill();
        }
    }

    /// <summary>Reads to the end of the text, checking it, without keeping anything.</summary>
    internal void Drain()
    {
        while (Next(null, out _, out _))
        {
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _final, _state);

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer when they fill it, reads more and checks them.</summary>
    private void Refill()
    {
        int unread = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _checked -= _start;
            _end = unread;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, _buffer.Length * 2L));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }
        else
        {
            _total += read;
            if (_total > _maxBytes)
            {
                throw new StreamingAbandonedException("the text is longer than the limit", tooLarge: true);
            }
            _end += read;
        }
        Check();
    }

    /// <summary>Checks the newly read bytes are UTF-8, up to a sequence cut by the buffer's end (checked with the next bytes).</summary>
    private void Check()
    {
        ReadOnlySpan<byte> fresh = _buffer.AsSpan(_checked, _end - _checked);
        int complete = _final ? fresh.Length : fresh.Length - CutSequenceLength(fresh);
        if (!Utf8.IsValid(fresh[..complete]))
        {
            throw new StreamingAbandonedException("the bytes are not UTF-8");
        }
        _checked += complete;
    }

    /// <summary>The length of a multi-byte sequence begun but not finished at the end of <paramref name="bytes"/>.</summary>
    private static int CutSequenceLength(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            byte b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }
}

/// <summary>What <see cref="JsonTextStream.NextRecord"/> or an <see cref="IRecordReader"/> did with the next element of an array.</summary>
internal enum RecordStep
{
    /// <summary>It read the element.</summary>
    Read,

    /// <summary>The array ends.</summary>
    End,

    /// <summary>The element is not one the record reader reads: it must be read as a document, from where it starts.</summary>
    Other,

    /// <summary>The buffer ends inside the element (only from <see cref="IRecordReader.TryRead"/>).</summary>
    More,
}

/// <summary>Reads one element of an array straight from a <see cref="Utf8JsonReader"/>, for <see cref="JsonTextStream.NextRecord"/>.</summary>
internal interface IRecordReader
{
    /// <summary>
    /// Reads the next element with <paramref name="reader"/>: <see cref="RecordStep.Read"/> when it read a record it
    /// takes whole, <see cref="RecordStep.End"/> at the array's end, <see cref="RecordStep.More"/> when the text ends
    /// before the element does, <see cref="RecordStep.Other"/> for anything else. Only a read it returns
    /// <see cref="RecordStep.Read"/> for may leave a trace.
    /// </summary>
    public RecordStep TryRead(ref Utf8JsonReader reader);
}

/// <summary>A streamed reading given up: the text is read again whole, which reports why (or is too long).</summary>
internal sealed class StreamingAbandonedException : Exception
{
    /// <summary>A reading given up for <paramref name="reason"/>.</summary>
    internal StreamingAbandonedException(string reason, bool tooLarge = false)
        : base(reason)
    {
        TooLarge = tooLarge;
    }

    /// <summary>Whether the text is longer than the reader's limit (then it is not read again).</summary>
    internal bool TooLarge { get; }
}
