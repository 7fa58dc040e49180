using System;
using System.Text;
using System.Text.Json;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The fields one kind of record of <c>pairing-case/1</c> may carry, matched on UTF-8 bytes; each is declared once, by
/// its record kind's static class (<see cref="Fields.UnitFields"/>), which keeps the <see cref="Field"/> handle.
/// </summary>
/// <remarks><threadsafety>Fields are declared by static initialisers only; read-only and thread-safe after.</threadsafety></remarks>
internal sealed class FieldSet
{
    private string[] _names = [];
    private byte[][] _utf8 = [];

    internal FieldSet(string what, string chineseWhat)
    {
        What = what;
        ChineseWhat = chineseWhat;
    }

    /// <summary>What record the fields belong to, for messages: "a unit", "a leader".</summary>
    internal string What { get; }

    /// <summary>The same in Chinese, for Chinese messages: "单位", "领导".</summary>
    internal string ChineseWhat { get; }

    internal int Count => _names.Length;

    /// <summary>The name of the field at <paramref name="index"/>.</summary>
    internal string NameAt(int index) => _names[index];

    /// <summary>Declares the next field of the set; only the static initialisers of the record kind call it.</summary>
    internal Field Declare(string name)
    {
        int index = _names.Length;
        Array.Resize(ref _names, index + 1);
        Array.Resize(ref _utf8, index + 1);
        _names[index] = name;
        _utf8[index] = Encoding.UTF8.GetBytes(name);
        return new Field(this, index);
    }

    /// <summary>The index of the field a property name names, where <paramref name="reader"/> stands on it; -1 for none.</summary>
    internal int IndexOf(ref Utf8JsonReader reader)
    {
        try
        {
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (reader.ValueTextEquals(_utf8[i]))
                {
                    return i;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate: the name matches no field.
        }
        return -1;
    }

    /// <summary>The index of the property's field, or -1 when it is not a field (or its name is not valid text).</summary>
    internal int IndexOf(JsonProperty property)
    {
        try
        {
            for (int i = 0; i < _utf8.Length; i++)
            {
                if (property.NameEquals(_utf8[i]))
                {
                    return i;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate: the name matches no field.
        }
        return -1;
    }
}
