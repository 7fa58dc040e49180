namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A participating unit of a county pairing (case-format.md <c>countyPairings[].participants</c>), in its order. Table <c>county_pairing_participants</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CountyPairingParticipantRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The <see cref="CountyPairingRow.Seq"/> of its pairing.</summary>
    public int PairingSeq { get; set; }

    /// <summary>Its position among the pairing's participants.</summary>
    public int Position { get; set; }

    /// <summary>The participating unit.</summary>
    public UnitId UnitId { get; set; }
}
