using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Pairings;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads one <c>pairing-case/1</c> or <c>pairing-case/2</c> document: walks every member, reports each field's problems with its JSONPath, then
/// hands the records, as read, to the core's <see cref="PairingCaseBuilder"/> for the cross-record checks: the one
/// checking path the JSON reader shares with every other adapter (issue 15).
/// </summary>
/// <remarks>
/// <para>
/// In three parts: the bytes, UTF-8 and JSON (<c>CaseParser.Json.cs</c>); the records, field by field
/// (<c>CaseParser.Records.cs</c>), with the members of version 2 (<c>CaseParser.Version2.cs</c>); and the repair of bad records and their cascades (<c>CaseParser.Repair.cs</c>).
/// </para>
/// <para>
/// A record with a bad field but a readable identifier still reaches the builder with placeholders
/// (<see cref="PairingCaseBuilder.PlaceholderId"/>), so that its identifier is known (references to it are not reported
/// as unknown) and duplicates of it are found; the builder's problems that only repeat a reported one are left out, by
/// the policy of <see cref="ProblemLog"/>. When the roster itself has problems, the builder checks activities and
/// grades against a repaired copy of it, so their own problems are still reported. The problems are sorted here, by
/// the document's member order (<see cref="ProblemLog.ToSortedArray"/>).
/// </para>
/// </remarks>
internal sealed partial class CaseParser
{
    private readonly IReadOnlyDictionary<string, PolicyEdition> _editions;
    private bool _version2;
    private readonly ProblemLog _log = new();
    private PairingCaseBuilder? _builder;
    private int _unitCount;
    private PolicyEdition? _edition;
    private int? _year;
    private LocalDate? _asOf;

    /// <summary>A parser for one document.</summary>
    /// <param name="editions">The policy editions by identifier.</param>
    internal CaseParser(IReadOnlyDictionary<string, PolicyEdition> editions)
    {
        _editions = editions;
    }

    /// <summary>The case's checking builder, started once the document's edition, year and asOf are read.</summary>
    private PairingCaseBuilder Builder => _builder ?? throw new InvalidOperationException("The builder starts with the roster.");

    internal CaseReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (!TryParseDocument(utf8Json, out JsonDocument? document, out CaseReadResult? failure))
        {
            return failure;
        }

        PairingCase? result;
        using (document)
        {
            RecordFields? root = ReadRoot(document.RootElement);
            if (root is null)
            {
                return CaseReadResult.Failure(_log.ToSortedArray());
            }
            result = Build(root);
        }
        ImmutableArray<Problem> problems = _log.ToSortedArray();
        return result is not null && problems.IsEmpty ? CaseReadResult.Ok(result) : CaseReadResult.Failure(problems);
    }

    /// <summary>One array member of a case and how its records are read.</summary>
    /// <param name="Field">The member.</param>
    /// <param name="Fields">The kind of its records.</param>
    /// <param name="Read">Reads one record into the builder.</param>
    /// <param name="Known">How many of the kind's fields a record may carry; null for all.</param>
    private sealed record MemberReader(Field Field, FieldSet Fields, Action<RecordFields> Read, int? Known = null);

    /// <summary>
    /// The array members in the order their records reach the builder: the roster, then the ledger, then the members of
    /// version 2. It is the order <see cref="CaseWriter"/> writes them in, so that a document written by this library is
    /// can be read as it streams; a document in another order is read whole, with the same result.
    /// </summary>
    private MemberReader[] ReadingOrder() =>
    [
        new(CaseFields.Units, UnitFields.Set, ReadUnit),
        new(CaseFields.Counties, CountyFields.Set, ReadCounty),
        new(CaseFields.Villages, VillageFields.Set, ReadVillage),
        new(CaseFields.CountyPairings, PairingFields.Set, ReadPairing),
        new(CaseFields.Cadres, CadreFields.Set, ReadCadre),
        new(CaseFields.Activities, ActivityFields.Set, ReadActivity, _version2 ? null : ActivityFields.Version1Count),
        new(CaseFields.CadreGrades, GradeFields.Set, ReadGrade),
        new(CaseFields.LocalCadres, LocalCadreFields.Set, ReadLocalCadre),
        new(CaseFields.Attendance, AttendanceFields.Set, ReadAttendance),
        new(CaseFields.CadreWork, CadreWorkFields.Set, ReadWorkRecord),
        new(CaseFields.CadreReviews, ReviewFields.Set, ReadReview),
        new(CaseFields.CommitteeActivities, CommitteeActivityFields.Set, ReadCommitteeActivity),
        new(CaseFields.PartyPairings, PartyPairingFields.Set, ReadPartyPairing),
        new(CaseFields.Outcomes, OutcomeFields.Set, ReadOutcome),
        new(CaseFields.HouseholdIndicators, HouseholdIndicatorFields.Set, ReadHouseholdIndicators),
        new(CaseFields.VillageIndicators, VillageIndicatorFields.Set, ReadVillageIndicators),
        new(CaseFields.CountyIndicators, CountyIndicatorFields.Set, ReadCountyIndicators),
    ];

    /// <summary>
    /// Reads every array member, in <see cref="ReadingOrder"/>, straight into <see cref="_builder"/> (which closes the
    /// roster at the first ledger record, so that a ledger of millions of activities is never held twice), and
    /// assembles the case when nothing is wrong.
    /// </summary>
    private PairingCase? Build(RecordFields root)
    {
        foreach (MemberReader member in ReadingOrder())
        {
            ForEachRecord(root, member.Field, member.Fields, member.Read, member.Known);
        }
        return Finish();
    }

    /// <summary>Builds the case, adding the builder's problems of the case as a whole when they say something new.</summary>
    private PairingCase? Finish()
    {
        BuildResult<PairingCase> result = Builder.Build();
        // The builder's problems of the case as a whole (no edition or year, a case that cannot be assembled) only repeat
        // what the reader has reported, or stand alone when it has reported nothing.
        bool reported = _log.Count > 0;
        foreach (Problem problem in result.Problems)
        {
            if (!(reported && problem.Path == JsonPaths.Root))
            {
                _log.AddFromBuilder([problem]);
            }
        }
        return result.Success && _log.Count == 0 ? result.Value : null;
    }
}
