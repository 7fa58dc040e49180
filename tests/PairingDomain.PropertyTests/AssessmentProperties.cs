using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>
/// Properties of the annual assessment over generated provinces (issue 7): determinism, ledger order, monotonicity of
/// recorded counts and statuses in the ledger and in the as-of date.
/// </summary>
public sealed class AssessmentProperties
{
    private static readonly AssessmentWriterOptions s_noEvidence = new() { IncludeEvidence = false };

    [Fact]
    public void Assess_SameOptionsTwice_GivesEqualBytes()
    {
        CaseGen.Options.Sample(options =>
        {
            byte[] first = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess());
            byte[] second = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess());
            byte[] parallel = CaseGen.Bytes(SyntheticProvince.Generate(options).Assess(new AssessmentOptions(Parallel: true)));
            first.Should().Equal(second);
            first.Should().Equal(parallel);
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_ShuffledLedger_GivesEqualAssessmentAndEvidenceSets()
    {
        Gen.Select(CaseGen.Case, Gen.Int).Sample((c, shuffleSeed) =>
        {
            Activity[] shuffled = [.. c.Ledger];
            new System.Random(shuffleSeed).Shuffle(shuffled);
            AnnualAssessment original = c.Assess();
            AnnualAssessment reordered = CaseGen.Rebuild(c, activities: shuffled).Assess();

            AssessmentWriter.Write(reordered, s_noEvidence).Should().Equal(AssessmentWriter.Write(original, s_noEvidence));
            foreach ((UnitAssessment a, UnitAssessment b) in original.Units.Zip(reordered.Units))
            {
                foreach ((DutyResult x, DutyResult y) in a.Duties.Zip(b.Duties))
                {
                    y.Evidence.Should().BeEquivalentTo(x.Evidence, because: $"{a.Unit} {x.Rule}");
                }
            }
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_AddingAnyValidActivity_NeverLowersRecordedNorTurnsMetIntoShort()
    {
        Gen.Select(CaseGen.Case, Gen.Int).Sample((c, pick) =>
        {
            Activity? added = Activities.AnyValid(c, pick);
            if (added is null)
            {
                return;
            }
            var before = CaseGen.Duties(c.Assess());
            var after = CaseGen.Duties(CaseGen.Rebuild(c, activities: c.Ledger.Append(added)).Assess());

            after.Keys.Should().BeEquivalentTo(before.Keys);
            foreach ((var key, DutyResult b) in before)
            {
                DutyResult a = after[key];
                a.Recorded.Should().BeGreaterThanOrEqualTo(b.Recorded, because: $"{key} after adding {added}");
                a.Recorded.Should().BeLessThanOrEqualTo(b.Recorded + 1, because: $"{key} after adding {added}");
                if (b.Status == DutyStatus.Met)
                {
                    a.Status.Should().Be(DutyStatus.Met, because: $"{key} after adding {added}");
                }
                a.ShortPeriods.Should().BeSubsetOf(b.ShortPeriods, because: $"{key} after adding {added}");
            }
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_AddingAQualifyingAnnualPlan_RaisesItsDutyByExactlyOne()
    {
        Gen.Select(CaseGen.Case, Gen.Int).Sample((c, pick) =>
        {
            (Activity Activity, UnitId Unit)? target = Activities.QualifyingAnnualPlan(c, pick);
            if (target is not { } t)
            {
                return;
            }
            var before = CaseGen.Duties(c.Assess());
            var after = CaseGen.Duties(CaseGen.Rebuild(c, activities: c.Ledger.Append(t.Activity)).Assess());

            var key = (t.Unit, Policy.RuleIds.DutyAnnualPlan.Value);
            after[key].Recorded.Should().Be(before[key].Recorded + 1, because: t.Activity.ToString());
            after[key].Evidence.Should().Contain(t.Activity.Id);
            foreach ((var other, DutyResult b) in before.Where(kv => kv.Key != key))
            {
                after[other].Recorded.Should().Be(b.Recorded, because: $"{other} is not fed by an annual plan");
            }
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_LaterAsOf_NeverTurnsShortBackIntoMetOrPending()
    {
        Gen.Select(CaseGen.Case, Gen.Int[1, 365], Gen.Int[1, 365]).Sample((c, d1, d2) =>
        {
            LocalDate jan1 = new(c.Year, 1, 1);
            LocalDate early = jan1.PlusDays(System.Math.Min(d1, d2) - 1);
            LocalDate late = jan1.PlusDays(System.Math.Max(d1, d2) - 1);
            if (late.Year != c.Year)
            {
                late = new LocalDate(c.Year, 12, 31);
            }
            var atEarly = CaseGen.Duties(AnnualAssessor.Assess(c.Edition, c.Ledger, c.Grades, c.Year, early));
            var atLate = CaseGen.Duties(AnnualAssessor.Assess(c.Edition, c.Ledger, c.Grades, c.Year, late));

            foreach ((var key, DutyResult e) in atEarly)
            {
                DutyResult l = atLate[key];
                l.Recorded.Should().BeGreaterThanOrEqualTo(e.Recorded, because: $"{key} {early} → {late}");
                if (e.Status == DutyStatus.Short)
                {
                    l.Status.Should().Be(DutyStatus.Short, because: $"{key} {early} → {late}");
                }
                if (e.Status == DutyStatus.Met)
                {
                    l.Status.Should().NotBe(DutyStatus.Pending, because: $"{key} {early} → {late}");
                }
                e.ShortPeriods.Should().BeSubsetOf(l.ShortPeriods, because: $"{key} {early} → {late}");
            }
        }, iter: CaseGen.Iterations);
    }

    [Fact]
    public void Assess_SameCaseOnAllCores_GivesIdenticalBytes()
    {
        PairingCase c = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 7));
        byte[] expected = CaseGen.Bytes(c.Assess());
        int workers = System.Math.Max(4, System.Environment.ProcessorCount * 2);
        byte[][] results = new byte[workers * 4][];
        System.Threading.Tasks.Parallel.For(0, results.Length,
            new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = workers },
            i => results[i] = CaseGen.Bytes(c.Assess(new AssessmentOptions(Parallel: i % 2 == 0))));
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    [Fact]
    public void Assess_OneAssessmentExplainedFromManyThreads_GivesTheSameEvidence()
    {
        PairingCase c = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 11));
        AnnualAssessment shared = c.Assess();
        byte[] expected = CaseGen.Bytes(c.Assess());
        byte[][] results = new byte[8][];
        // Evidence is computed lazily on first use: racing threads must all see the same lists.
        System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = CaseGen.Bytes(shared));
        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }
}
