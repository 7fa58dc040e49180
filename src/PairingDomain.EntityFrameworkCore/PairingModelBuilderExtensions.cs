using System;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PairingDomain.EntityFrameworkCore.Rows;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// Adds the tables of a stored pairing case (case-format.md, case-format-2.md §1) to an EF Core model, so that an
/// application's own <see cref="DbContext"/> can hold its cases beside its other tables.
/// </summary>
/// <remarks><threadsafety>Stateless and thread-safe.</threadsafety></remarks>
public static class PairingModelBuilderExtensions
{
    /// <summary>
    /// Configures the row entities of a stored case: <see cref="StoredCase"/> (table <c>stored_cases</c>, keyed by
    /// <c>case_key</c>) and, each keyed by the case key and its record's id or natural key and belonging to its case
    /// (deleted with it), the roster (<c>units</c>, <c>leaders</c>, <c>counties</c>, <c>villages</c>,
    /// <c>county_pairings</c>, <c>county_pairing_participants</c>, <c>cadres</c>), the ledger (<c>activities</c>), the
    /// grades (<c>cadre_grades</c>) and the <c>pairing-case/2</c> records (<c>local_cadres</c>, <c>attendance</c>,
    /// <c>cadre_work</c>, <c>cadre_reviews</c>, <c>committee_activities</c>, <c>outcomes</c>, <c>party_pairings</c>,
    /// <c>household_indicators</c>, <c>village_indicators</c>, <c>county_indicators</c>); and the assessment history:
    /// <see cref="StoredAssessment"/> (table <c>assessments</c>, keyed by <c>id</c>) with, each belonging to its
    /// assessment (deleted with it), <c>unit_results</c>, <c>duty_results</c>, <c>excellence_blocks</c>,
    /// <c>cadre_actions</c> and <c>findings</c>.
    /// </summary>
    /// <remarks>
    /// Every table and column name is snake_case. Every domain value is stored as readable text: identifiers as their
    /// value, codes as their digits, enumerations as their contract ids, dates as <c>yyyy-MM-dd</c>, months as
    /// <c>yyyy-MM</c>, instants as fixed-width ISO text in UTC with nine fraction digits (exact to the nanosecond, which
    /// ticks are not, and sorted as time is), decimals as exact text. Rows refer to each other by those values only, with
    /// no foreign key between records: a row naming an unknown unit can be stored, and loading reports it
    /// (<see cref="CaseStore.LoadAsync"/>) as the JSON reader reports a document naming one.
    /// </remarks>
    /// <param name="modelBuilder">The model being built (in <see cref="DbContext.OnModelCreating"/>).</param>
    /// <returns><paramref name="modelBuilder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyPairingDomain(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        EntityTypeBuilder<StoredCase> cases = Row<StoredCase>(modelBuilder, "stored_cases", nameof(StoredCase.CaseKey));
        cases.Property(c => c.EditionId).HasMaxLength(200);

        Owned<UnitRow>(modelBuilder, "units", nameof(UnitRow.UnitId));
        Owned<LeaderRow>(modelBuilder, "leaders", nameof(LeaderRow.UnitId), nameof(LeaderRow.LeaderId));
        Owned<CountyRow>(modelBuilder, "counties", nameof(CountyRow.CountyCode));
        Owned<VillageRow>(modelBuilder, "villages", nameof(VillageRow.VillageCode));
        Owned<CountyPairingRow>(modelBuilder, "county_pairings", nameof(CountyPairingRow.Seq));
        Owned<CountyPairingParticipantRow>(modelBuilder, "county_pairing_participants",
            nameof(CountyPairingParticipantRow.PairingSeq), nameof(CountyPairingParticipantRow.Position));
        Owned<StationedCadreRow>(modelBuilder, "cadres", nameof(StationedCadreRow.CadreId));
        Owned<ActivityRow>(modelBuilder, "activities", nameof(ActivityRow.ActivityId));
        Owned<GradeRow>(modelBuilder, "cadre_grades", nameof(GradeRow.CadreId), nameof(GradeRow.Year));
        Owned<LocalCadreRow>(modelBuilder, "local_cadres", nameof(LocalCadreRow.CadreId));
        Owned<AttendanceRow>(modelBuilder, "attendance", nameof(AttendanceRow.CadreId), nameof(AttendanceRow.Month));
        Owned<CadreWorkRow>(modelBuilder, "cadre_work", nameof(CadreWorkRow.CadreId), nameof(CadreWorkRow.Year));
        Owned<CadreReviewRow>(modelBuilder, "cadre_reviews", nameof(CadreReviewRow.Seq));
        Owned<CommitteeActivityRow>(modelBuilder, "committee_activities", nameof(CommitteeActivityRow.ActivityId));
        Owned<OutcomeRow>(modelBuilder, "outcomes", nameof(OutcomeRow.ActivityId));
        Owned<PartyPairingRow>(modelBuilder, "party_pairings", nameof(PartyPairingRow.Seq));
        Owned<HouseholdIndicatorsRow>(modelBuilder, "household_indicators", nameof(HouseholdIndicatorsRow.Household),
            nameof(HouseholdIndicatorsRow.Year));
        Owned<VillageIndicatorsRow>(modelBuilder, "village_indicators", nameof(VillageIndicatorsRow.VillageCode),
            nameof(VillageIndicatorsRow.Year));
        Owned<CountyIndicatorsRow>(modelBuilder, "county_indicators", nameof(CountyIndicatorsRow.CountyCode),
            nameof(CountyIndicatorsRow.Year));

