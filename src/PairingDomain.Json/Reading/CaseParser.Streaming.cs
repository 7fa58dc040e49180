using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using PairingDomain.Json.Reading.Fields;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reading a document as it streams: record by record, each parsed on its own and handed to the same readers as the
/// whole-document path, so that a case of millions of activities is read holding one record's text at a time.
/// </summary>
/// <remarks>
/// <para>
/// The streamed pass reads the documents this library and its adapters write: a root object whose header members
/// (<c>format</c>, <c>policy</c>, <c>year</c>, <c>asOf</c>) come before its arrays, and whose arrays come in
/// <see cref="ReadingOrder"/>, each member once and known to the document's version. Whatever it cannot read exactly as
/// the whole-document path would (another member order, a repeated or unknown member, an array member that is not an
/// array, bad JSON, bytes that are not UTF-8) ends it with <see cref="StreamingAbandonedException"/> or
/// <see cref="JsonException"/>, and <see cref="CaseReader"/> reads the document again whole, so that every document
/// gets the same problems, paths and codes by either path.
/// </para>
/// </remarks>
internal sealed partial class CaseParser
{
    /// <summary>Reads the document from <paramref name="stream"/> as it streams; throws to say it must be read whole.</summary>
    /// <exception cref="StreamingAbandonedException">The document must be read whole, or is too long.</exception>
    /// <exception cref="JsonException">The text is not well-formed JSON: it must be read whole to say where.</exception>
    internal CaseReadResult ParseStreaming(Stream stream, long maxBytes)
    {
        using var json = new JsonTextStream(stream, maxBytes);
        if (!json.Next(null, out JsonTokenType type, out _) || type != JsonTokenType.StartObject)
        {
            throw new StreamingAbandonedException("the document is not an object");
        }
        var header = new List<(string Name, JsonDocument Value)>();
        var seen = new bool[CaseFields.Set.Count];
        MemberReader[]? order = null;
        int next = 0;
        try
        {
            while (json.Next(CaseFields.Set, out type, out int field) && type == JsonTokenType.PropertyName)
            {
                if (field < 0 || seen[field])
                {
                    throw new StreamingAbandonedException("an unknown or repeated member");
                }
                seen[field] = true;
                string name = CaseFields.Set.NameAt(field);
                if (field <= CaseFields.AsOf.Index)
                {
                    if (order is not null || !json.NextValue(out JsonDocument? value, keep: true))
                    {
                        throw new StreamingAbandonedException("a header member after an array");
                    }
                    _log.NoteMember(name);
                    header.Add((name, value!));
                    continue;
                }
                if (order is null)
                {
                    if (!StartStreamed(header))
                    {
                        json.Drain();
                        return CaseReadResult.Failure(_log.ToSortedArray());
                    }
                    order = ReadingOrder();
                }
                if (!_version2 && field >= CaseFields.Version1Count)
                {
                    throw new StreamingAbandonedException("a member of version 2 in a version 1 document");
                }
                int position = Array.FindIndex(order, m => m.Field.Index == field);
                if (position < next)
                {
                    throw new StreamingAbandonedException("an array out of the reading order");
                }
                next = position + 1;
                _log.NoteMember(name);
                ReadStreamedArray(json, order[position]);
            }
            if (type != JsonTokenType.EndObject)
            {
                throw new StreamingAbandonedException("the root object does not end");
            }
            if (order is null && !StartStreamed(header))
            {
                json.Drain();
                return CaseReadResult.Failure(_log.ToSortedArray());
            }
        }
        finally
        {
            foreach ((_, JsonDocument value) in header)
            {
                value.Dispose();
            }
        }
        json.Drain();
        PairingCase? result = Finish();
        ImmutableArray<Problem> problems = _log.ToSortedArray();
        return result is not null && problems.IsEmpty ? CaseReadResult.Ok(result) : CaseReadResult.Failure(problems);
    }

    /// <summary>
    /// Reads the header members as the whole-document path reads the root, from a root of only them; false when nothing
    /// more is read (another format).
    /// </summary>
    private bool StartStreamed(List<(string Name, JsonDocument Value)> header)
    {
        var text = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(text))
        {
            writer.WriteStartObject();
            foreach ((string name, JsonDocument value) in header)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(value.RootElement.GetRawText(), skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        using JsonDocument root = JsonDocument.Parse(text.WrittenMemory);
        if (ReadRoot(root.RootElement) is null)
        {
            return false;
        }
        return true;
    }

    /// <summary>Reads one array member record by record; a null member is absent, any other value is read whole.</summary>
    private void ReadStreamedArray(JsonTextStream json, MemberReader member)
    {
        json.Next(null, out JsonTokenType type, out _);
        if (type == JsonTokenType.Null)
        {
            return;
        }
        if (type != JsonTokenType.StartArray)
        {
            throw new StreamingAbandonedException("an array member that is not an array");
        }
        string arrayPath = JsonPaths.Member(JsonPaths.Root, member.Field.Name);
        ActivityRecordReader? activities = member.Field.Index == CaseFields.Activities.Index
            ? new ActivityRecordReader(_version2, _leadersOfTwoUnits, _unreadableCountyCodes)
            : null;
        for (int index = 0; ; index++)
        {
            // A valid activity is read from the tokens; any other record, as a document, by the path that reports.
            RecordStep step = activities is null ? RecordStep.Other : json.NextRecord(activities);
            if (step == RecordStep.End)
            {
                return;
            }
            if (step == RecordStep.Read)
            {
                Builder.AddActivityAt(activities!.Activity!, index);
                continue;
            }
            if (!json.NextValue(out JsonDocument? record))
            {
                return;
            }
            using (record)
            {
                ReadElement(record!.RootElement, JsonPaths.Index(arrayPath, index), member.Fields, member.Read, member.Known);
            }
        }
    }
}
