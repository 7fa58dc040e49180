using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Json;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// Keeps annual assessments in the history tables of <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>:
/// one <see cref="StoredAssessment"/> per assessment with its document, and its unit, duty, excellence, cadre and finding
/// results as rows, so that an assessment is re-read and compared without re-running it.
/// </summary>
/// <remarks>
/// <para>
/// An assessment is identified by what determines it (interpretation <c>HISTORY-SAME-ASSESSMENT</c>): the case, as the
/// SHA-256 of its contract bytes (<c>CaseWriter</c>); the edition's id and the SHA-256 of its rules
/// (<c>EditionWriter</c>); and the as-of date. Saving an assessment already stored under those four finds it and
/// writes nothing, whatever the time it is said to be made: the same inputs give the same assessment.
/// </para>
/// <para>
/// The time an assessment was made is the caller's (<see cref="StoredAssessment.AssessedAt"/>): this package reads no
/// clock.
/// </para>
/// <threadsafety>Stateless and thread-safe; a <see cref="DbContext"/> is not, so give each call its own.</threadsafety>
/// </remarks>
public static class AssessmentStore
{
    /// <summary>The <see cref="ExcellenceBlockRow.Holder"/> of a block of the unit's own excellence (§III.8).</summary>
    public const string UnitHolder = "unit";

    /// <summary>The <see cref="ExcellenceBlockRow.Holder"/> of a block of the main leader's excellence (§III.8).</summary>
    public const string MainLeaderHolder = "main-leader";

    /// <summary>
    /// Saves <paramref name="assessment"/> of <paramref name="case"/>, made at <paramref name="assessedAt"/>, in one
    /// transaction (or the caller's, which the caller commits), unless the same assessment is stored already.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="case">The case assessed.</param>
    /// <param name="assessment">Its assessment.</param>
    /// <param name="assessedAt">When the assessment was made, as the caller's clock says.</param>
    /// <param name="cancellationToken">Cancels the save, which then leaves nothing saved.</param>
    /// <returns>The stored assessment's <see cref="StoredAssessment.Id"/>, and whether it was stored already.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NewerSchemaException">A newer schema wrote the database.</exception>
    /// <exception cref="ArgumentException">
    /// The assessment's year or edition is not the case's, or its format (<c>/1</c> or <c>/2</c>) does not follow the
    /// case's.
    /// </exception>
    public static async Task<AssessmentSaveResult> SaveAsync(DbContext context, PairingCase @case, AnnualAssessment assessment,
        Instant assessedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Year != @case.Year || assessment.Edition.Id != @case.Edition.Id || assessment.HasCadreWork != @case.HasCadreWork)
        {
            throw new ArgumentException(
                $"The assessment ({assessment.Edition.Id} {assessment.Year}{(assessment.HasCadreWork ? ", /2" : ", /1")}) is not of the case " +
                $"({@case.Edition.Id} {@case.Year}{(@case.HasCadreWork ? ", /2" : ", /1")}).", nameof(assessment));
        }

        await PairingSchema.EnsureNotNewerAsync(context, cancellationToken).ConfigureAwait(false);
        var head = new StoredAssessment
        {
            FormatVersion = assessment.HasCadreWork ? 2 : 1,
            EditionId = assessment.Edition.Id,
            RulesHash = Hash(EditionWriter.Write(assessment.Edition)),
            CaseHash = Hash(CaseWriter.Write(@case)),
            Year = assessment.Year,
            AsOf = assessment.AsOf,
            AssessedAt = assessedAt,
            Document = Encoding.UTF8.GetString(AssessmentWriter.Write(assessment)),
        };