        EntityTypeBuilder<StoredAssessment> assessments = Row<StoredAssessment>(modelBuilder, "assessments", nameof(StoredAssessment.Id));
        assessments.Property(a => a.Id).ValueGeneratedOnAdd();
        assessments.Property(a => a.EditionId).HasMaxLength(200);
        assessments.Property(a => a.RulesHash).HasMaxLength(64);
        assessments.Property(a => a.CaseHash).HasMaxLength(64);
        assessments.HasIndex(a => new { a.CaseHash, a.EditionId, a.RulesHash, a.AsOf }).IsUnique();
        assessments.HasIndex(a => new { a.Year, a.AsOf });
        Result<UnitResultRow>(modelBuilder, "unit_results", nameof(UnitResultRow.UnitId));
        Result<DutyResultRow>(modelBuilder, "duty_results", nameof(DutyResultRow.UnitId), nameof(DutyResultRow.Rule))
            .HasIndex(nameof(DutyResultRow.Rule), nameof(DutyResultRow.Status));
        Result<ExcellenceBlockRow>(modelBuilder, "excellence_blocks", nameof(ExcellenceBlockRow.UnitId),
            nameof(ExcellenceBlockRow.Holder), nameof(ExcellenceBlockRow.Seq)).Property(b => b.Holder).HasMaxLength(20);
        Result<CadreActionRow>(modelBuilder, "cadre_actions", nameof(CadreActionRow.CadreId), nameof(CadreActionRow.Rule));
        Result<FindingRow>(modelBuilder, "findings", nameof(FindingRow.Seq));
        return modelBuilder;
    }

    /// <summary>A record's table: keyed by the case key and <paramref name="key"/>, deleted with its case.</summary>
    private static void Owned<TRow>(ModelBuilder modelBuilder, string table, params string[] key)
        where TRow : class
    {
        EntityTypeBuilder<TRow> row = Row<TRow>(modelBuilder, table, [nameof(StoredCase.CaseKey), .. key]);
        row.HasOne<StoredCase>().WithMany().HasForeignKey(nameof(StoredCase.CaseKey)).OnDelete(DeleteBehavior.Cascade);
        if (typeof(TRow).GetProperty("Seq") is not null)
        {
            row.HasIndex(nameof(StoredCase.CaseKey), "Seq").IsUnique();
        }
    }

    /// <summary>A result table of a stored assessment: keyed by the assessment's id and <paramref name="key"/>, deleted with it.</summary>
    private static EntityTypeBuilder<TRow> Result<TRow>(ModelBuilder modelBuilder, string table, params string[] key)
        where TRow : class
    {
        EntityTypeBuilder<TRow> row = Row<TRow>(modelBuilder, table, ["AssessmentId", .. key]);
        row.HasOne<StoredAssessment>().WithMany().HasForeignKey("AssessmentId").OnDelete(DeleteBehavior.Cascade);
        return row;
    }

    /// <summary>Maps every public property of <typeparamref name="TRow"/> to a snake_case column, with its converter.</summary>
    private static EntityTypeBuilder<TRow> Row<TRow>(ModelBuilder modelBuilder, string table, params string[] key)
        where TRow : class
    {
        EntityTypeBuilder<TRow> row = modelBuilder.Entity<TRow>();
        row.ToTable(table);
        foreach (PropertyInfo property in typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            PropertyBuilder column = row.Property(property.PropertyType, property.Name).HasColumnName(SnakeCase(property.Name));
            Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (PairingValueConverters.ByType.TryGetValue(type, out ValueConverter? converter))
            {
                column.HasConversion(converter);
            }
        }
        row.HasKey(key);
        return row;
    }

    /// <summary><c>PlannedDelistingYear</c> as <c>planned_delisting_year</c>.</summary>
    internal static string SnakeCase(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (int i = 0; i < pascalCase.Length; i++)
        {
            char c = pascalCase[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
