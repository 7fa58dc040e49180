using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Json;
using PairingDomain.Policy;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// <see cref="SyntheticOptions.IncludeCadreWork"/>: the synthetic province's pairing-case/2 work book (issue 13) —
/// deterministic, leaving the pairing-case/1 part as it is, shaped by the seed and the 2017 opinions on work teams, and
/// giving every rule that reads it something to find while most cadres meet their duties.
/// </summary>
public sealed class SyntheticProvinceCadreWorkTests
{
    private static readonly SyntheticOptions s_options = SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true };

    private static readonly Lazy<PairingCase> s_case = new(() => SyntheticProvince.Generate(s_options));

    private static readonly Lazy<AnnualAssessment> s_assessment = new(() => s_case.Value.Assess());

    private static PairingCase Case => s_case.Value;

    private static AnnualAssessment Assessment => s_assessment.Value;

    private static readonly LocalDate s_yearEnd = new(2019, 12, 31);

    [Fact]
    public void Generate_SameOptionsTwice_SameWorkBook()
    {
        PairingCase again = SyntheticProvince.Generate(s_options);

        Fingerprint(again.CadreWork).Should().Equal(Fingerprint(Case.CadreWork));
        CaseBytes(again).Should().Equal(CaseBytes(Case));
    }

    [Fact]
    public void Generate_AnotherSeed_AnotherWorkBook()
    {
        PairingCase other = SyntheticProvince.Generate(s_options with { Seed = 7 });

        Fingerprint(other.CadreWork).Should().NotEqual(Fingerprint(Case.CadreWork));
    }

    [Theory]
    [InlineData(2019, null)]
    [InlineData(7, null)]
    [InlineData(2019, "2019-08-15")]
    public void Generate_WithCadreWork_ThePairingCase1PartKeepsItsBytes(int seed, string? asOf)
    {
        SyntheticOptions plain = SyntheticOptions.Sichuan2019 with
        {
            Seed = seed,
            AsOf = asOf is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value,
        };

        PairingCase without = SyntheticProvince.Generate(plain);
        PairingCase with = SyntheticProvince.Generate(plain with { IncludeCadreWork = true });

        without.CadreWork.LocalCadres.Should().BeEmpty();
        without.CadreWork.Attendance.Should().BeEmpty();
        with.CadreWork.Attendance.Should().NotBeEmpty();
        CaseBytes(with).Should().Equal(CaseBytes(without));
    }

    [Fact]
    public void Generate_WithoutTheOption_IsAPairingCase1Case()
    {
        PairingCase plain = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        AnnualAssessment assessment = plain.Assess();

        SyntheticOptions.Sichuan2019.IncludeCadreWork.Should().BeFalse();
        assessment.CommitteeDuties.Should().BeEmpty();
        assessment.Cadres.Should().OnlyContain(c => c.Duties.IsEmpty);
    }

    [Fact]
    public void Generate_Teams_ThreeToFiveWithOneFirstSecretaryMixingProvincialAndLocalMembers()
    {
        CadreWorkBook work = Case.CadreWork;
        WorkTeam[] teams = [.. Case.Roster.Villages.Select(v => work.TeamOf(v.Code))];

        foreach (WorkTeam team in teams)
        {
            var inPost = team.MembersOn(s_yearEnd);
            inPost.Length.Should().BeInRange(3, 5, team.Village.Value);
            inPost.Count(m => m.Post == CadrePost.FirstSecretary).Should().Be(1, team.Village.Value);
        }
        teams.Count(t => t.MembersOn(s_yearEnd).Any(m => m.IsLocal)).Should().BeGreaterThan(teams.Length * 3 / 4);
        work.LocalCadres.Select(c => c.Level).Distinct().Should().BeEquivalentTo(LocalCadreLevel.List);
        work.LocalCadres.Should().OnlyContain(c => c.Id.Value.StartsWith("LC-", StringComparison.Ordinal));
        work.LocalCadres.Select(c => c.Id).Distinct().Should().HaveCount(work.LocalCadres.Length);
        Case.Roster.Cadres.Should().OnlyContain(c => !c.Id.Value.StartsWith("LC-", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Attendance_OneRecordPerMonthInPostWithinTheMonth()
    {
        CadreWorkBook work = Case.CadreWork;
        var byCadre = work.Attendance.GroupBy(r => r.Cadre).ToDictionary(g => g.Key, g => g.ToArray());

        foreach (StationedCadre cadre in Case.Roster.Cadres)
        {
            int[] months = [.. Enumerable.Range(1, 12).Where(m => InPostIn(cadre, m))];
            AttendanceRecord[] records = byCadre.GetValueOrDefault(cadre.Id, []);
            records.Select(r => r.Month.Month).Should().Equal(months, cadre.Id.Value);
            records.Should().OnlyContain(r => r.Month.Year == 2019
                && r.DaysInVillage + r.LeaveDays <= CalendarSystem.Iso.GetDaysInMonth(2019, r.Month.Month));
        }
        Case.Roster.Cadres.Count(c => byCadre.GetValueOrDefault(c.Id, []).Length == 12).Should().BeGreaterThan(Case.Roster.Cadres.Length / 3);
    }

    [Fact]
    public void Assess_CadreDuties_MostMeetAndASmallMinorityFallsShort()
    {
        CadreDutyResult[] fullTime = [.. Assessment.Cadres.SelectMany(c => c.Duties).Where(d => d.Rule == RuleIds.DutyCadreFullTime)];
        int shortCount = fullTime.Count(d => d.Status == DutyStatus.Short);
        int criticised = Assessment.Cadres.Count(c => c.Actions.Contains(RuleIds.CadreCriticise));

        fullTime.Should().HaveCount(Case.Roster.Cadres.Length);
        shortCount.Should().BeGreaterThan(0).And.BeLessThan(fullTime.Length / 10);
        fullTime.Count(d => d.Status == DutyStatus.Met).Should().Be(fullTime.Length - shortCount);
        foreach (CadreWorkPart part in CadreWorkPart.List)
        {
            fullTime.Should().Contain(d => d.Missing.Contains(part), part.Name);
        }
        criticised.Should().BeGreaterThan(shortCount).And.BeLessThan(Assessment.Cadres.Length / 10);
        Case.CadreWork.Reviews.Should().Contain(r => !r.DutiesFulfilled && r.Kind == CadreReviewKind.Routine)
            .And.Contain(r => r.Kind == CadreReviewKind.EndOfTerm);
    }

    [Fact]
    public void Assess_DaysEnabledAsInBaihe_AMinorityShortOrOverTheLeave()
    {
        PolicyEdition baihe = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.DutyCadreDays, true)
            .SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, 30).Build().GetValueOrThrow();
        AnnualAssessment assessment = new PairingCase(baihe, Case.Year, Case.AsOf, Case.Ledger, Case.Grades, Case.CadreWork).Assess();

        CadreDutyResult[] days = [.. assessment.Cadres.SelectMany(c => c.Duties).Where(d => d.Rule == RuleIds.DutyCadreDays)];
        int shortCount = days.Count(d => d.Status == DutyStatus.Short);

        days.Should().HaveCount(Case.Roster.Cadres.Length);
        shortCount.Should().BeGreaterThan(0).And.BeLessThan(days.Length / 20);
        days.Should().Contain(d => d.LeaveExceeded).And.Contain(d => !d.ShortMonths.IsEmpty);
        Assessment.Cadres.SelectMany(c => c.Duties).Should().NotContain(d => d.Rule == RuleIds.DutyCadreDays);
    }

    [Fact]
    public void Assess_TeamRules_AHandfulOfUndersizedTeamsAndSomeShortTerms()
    {
        Finding[] minSize = [.. Assessment.Findings.Where(f => f.Rule == RuleIds.TeamMinSize)];
        Finding[] term = [.. Assessment.Findings.Where(f => f.Rule == RuleIds.TeamTerm)];

        minSize.Should().HaveCountGreaterThan(0).And.HaveCountLessThanOrEqualTo(10);
        term.Should().Contain(f => f.Subject.StartsWith("LC-", StringComparison.Ordinal))
            .And.Contain(f => f.Subject.StartsWith("C-", StringComparison.Ordinal));
        term.Count(f => f.Subject.StartsWith("LC-", StringComparison.Ordinal)).Should().BeLessThan(40);
        // The pairing-case/1 predecessors left within 20 days either side of two years: about half of them early.
        int predecessors = Case.Roster.Cadres.Count(c => c.Posting.End is { } end && end.Year == 2019);
        term.Count(f => f.Subject.StartsWith("C-", StringComparison.Ordinal)).Should().BeInRange(predecessors / 3, predecessors * 2 / 3);
    }

    [Fact]
    public void Assess_TeamStaysAfterExit_NoTeamIsWithdrawn()
    {
        // Every posted village keeps a provincial cadre in post on 31 December (the pairing-case/1 layout), so the rule,
        // evaluated on the exited villages, finds none withdrawn.
        Case.Roster.Villages.Count(v => v.ExitedYear is <= 2019).Should().BeGreaterThan(500);
        Case.Edition.Applies(RuleIds.TeamStaysAfterExit).Should().BeTrue();

        Assessment.Findings.Should().NotContain(f => f.Rule == RuleIds.TeamStaysAfterExit);
    }

    [Fact]
    public void Assess_CommitteeTraining_FiveInTheYearMet()
    {
        CommitteeDutyResult duty = Assessment.CommitteeDuties.Should().ContainSingle().Subject;

        (duty.Rule, duty.Required, duty.Recorded, duty.Status).Should().Be((RuleIds.DutyCommitteeTraining, 5, 5, DutyStatus.Met));
        Case.CadreWork.CommitteeActivities.Should().OnlyContain(a => a.Trainees > 200 && a.Time.Date.Year == 2019);
        Case.CadreWork.CommitteeActivities.Select(a => a.Id).Should().NotIntersectWith(Case.Ledger.Select(a => a.Id));
    }

    [Fact]
    public void Generate_MidYear_NothingAfterTheAsOfDateAndTheSameStart()
    {
        var asOf = new LocalDate(2019, 8, 15);
        PairingCase midYear = SyntheticProvince.Generate(s_options with { AsOf = asOf });
        CadreWorkBook work = midYear.CadreWork;
        AnnualAssessment assessment = midYear.Assess();

        work.Attendance.Should().OnlyContain(r => r.Month <= new YearMonth(2019, 7));
        work.Reviews.Should().OnlyContain(r => r.On <= asOf);
        work.CommitteeActivities.Should().HaveCount(3).And.OnlyContain(a => a.Time.Date <= asOf);
        assessment.CommitteeDuties.Single().Status.Should().Be(DutyStatus.Pending);
        assessment.Cadres.SelectMany(c => c.Duties).Should().OnlyContain(d => d.Status == DutyStatus.Pending);
    }

    [Fact]
    public void Generate_SmallAndOddCases_ValidWorkBooks()
    {
        PairingCase tiny = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0) with { IncludeCadreWork = true });
        PairingCase odd = SyntheticProvince.Generate(new SyntheticOptions { Units = 3, Counties = 7, PostedVillages = 2, Cadres = 3, IncludeCadreWork = true });
        PairingCase empty = SyntheticProvince.Generate(new SyntheticOptions { Units = 2, Counties = 1, PostedVillages = 0, Cadres = 0, IncludeCadreWork = true });

        tiny.CadreWork.Attendance.Should().NotBeEmpty();
        tiny.Assess().CommitteeDuties.Should().ContainSingle();
        odd.CadreWork.LocalCadres.Should().NotBeEmpty();
        empty.CadreWork.LocalCadres.Should().BeEmpty();
        empty.CadreWork.CommitteeActivities.Should().HaveCount(5);
    }

    private static bool InPostIn(StationedCadre cadre, int month)
    {
        var first = new LocalDate(2019, month, 1);
        LocalDate last = first.PlusMonths(1).PlusDays(-1);
        return cadre.Posting.Start <= last && (cadre.Posting.End is not { } end || end >= first);
    }

    /// <summary>The pairing-case/1 part as today's writer gives it: the case rebuilt from its parts without the work book.</summary>
    private static byte[] CaseBytes(PairingCase c) =>
        CaseWriter.Write(new PairingCase(c.Edition, c.Year, c.AsOf, Version1Ledger(c.Ledger), c.Grades));

    /// <summary>The ledger without the party-building kinds, which only a pairing-case/2 case has (appended after the rest).</summary>
    private static PairingDomain.Activities.ActivityLedger Version1Ledger(PairingDomain.Activities.ActivityLedger ledger)
    {
        var builder = new PairingDomain.Activities.ActivityLedgerBuilder(ledger.Roster, ledger.Count);
        foreach (PairingDomain.Activities.Activity activity in ledger)
        {
            if (!activity.Kind.IsPartyBuilding)
            {
                builder.Add(activity);
            }
        }
        return builder.Build().GetValueOrThrow();
    }

    private static List<string> Fingerprint(CadreWorkBook work)
    {
        var lines = new List<string>();
        lines.AddRange(work.LocalCadres.Select(x => x.ToString()));
        lines.AddRange(work.Attendance.Select(x => x.ToString()));
        lines.AddRange(work.WorkRecords.Select(x => x.ToString()));
        lines.AddRange(work.Reviews.Select(x => x.ToString()));
        lines.AddRange(work.CommitteeActivities.Select(x => x.ToString()));
        return lines;
    }
}
