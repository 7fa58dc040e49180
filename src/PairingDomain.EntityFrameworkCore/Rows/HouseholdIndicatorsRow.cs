using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A household's exit indicators for a year (case-format-2.md §1 <c>householdIndicators</c>), keyed by household and year. Table <c>household_indicators</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class HouseholdIndicatorsRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The household's registration id (<c>household</c>).</summary>
    public string Household { get; set; } = string.Empty;

    /// <summary>The year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The household's village (<c>village</c>).</summary>
    public VillageCode VillageCode { get; set; }

    /// <summary>Net income per head in yuan (<c>netIncomePerCapita</c>), as exact decimal text.</summary>
    public decimal NetIncomePerCapita { get; set; }

    /// <summary>Food and clothing assured (<c>foodAndClothing</c>).</summary>
    public bool FoodAndClothing { get; set; }

    /// <summary>Compulsory education assured (<c>education</c>).</summary>
    public bool Education { get; set; }

    /// <summary>Basic medical care assured (<c>medical</c>).</summary>
    public bool Medical { get; set; }

    /// <summary>Safe housing assured (<c>housing</c>).</summary>
    public bool Housing { get; set; }

    /// <summary>Safe drinking water assured (<c>water</c>).</summary>
    public bool Water { get; set; }

    /// <summary>Electricity for daily use (<c>electricity</c>).</summary>
    public bool Electricity { get; set; }

    /// <summary>Radio and television reached (<c>broadcast</c>).</summary>
    public bool Broadcast { get; set; }
}
