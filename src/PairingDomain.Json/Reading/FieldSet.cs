using System.Text;
using System.Text.Json;

namespace PairingDomain.Json.Reading;

/// <summary>The fields one kind of record of <c>pairing-case/1</c> may carry, matched on UTF-8 bytes.</summary>
internal sealed class FieldSet
{
    private readonly byte[][] _utf8;

    internal FieldSet(string what, params string[] names)
    {
        What = what;
        Names = names;
        _utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    /// <summary>What record the fields belong to, for messages: "a unit", "a leader".</summary>
    internal string What { get; }

    internal string[] Names { get; }

    internal int Count => Names.Length;

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
        catch (System.InvalidOperationException)
        {
            // An escaped lone surrogate: the name matches no field.
        }
        return -1;
    }
}
