namespace PairingDomain.Json.Reading;

/// <summary>
/// A named handle on one field of a <see cref="FieldSet"/>, such as <see cref="Fields.UnitFields.Id"/>: the reader asks
/// for fields by handle, never by position.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
internal readonly struct Field
{
    internal Field(FieldSet set, int index)
    {
        Set = set;
        Index = index;
    }

    /// <summary>The record kind the field belongs to.</summary>
    internal FieldSet Set { get; }

    /// <summary>The field's position in its set: where <see cref="RecordFields"/> keeps its value.</summary>
    internal int Index { get; }

    /// <summary>The field's name in the document, as case-format.md spells it.</summary>
    internal string Name => Set.NameAt(Index);
}