        if (await FindAsync(context, head, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return new AssessmentSaveResult(stored, AlreadyStored: true);
        }

        IDbContextTransaction? own = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        bool detect = context.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            context.Add(head);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            AddResults(context, head.Id, assessment);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            return new AssessmentSaveResult(head.Id, AlreadyStored: false);
        }
        catch (DbUpdateException) when (own is not null)
        {
            // Another writer stored the same assessment between the look-up and the insert (the unique index refused
            // this one): the save is idempotent, so its row is the answer.
            await own.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            context.ChangeTracker.Clear();
            if (await FindAsync(context, head, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                return new AssessmentSaveResult(raced, AlreadyStored: true);
            }
            throw;
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
            context.ChangeTracker.Clear();
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The stored assessments, newest year first, then newest as-of date, then latest made, without their documents.</summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The head rows, their <see cref="StoredAssessment.Document"/> left empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<IReadOnlyList<StoredAssessment>> ListAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        List<StoredAssessment> heads = await context.Set<StoredAssessment>().AsNoTracking()
            .Select(a => new StoredAssessment
            {
                Id = a.Id, FormatVersion = a.FormatVersion, EditionId = a.EditionId, RulesHash = a.RulesHash, CaseHash = a.CaseHash,
                Year = a.Year, AsOf = a.AsOf, AssessedAt = a.AssessedAt,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. heads.OrderByDescending(a => a.Year).ThenByDescending(a => a.AsOf).ThenByDescending(a => a.AssessedAt).ThenByDescending(a => a.Id)];
    }

    /// <summary>The document of the assessment stored as <paramref name="assessmentId"/>, as <c>AssessmentWriter</c> wrote it.</summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="assessmentId">The <see cref="StoredAssessment.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The UTF-8 bytes of the <c>pairing-assessment</c> document, or null when no assessment has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<byte[]?> ReadDocumentAsync(DbContext context, long assessmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? document = await context.Set<StoredAssessment>().AsNoTracking().Where(a => a.Id == assessmentId)
            .Select(a => a.Document).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return document is null ? null : Encoding.UTF8.GetBytes(document);
    }

    private static async Task<long?> FindAsync(DbContext context, StoredAssessment head, CancellationToken cancellationToken)
    {
        List<long> ids = await context.Set<StoredAssessment>().AsNoTracking()
            .Where(a => a.CaseHash == head.CaseHash && a.EditionId == head.EditionId && a.RulesHash == head.RulesHash && a.AsOf == head.AsOf)
            .Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count == 0 ? null : ids[0];
    }

    private static void AddResults(DbContext context, long id, AnnualAssessment assessment)
    {
        var units = new List<UnitResultRow>(assessment.Units.Length);
        var duties = new List<DutyResultRow>();
        var blocks = new List<ExcellenceBlockRow>();
        for (int u = 0; u < assessment.Units.Length; u++)
        {
            UnitAssessment unit = assessment.Units[u];
            UnitScore? score = assessment.HasCadreWork ? unit.Score : null;
            units.Add(new UnitResultRow
            {
                AssessmentId = id, UnitId = unit.Unit, Seq = u, MechanismComplete = unit.Mechanism.Complete,
                Eligible = unit.Excellence.Eligible, MainLeaderEligible = unit.MainLeaderExcellence.Eligible,
                ScorePoints = score?.Points, ScoreGrade = score?.Grade,
            });
            for (int d = 0; d < unit.Duties.Length; d++)
            {
                DutyResult duty = unit.Duties[d];
                duties.Add(new DutyResultRow
                {
                    AssessmentId = id, UnitId = unit.Unit, Rule = duty.Rule, Seq = d, Required = duty.Required,
                    Recorded = duty.Recorded, Status = duty.Status, ShortPeriods = string.Join(' ', duty.ShortPeriods),
                });
            }
            AddBlocks(blocks, id, unit.Unit, UnitHolder, unit.Excellence);
            AddBlocks(blocks, id, unit.Unit, MainLeaderHolder, unit.MainLeaderExcellence);
        }
        var actions = new List<CadreActionRow>();
        for (int c = 0; c < assessment.Cadres.Length; c++)
        {
            CadreActions cadre = assessment.Cadres[c];
            actions.AddRange(cadre.Actions.Select(rule => new CadreActionRow { AssessmentId = id, CadreId = cadre.Cadre, Rule = rule, Seq = c }));
        }
        context.AddRange(units);
        context.AddRange(duties);
        context.AddRange(blocks);
        context.AddRange(actions);
        context.AddRange(assessment.Findings.Select((f, i) => new FindingRow
        {
            AssessmentId = id, Seq = i, Rule = f.Rule, Subject = f.Subject, Message = f.Message, ChineseMessage = f.ChineseMessage,
        }));
    }

    private static void AddBlocks(List<ExcellenceBlockRow> blocks, long id, UnitId unit, string holder, ExcellenceResult excellence)
    {
        for (int i = 0; i < excellence.BlockedBy.Length; i++)
        {
            ExcellenceBlock block = excellence.BlockedBy[i];
            blocks.Add(new ExcellenceBlockRow { AssessmentId = id, UnitId = unit, Holder = holder, Seq = i, Rule = block.Rule, Subject = block.Subject });
        }
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    internal static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
