using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Exits;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// Saves a <see cref="PairingCase"/> to the tables of <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>
/// and loads it back through <see cref="PairingCaseBuilder"/>, the one checking path of every adapter, so that a row
/// that breaks a rule of domain.md is reported at its table and key (<c>activities[A-0001].unit</c>), every problem at
/// once.
/// </summary>
/// <remarks>
/// <para>
/// A record is located as <c>table[key]</c>, its key being its id or natural key, and the contract's field after it
/// (case-format.md, case-format-2.md §1): <c>units[U-001]</c>, <c>units[U-001].leaders[L-1]</c>,
/// <c>counties[513431]</c>, <c>villages[513431100201]</c>, <c>county_pairings[3]</c> (by position),
/// <c>cadres[C-001]</c>, <c>activities[A-0001]</c>, <c>cadre_grades[C-001,2019]</c>, <c>local_cadres[LC-1]</c>,
/// <c>attendance[C-001,2019-03]</c>, <c>cadre_work[C-001,2019]</c>, <c>cadre_reviews[2]</c>,
/// <c>committee_activities[W-1]</c>, <c>outcomes[O-1]</c>, <c>party_pairings[0]</c>,
/// <c>household_indicators[H-1,2019]</c>, <c>village_indicators[513431100201,2019]</c>,
/// <c>county_indicators[513431,2019]</c>; the case itself is <c>stored_cases[key]</c>.
/// </para>
/// <para>
/// Records are saved with their position in their part (<c>seq</c>) and loaded in that order, the roster before the
/// ledger as the builder needs, so that a saved case loads back equal, to the same bytes of the JSON contract.
/// </para>
/// <threadsafety>Stateless and thread-safe; a <see cref="DbContext"/> is not, so give each call its own.</threadsafety>
/// </remarks>
public static partial class CaseStore
{
    /// <summary>
    /// Saves <paramref name="case"/> under <paramref name="caseKey"/> in one transaction, replacing a case already
    /// stored under that key: the head row, then every record, either added in bulk (change detection off) and written
    /// by one <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>, or streamed with one binary COPY per table,
    /// as <paramref name="method"/> says; by default binary COPY on PostgreSQL and prepared inserts elsewhere
    /// (<see cref="CaseSaveMethod.Automatic"/>). Within a transaction the caller began, the save joins it and the
    /// caller commits.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="caseKey">The key the case is stored under, chosen by the caller (such as <c>sichuan-2019</c>).</param>
    /// <param name="case">The case.</param>
    /// <param name="method">How the rows are written (<see cref="CaseSaveMethod"/>); the rows are the same whichever.</param>
    /// <param name="cancellationToken">Cancels the save, which then leaves nothing saved.</param>
    /// <returns>A task that completes when the case is committed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseKey"/> is empty, or <paramref name="method"/> is not a
    /// <see cref="CaseSaveMethod"/>.</exception>
    /// <exception cref="NotSupportedException"><see cref="CaseSaveMethod.BinaryCopy"/> on a provider other than PostgreSQL.</exception>
    /// <exception cref="DbUpdateException">The database refused a row; nothing is saved.</exception>
    /// <exception cref="NewerSchemaException">A newer schema wrote the database.</exception>
    public static async Task SaveAsync(DbContext context, string caseKey, PairingCase @case,
        CaseSaveMethod method = CaseSaveMethod.Automatic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(caseKey);
        ArgumentNullException.ThrowIfNull(@case);
        bool npgsql = context.Database.IsNpgsql();
        CaseSaveMethod chosen = method switch
        {
            CaseSaveMethod.Automatic => npgsql ? CaseSaveMethod.BinaryCopy : CaseSaveMethod.PreparedInsert,
            CaseSaveMethod.SaveChanges or CaseSaveMethod.PreparedInsert => method,
            CaseSaveMethod.BinaryCopy => npgsql ? method : throw new NotSupportedException(
                $"Binary COPY needs PostgreSQL (the Npgsql provider); the context runs on {context.Database.ProviderName}."),
            _ => throw new ArgumentException($"Not a {nameof(CaseSaveMethod)}: {method}", nameof(method)),
        };
        await PairingSchema.EnsureNotNewerAsync(context, cancellationToken).ConfigureAwait(false);

        IDbContextTransaction? own = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        bool detect = context.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            await DeleteAsync(context, caseKey, cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            context.Add(HeadRow(caseKey, @case));
            if (chosen == CaseSaveMethod.BinaryCopy)
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                var connection = (NpgsqlConnection)context.Database.GetDbConnection();
                foreach (RowPart part in RowParts(caseKey, @case))
                {
                    await CopyAsync(context, connection, part, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (chosen == CaseSaveMethod.PreparedInsert)
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (RowPart part in RowParts(caseKey, @case))
                {
                    await InsertAsync(context, part, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                foreach (RowPart part in RowParts(caseKey, @case))
                {
                    context.AddRange(part.Rows);
                }
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            context.ChangeTracker.Clear();
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Deletes every row of the case stored under <paramref name="caseKey"/>, its records before its head row.</summary>
    private static async Task DeleteAsync(DbContext context, string caseKey, CancellationToken cancellationToken)
    {
        await Delete<CountyIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<VillageIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<HouseholdIndicatorsRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<PartyPairingRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<OutcomeRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CommitteeActivityRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CadreReviewRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CadreWorkRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<AttendanceRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<LocalCadreRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<GradeRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<ActivityRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<StationedCadreRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyPairingParticipantRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyPairingRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<VillageRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<CountyRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<LeaderRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<UnitRow>(context, caseKey, cancellationToken).ConfigureAwait(false);
        await Delete<StoredCase>(context, caseKey, cancellationToken).ConfigureAwait(false);
    }

    private static Task<int> Delete<TRow>(DbContext context, string caseKey, CancellationToken cancellationToken)
        where TRow : class =>
        context.Set<TRow>().Where(r => EF.Property<string>(r, nameof(StoredCase.CaseKey)) == caseKey).ExecuteDeleteAsync(cancellationToken);
}
