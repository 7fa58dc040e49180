using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Json.Reading.Fields;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The members <c>pairing-case/2</c> adds for the stationed cadres' own work and the Work Committee
/// (case-format-2.md §1): <c>localCadres</c>, <c>attendance</c>, <c>cadreWork</c>, <c>cadreReviews</c> and
/// <c>committeeActivities</c>, read field by field as the members of version 1 and assembled by
/// <see cref="CadreWorkBookBuilder"/>.
/// </summary>
/// <remarks>
/// A record with a bad field still reaches the builder with a placeholder, as in version 1: attendance counts that
/// <see cref="AttendanceRecord.CountProblems"/> rejects become 0 and 0, so the record's cadre and month are still
/// judged; an unreadable month or year hides the builder's <c>duplicate-id</c> at the record's <c>cadre</c>
/// (<see cref="Cascade.AttendanceMonthUnreadable"/>, <see cref="Cascade.WorkYearUnreadable"/>).
/// <para>
/// Readings where case-format-2.md §1 is silent: every field listed is required except a local cadre's <c>to</c>
/// (open-ended, as a cadre's); a month is exactly <c>uuuu-MM</c> with a year from 1 (<c>invalid-date</c> otherwise,
/// a JSON number <c>invalid-value</c>); a committee activity gives <c>on</c> or <c>at</c> as an activity does
/// (<c>on-and-at</c> at the record); a committee activity whose id an activity uses is the <c>duplicate-id</c>,
/// wherever the two members stand in the document; counts and <c>trainees</c> are JSON integers from 0 to
/// 2147483647.
/// </para>
/// </remarks>
internal sealed partial class CaseParser
{
    private static readonly YearMonth s_dummyMonth = new(1, 1);

    private void ReadLocalCadre(RecordFields r)
    {
        r.Id(LocalCadreFields.Id, true, out string? id);
        r.String(LocalCadreFields.Name, true, out string? name);
        r.Enum(LocalCadreFields.Level, true, out LocalCadreLevel? level);
        r.Village(LocalCadreFields.Village, true, out VillageCode? village);
        r.Enum(LocalCadreFields.Post, true, out CadrePost? post);
        DateRange? posting = ReadRange(r, LocalCadreFields.From, LocalCadreFields.To);
        if (_version2)
        {
            Builder.AddLocalCadre(new LocalCadre(new CadreId(id ?? Dummy(r.Path)), name ?? string.Empty, level ?? LocalCadreLevel.County,
                village ?? s_dummyVillage, post ?? CadrePost.TeamMember, posting ?? DateRange.From(s_dummyDate)), r.Path);
        }
    }

    private void ReadAttendance(RecordFields r)
    {
        r.Id(AttendanceFields.Cadre, true, out string? cadre);
        if (!r.Month(AttendanceFields.Month, true, out YearMonth? month))
        {
            _log.Suppress(Cascade.AttendanceMonthUnreadable, r);
        }
        r.Int(AttendanceFields.DaysInVillage, true, 0, int.MaxValue, out int? days);
        r.Int(AttendanceFields.LeaveDays, true, 0, int.MaxValue, out int? leave);
        bool countsOk = false;
        if (month is { } m && days is { } d && leave is { } l)
        {
            ImmutableArray<Problem> problems = AttendanceRecord.CountProblems(m, d, l, r.Path);
            foreach (Problem problem in problems)
            {
                _log.Field(problem.Path, problem.Code, problem.Message, problem.ChineseMessage);
            }
            countsOk = problems.IsEmpty;
        }
        Builder.AddAttendance(new AttendanceRecord(new CadreId(cadre ?? Dummy(r.Path)), month ?? s_dummyMonth,
            countsOk ? days!.Value : 0, countsOk ? leave!.Value : 0), r.Path);
    }

    private void ReadWorkRecord(RecordFields r)
    {
        r.Id(CadreWorkFields.Cadre, true, out string? cadre);
        if (!r.Int(CadreWorkFields.Year, true, 1, 9999, out int? year))
        {
            _log.Suppress(Cascade.WorkYearUnreadable, r);
        }
        r.Bool(CadreWorkFields.WorkPlan, true, out bool? plan);
        r.Bool(CadreWorkFields.WorkLedger, true, out bool? ledger);
        r.Bool(CadreWorkFields.HomeUnitDuties, true, out bool? homeUnit);
        Builder.AddWorkRecord(new CadreWorkRecord(new CadreId(cadre ?? Dummy(r.Path)), year ?? 1, plan ?? false, ledger ?? false,
            homeUnit ?? false), r.Path);
    }

    private void ReadReview(RecordFields r)
    {
        r.Id(ReviewFields.Cadre, true, out string? cadre);
        r.Enum(ReviewFields.Kind, true, out CadreReviewKind? kind);
        r.Date(ReviewFields.On, true, out LocalDate? on);
        r.Bool(ReviewFields.DutiesFulfilled, true, out bool? fulfilled);
        Builder.AddReview(new CadreReview(new CadreId(cadre ?? Dummy(r.Path)), kind ?? CadreReviewKind.Routine, on ?? s_dummyDate,
            fulfilled ?? true), r.Path);
    }

    private void ReadCommitteeActivity(RecordFields r)
    {
        r.Id(CommitteeActivityFields.Id, true, out string? id);
        r.Enum(CommitteeActivityFields.Kind, true, out CommitteeActivityKind? kind);
        r.Date(CommitteeActivityFields.On, false, out LocalDate? on);
        r.Instant(CommitteeActivityFields.At, out Instant? at);
        r.Int(CommitteeActivityFields.Trainees, true, 0, int.MaxValue, out int? trainees);
        if (r.Has(CommitteeActivityFields.On) && r.Has(CommitteeActivityFields.At))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "a committee activity gives 'on' (a date) or 'at' (an instant), not both",
                "农工委活动只能给出“on”（日期）或“at”（时刻）之一，不能两者都给出");
        }
        else if (!r.Has(CommitteeActivityFields.On) && !r.Has(CommitteeActivityFields.At))
        {
            _log.Record(r.Path, JsonProblemCodes.OnAndAt, "a committee activity needs 'on' (a date) or 'at' (an instant)",
                "农工委活动须给出“on”（日期）或“at”（时刻）");
        }
        ActivityTime time = on is { } date ? ActivityTime.On(date)
            : at is { } instant ? ActivityTime.At(instant)
            : ActivityTime.On(s_dummyDate);
        Builder.AddCommitteeActivity(new CommitteeActivity(new ActivityId(id ?? Dummy(r.Path)), kind ?? CommitteeActivityKind.DemonstrationTraining,
            time, trainees ?? 0), r.Path);
    }
}
