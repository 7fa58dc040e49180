using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>
/// The properties of the assessment extended to <c>pairing-case/2</c> cases (issue 13): the same input gives the same
/// bytes, the order of the cadres' work records is irrelevant, and a later as-of date never un-shortens a cadre duty,
/// a period entry, a criticism or a team finding that only accumulates.
/// </summary>
public sealed class Version2Properties
{
    private static readonly AssessmentWriterOptions s_noEvidence = new() { IncludeEvidence = false };

    /// <summary>Small generated provinces with their cadres' work.</summary>
    private static readonly Gen<SyntheticOptions> s_options = CaseGen.Options.Select(o => o with { IncludeCadreWork = true });

    /// <summary>sichuan-2019 with DUTY-CADRE-DAYS on, as Baihe county has it: 20 days a month, at most 30 days' leave.</summary>
    private static readonly PolicyEdition s_days = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
        .SetEnabled(RuleIds.DutyCadreDays, true).SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, 30).Build().GetValueOrThrow();

    private static PairingCase At(PairingCase c, LocalDate? asOf, PolicyEdition? edition = null) =>
        new(edition ?? c.Edition, c.Year, asOf, c.Ledger, c.Grades, c.CadreWork);

    [Fact]
    public void Assess_SameVersion2OptionsTwice_GivesEqualBytesAndPairingAssessment2()
    {
        s_options.Sample(options =>
        {
            byte[] first = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess());
            byte[] second = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess());
            byte[] parallel = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess(new AssessmentOptions(Parallel: true)));
            first.Should().Equal(second);
            first.Should().Equal(parallel);
            System.Text.Encoding.UTF8.GetString(first).Should().Contain("\"format\": \"pairing-assessment/2\"");
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void ReadWrite_Version2Case_RoundTripsToTheSameAssessmentBytes()
    {
        s_options.Sample(options =>
        {
            PairingCase c = SyntheticProvince.Generate(options);
            CaseReadResult read = CaseReader.Read(CaseWriter.Write(c));
            read.Problems.Should().BeEmpty();
            CaseGen.Bytes(read.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true)))
                .Should().Equal(CaseGen.Bytes(c.Assess()));
        }, iter: CaseGen.Iterations / 2);
    }

    [Fact]
    public void Assess_ShuffledCadreWorkRecords_GivesEqualBytes()
    {
        Gen.Select(s_options.Select(SyntheticProvince.Generate), Gen.Int).Sample((c, shuffleSeed) =>
        {
            var random = new System.Random(shuffleSeed);
            CadreWorkBook book = c.CadreWork;
            var builder = new CadreWorkBookBuilder(c.Roster, c.Ledger);
            foreach (LocalCadre local in Shuffled(book.LocalCadres, random)) { builder.AddLocalCadre(local); }
            foreach (AttendanceRecord record in Shuffled(book.Attendance, random)) { builder.AddAttendance(record); }
            foreach (CadreWorkRecord record in Shuffled(book.WorkRecords, random)) { builder.AddWorkRecord(record); }
            foreach (CadreReview review in Shuffled(book.Reviews, random)) { builder.AddReview(review); }
            // The committee's evidence lists its trainings in the order given: the bytes compared leave evidence out.
            foreach (CommitteeActivity training in Shuffled(book.CommitteeActivities, random)) { builder.AddCommitteeActivity(training); }
            PairingCase reordered = c.WithCadreWork(builder.Build().GetValueOrThrow());

            foreach (PolicyEdition edition in new[] { c.Edition, s_days })
            {
                AssessmentWriter.Write(At(reordered, c.AsOf, edition).Assess(), s_noEvidence)
                    .Should().Equal(AssessmentWriter.Write(At(c, c.AsOf, edition).Assess(), s_noEvidence));
            }
        }, iter: CaseGen.Iterations);
    }

    private static T[] Shuffled<T>(IEnumerable<T> items, System.Random random)
    {
        T[] array = [.. items];
        random.Shuffle(array);
        return array;
    }

    [Fact]
    public void Assess_LaterAsOf_NeverUnshortensACadreDutyAPeriodACriticismOrATeamFinding()
    {
        Gen.Select(s_options.Select(SyntheticProvince.Generate), Gen.Int[1, 365], Gen.Int[1, 365]).Sample((c, d1, d2) =>
        {
            LocalDate jan1 = new(c.Year, 1, 1);
            LocalDate early = jan1.PlusDays(System.Math.Min(d1, d2) - 1);
            LocalDate late = jan1.PlusDays(System.Math.Max(d1, d2) - 1);
            AnnualAssessment atEarly = At(c, early, s_days).Assess();
            AnnualAssessment atLate = At(c, late, s_days).Assess();
            string because = $"{early} → {late}";

            ShortCadreDuties(atEarly).Should().BeSubsetOf(ShortCadreDuties(atLate), because);
            ShortMonths(atEarly).Should().BeSubsetOf(ShortMonths(atLate), because);
            Criticised(atEarly).Should().BeSubsetOf(Criticised(atLate), because);
            ShortPeriodEntries(atEarly).Should().BeSubsetOf(ShortPeriodEntries(atLate), because);
            // TEAM-STAYS-AFTER-EXIT looks at the as-of day alone, so it may come and go; the other two accumulate.
            TeamFindings(atEarly).Should().BeSubsetOf(TeamFindings(atLate), because);
            atLate.CommitteeDuties.Single().Recorded.Should().BeGreaterThanOrEqualTo(atEarly.CommitteeDuties.Single().Recorded, because);
        }, iter: CaseGen.Iterations);
    }

    private static IEnumerable<string> ShortCadreDuties(AnnualAssessment a) =>
        a.Cadres.SelectMany(c => c.Duties.Where(d => d.Status == DutyStatus.Short).Select(d => $"{c.Cadre} {d.Rule}"));

    private static IEnumerable<string> ShortMonths(AnnualAssessment a) =>
        a.Cadres.SelectMany(c => c.Duties.SelectMany(d => d.ShortMonths.Select(m => $"{c.Cadre} {m}")));

    private static IEnumerable<string> Criticised(AnnualAssessment a) =>
        a.Cadres.Where(c => c.Actions.Contains(RuleIds.CadreCriticise)).Select(c => c.Cadre.Value);

    private static IEnumerable<string> ShortPeriodEntries(AnnualAssessment a) =>
        a.Units.SelectMany(u => u.Duties.SelectMany(d => d.Periods.Where(p => p.Status == DutyStatus.Short)
            .Select(p => $"{u.Unit} {d.Rule} {p.Period} {p.County}")));

    private static IEnumerable<string> TeamFindings(AnnualAssessment a) =>
        a.Findings.Where(f => f.Rule == RuleIds.TeamMinSize || f.Rule == RuleIds.TeamTerm).Select(f => $"{f.Rule} {f.Subject}");
}
