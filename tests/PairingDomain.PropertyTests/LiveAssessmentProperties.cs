using System.Collections.Generic;
using System.Linq;
using CsCheck;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>
/// <see cref="LiveAssessment"/> (issue 17, target 4): a ledger appended in batches gives, after each batch, the same
/// assessment bytes as a full assessment of the case with the activities so far, and the earlier assessments it gave
/// keep their bytes.
/// </summary>
public sealed class LiveAssessmentProperties
{
    /// <summary>Small generated provinces, half of them <c>pairing-case/2</c>.</summary>
    private static readonly Gen<SyntheticOptions> s_options =
        Gen.Select(CaseGen.Options, Gen.Bool).Select((o, v2) => o with { IncludeCadreWork = v2 });

    /// <summary>The case with the first <paramref name="count"/> activities of its ledger, every other part kept.</summary>
    private static PairingCase Prefix(PairingCase c, int count)
    {
        var builder = new ActivityLedgerBuilder(c.Roster, count);
        for (int i = 0; i < count; i++)
        {
            builder.Add(c.Ledger[i]);
        }
        var prefix = new PairingCase(c.Edition, c.Year, c.AsOf, builder.Build().GetValueOrThrow(), c.Grades,
            c.HasCadreWork ? c.CadreWork : null);
        return c.HasCadreWork
            ? prefix.WithOutcomes(c.Outcomes).WithExitIndicators(c.ExitIndicators).WithPartyPairings(c.PartyPairings)
            : prefix;
    }

    [Fact]
    public void Append_InBatches_GivesTheFullAssessmentAfterEachBatch()
    {
        Gen.Select(s_options, Gen.Int[0, 100], Gen.Int[1, 4]).Sample((options, startPercent, batches) =>
        {
            PairingCase whole = SyntheticProvince.Generate(options);
            int n = whole.Ledger.Count;
            int start = n * startPercent / 100;
            LiveAssessment live = LiveAssessment.Start(Prefix(whole, start));
            CaseGen.Bytes(live.Current).Should().Equal(CaseGen.Bytes(Prefix(whole, start).Assess()));

            var earlier = new List<(AnnualAssessment Assessment, byte[] Bytes)>();
            int at = start;
            for (int b = 1; b <= batches; b++)
            {
                int to = b == batches ? n : start + ((n - start) * b / batches);
                earlier.Add((live.Current, CaseGen.Bytes(live.Current)));
                BuildResult<AnnualAssessment> appended = live.Append(Enumerable.Range(at, to - at).Select(i => whole.Ledger[i]));
                appended.Problems.Should().BeEmpty();
                appended.Value.Should().BeSameAs(live.Current);
                live.Case.Ledger.Count.Should().Be(to);
                CaseGen.Bytes(live.Current).Should().Equal(CaseGen.Bytes(Prefix(whole, to).Assess()), $"after the batch ending at {to} of {n}");
                at = to;
            }
            CaseGen.Bytes(live.Current).Should().Equal(CaseGen.Bytes(whole.Assess()));
            foreach ((AnnualAssessment assessment, byte[] bytes) in earlier)
            {
                CaseGen.Bytes(assessment).Should().Equal(bytes, "an earlier assessment is immutable");
            }
        }, iter: CaseGen.Iterations);
    }
}
