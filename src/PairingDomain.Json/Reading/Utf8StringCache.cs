using System;
using System.Text;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The strings of UTF-8 values that repeat across the records of one document (the unit, leader, county and village an
/// activity names): each distinct value is decoded once, and a later occurrence gets the same string without decoding
/// or allocating.
/// </summary>
/// <remarks>
/// An open-addressing table keyed by the bytes themselves, so that a lookup needs no string. It holds at most
/// <see cref="MaxEntries"/> values (more than a national roster names); past that, values are decoded afresh, as
/// without the cache. One per reading; not thread-safe.
/// </remarks>
internal sealed class Utf8StringCache
{
    /// <summary>The most values held.</summary>
    internal const int MaxEntries = 1 << 20;

    private Entry[] _entries = new Entry[256];
    private int _count;

    /// <summary>The string of <paramref name="utf8"/>, which must be valid UTF-8.</summary>
    internal string Get(ReadOnlySpan<byte> utf8)
    {
        int hash = Hash(utf8);
        int mask = _entries.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Value is null)
            {
                string value = Encoding.UTF8.GetString(utf8);
                if (_count < MaxEntries)
                {
                    entry = new Entry(hash, utf8.ToArray(), value);
                    if (++_count * 2 > _entries.Length)
                    {
                        Grow();
                    }
                }
                return value;
            }
            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Value;
            }
        }
    }

    private void Grow()
    {
        Entry[] old = _entries;
        _entries = new Entry[old.Length * 2];
        int mask = _entries.Length - 1;
        foreach (Entry entry in old)
        {
            if (entry.Value is null)
            {
                continue;
            }
            int i = entry.Hash & mask;
            while (_entries[i].Value is not null)
            {
                i = (i + 1) & mask;
            }
            _entries[i] = entry;
        }
    }

    /// <summary>
    /// The bytes' hash, seeded per process (<see cref="HashCode"/>), so that a hostile document cannot choose values that
    /// collide.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = default(HashCode);
        hash.AddBytes(utf8);
        return hash.ToHashCode();
    }

    private readonly record struct Entry(int Hash, byte[] Utf8, string Value);
}
