using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace PairingDomain.Json.Reading;

/// <summary>The bytes: a byte-order mark, UTF-8, well-formed JSON and the nesting limit, before any record is read.</summary>
internal sealed partial class CaseParser
{
    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = CaseReader.MaxDepth,
    };

    /// <summary>
    /// Parses the bytes (less a UTF-8 byte-order mark) as one JSON document, or fails with the single problem of the
    /// text: <c>invalid-json</c> with the line and position of the first bad byte, or <c>limit-exceeded</c> for nesting
    /// past <see cref="CaseReader.MaxDepth"/>.
    /// </summary>
    private static bool TryParseDocument(ReadOnlyMemory<byte> utf8Json, [NotNullWhen(true)] out JsonDocument? document,
        [NotNullWhen(false)] out CaseReadResult? failure)
    {
        document = null;
        failure = null;
        ReadOnlySpan<byte> span = utf8Json.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
            span = utf8Json.Span;
        }
        int invalid = FirstInvalidUtf8(span);
        if (invalid >= 0)
        {
            (int line, int position) = LineAndPosition(span, invalid);
            failure = Fail(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {line}, position {position}: the bytes are not valid UTF-8"),
                string.Create(CultureInfo.InvariantCulture, $"第 {line} 行第 {position} 个位置不是有效的 JSON：字节不是有效的 UTF-8"));
            return false;
        }

        try
        {
            document = JsonDocument.Parse(utf8Json, s_documentOptions);
            return true;
        }
        catch (JsonException e)
        {
            if (DepthExceededAt(utf8Json.Span) is { } deep)
            {
                (int deepLine, int deepPosition) = LineAndPosition(utf8Json.Span, deep);
                failure = CaseReadResult.Failure([new Problem(JsonPaths.Root, JsonProblemCodes.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                    $"the document nests arrays and objects deeper than this reader's limit of {CaseReader.MaxDepth} levels, at line {deepLine}, position {deepPosition}"),
                    string.Create(CultureInfo.InvariantCulture,
                    $"文档在第 {deepLine} 行第 {deepPosition} 个位置的数组和对象嵌套深度超过本读取器的上限 {CaseReader.MaxDepth} 层"))]);
                return false;
            }
            string reason = e.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
            failure = Fail(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {reason}"),
                string.Create(CultureInfo.InvariantCulture,
                $"第 {(e.LineNumber ?? 0) + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 个位置不是有效的 JSON：{reason}"));
            return false;
        }
    }

    private static CaseReadResult Fail(string message, string chineseMessage) =>
        CaseReadResult.Failure([new Problem(JsonPaths.Root, JsonProblemCodes.InvalidJson, message, chineseMessage)]);

    /// <summary>A member's name, or U+FFFD when it holds an escaped lone surrogate and so is not valid text.</summary>
    private static string SafeName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    /// <summary>
    /// After the document failed to parse: the offset of the first array or object that opens past the depth limit, when
    /// that is what failed (the text up to it is well-formed); otherwise null.
    /// </summary>
    private static int? DepthExceededAt(ReadOnlySpan<byte> span)
    {
        var reader = new Utf8JsonReader(span, new JsonReaderOptions { MaxDepth = CaseReader.MaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= CaseReader.MaxDepth)
                {
                    return (int)reader.TokenStartIndex;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before the limit is reached: the parse error stands.
        }
        return null;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (Utf8.IsValid(span))
        {
            return -1;
        }
        int offset = 0;
        while (offset < span.Length)
        {
            if (Rune.DecodeFromUtf8(span[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return -1;
    }

    private static (int Line, int Position) LineAndPosition(ReadOnlySpan<byte> span, int offset)
    {
        ReadOnlySpan<byte> before = span[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lastBreak = before.LastIndexOf((byte)'\n');
        return (line, offset - lastBreak);
    }
}
