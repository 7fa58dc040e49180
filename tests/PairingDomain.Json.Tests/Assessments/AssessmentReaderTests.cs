using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.Json.Tests.Assessments;

/// <summary>
/// AssessmentReader (issue 16): a stored pairing-assessment/1 or /2 document comes back as the assessor's result types.
/// The round trip is the main proof: assess → write → read → write gives the same bytes, for every golden case and for
/// the synthetic province, as /1 and /2, with and without evidence.
/// </summary>
public sealed partial class AssessmentReaderTests
{
    public static TheoryData<string> GoldenCases => new() { "example-1", "example-2", "version2-1", "version2-2" };

    private static readonly Lazy<PairingCase> s_province = new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019));
    private static readonly Lazy<PairingCase> s_province2 =
        new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true }));

    private static readonly AssessmentWriterOptions s_noEvidence = new() { IncludeEvidence = false };

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Read_GoldenAssessmentFile_WritesTheSameBytesBack(string name)
    {
        byte[] stored = TestFiles.Golden(name + ".assessment.full.json");

        AnnualAssessment restored = ReadValid(stored);

        AssessmentWriter.Write(restored).Should().Equal(stored);
    }

    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Read_GoldenCaseAssessed_RoundTripsWithAndWithoutEvidence(string name)
    {
        AnnualAssessment live = TestFiles.ReadValid(TestFiles.Golden(name + ".case.json")).Assess();

        RoundTrip(live, AssessmentWriterOptions.Default);
        RoundTrip(live, s_noEvidence);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void Read_SyntheticProvince_RoundTripsAndRestoresTheLiveValues(bool version2, bool evidence)
    {
        AnnualAssessment live = (version2 ? s_province2 : s_province).Value.Assess();
        live.HasCadreWork.Should().Be(version2);

        AnnualAssessment restored = RoundTrip(live, evidence ? AssessmentWriterOptions.Default : s_noEvidence);

        ShouldEqualLive(restored, live, version2, evidence);
    }

    [Fact]
    public void Read_Version2Golden_RestoresTheLiveValues()
    {
        AnnualAssessment live = TestFiles.ReadValid(TestFiles.Golden("version2-2.case.json")).Assess();

        AnnualAssessment restored = ReadValid(AssessmentWriter.Write(live));

        ShouldEqualLive(restored, live, version2: true, evidence: true);
        restored.Statistics.Should().BeEquivalentTo(live.Statistics);
        restored.OutcomeTotals.Should().Equal(live.OutcomeTotals);
        restored.Exits.Should().BeEquivalentTo(live.Exits);
        restored.CommitteeDuties.Should().BeEquivalentTo(live.CommitteeDuties);
    }

    [Fact]
    public void Read_Stream_ReadsAsTheBytes()
    {
        byte[] stored = TestFiles.Golden("version2-1.assessment.full.json");
        using var stream = new System.IO.MemoryStream(stored);

        AssessmentReadResult result = AssessmentReader.Read(stream);

        result.Problems.Should().BeEmpty();
        AssessmentWriter.Write(result.Assessment).Should().Equal(stored);
    }

    [Fact]
    public void Read_EditionGivenInACatalogue_IsTheEditionOfTheRestoredAssessment()
    {
        PolicyEdition edition = EditionReader.Read(EditionWriter.Write(PolicyEditions.Sichuan2019)).Edition;
        var editions = new Dictionary<string, PolicyEdition> { [edition.Id] = edition };

        AssessmentReadResult result = AssessmentReader.Read(TestFiles.Golden("example-1.assessment.full.json"), editions);

        result.Problems.Should().BeEmpty();
        result.Assessment.Edition.Should().BeSameAs(edition);
    }

    [Fact]
    public void Compare_TwoRestoredAssessments_GivesTheComparisonOfTheLiveOnes()
    {
        PairingCase @case = s_province2.Value;
        PolicyEdition variant = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .WithIdentity("sichuan-2019-variant", 2019).SetMinimum(RuleIds.DutyMainLeaderVisits, 4).Build().GetValueOrThrow();
        AnnualAssessment before = @case.Assess(), after = @case.WithEdition(variant).Assess();
        var editions = new Dictionary<string, PolicyEdition> { [PolicyEditions.Sichuan2019.Id] = PolicyEditions.Sichuan2019, [variant.Id] = variant };

        AssessmentComparison live = AssessmentComparison.Compare(before, after);
        AssessmentComparison restored = AssessmentComparison.Compare(
            ReadValid(AssessmentWriter.Write(before), editions), ReadValid(AssessmentWriter.Write(after), editions));

        live.IsEmpty.Should().BeFalse("the variant must change some unit, or the test proves nothing");
        Describe(restored).Should().Equal(Describe(live));
    }

    [Fact]
    public void Compare_RestoredVersion1Assessments_ComparesStatusesWithoutGrades()
    {
        PairingCase @case = s_province.Value;
        PolicyEdition variant = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .WithIdentity("sichuan-2019-variant", 2019).SetMinimum(RuleIds.DutyMainLeaderVisits, 4).Build().GetValueOrThrow();
        var editions = new Dictionary<string, PolicyEdition> { [PolicyEditions.Sichuan2019.Id] = PolicyEditions.Sichuan2019, [variant.Id] = variant };
        AnnualAssessment before = @case.Assess(), after = @case.WithEdition(variant).Assess();

        AssessmentComparison restored = AssessmentComparison.Compare(
            ReadValid(AssessmentWriter.Write(before), editions), ReadValid(AssessmentWriter.Write(after), editions));
        AssessmentComparison live = AssessmentComparison.Compare(before, after);

        restored.UnitsShortBefore.Should().Be(live.UnitsShortBefore);
        restored.UnitsShortAfter.Should().Be(live.UnitsShortAfter);
        restored.Duties.Should().BeEquivalentTo(live.Duties);
        live.GradeMoves.Should().NotBeEmpty("the live /1 assessments are graded, or the test proves nothing");
        restored.GradeMoves.Should().BeEmpty("a pairing-assessment/1 document carries no score");
        restored.Units.Should().NotBeEmpty();
        restored.Units.Should().OnlyContain(u => u.GradeBefore == null && u.GradeAfter == null);
    }

    [Fact]
    public void Explain_RestoredAssessment_ThrowsSayingToReRunWithTheCase()
    {
        AnnualAssessment live = TestFiles.ReadValid(TestFiles.Golden("version2-1.case.json")).Assess();
        AnnualAssessment restored = ReadValid(AssessmentWriter.Write(live));
        UnitAssessment unit = restored.Units[0];

        FluentActions.Invoking(() => restored.Explain(unit.Unit, unit.Duties[0].Rule))
            .Should().Throw<InvalidOperationException>().WithMessage("*re-run the assessment with its case*");
        FluentActions.Invoking(() => restored.ExplainCadre(restored.Cadres[0].Cadre, RuleIds.DutyCadreFullTime))
            .Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Evidence_DocumentWrittenWithoutEvidence_ThrowsRatherThanReturnsEmpty()
    {
        AnnualAssessment live = TestFiles.ReadValid(TestFiles.Golden("version2-2.case.json")).Assess();
        AnnualAssessment restored = ReadValid(AssessmentWriter.Write(live, s_noEvidence));
        DutyResult duty = restored.Units.SelectMany(u => u.Duties).First();

        FluentActions.Invoking(() => duty.Evidence).Should().Throw<InvalidOperationException>().WithMessage("*without evidence*");
        FluentActions.Invoking(() => restored.CommitteeDuties[0].Evidence).Should().Throw<InvalidOperationException>();
        duty.Periods.Should().NotBeEmpty("a /2 document carries the periods, evidence or not");
    }

    [Fact]
    public void Members_RestoredVersion1_ThrowForWhatTheDocumentDoesNotCarry()
    {
        AnnualAssessment restored = ReadValid(TestFiles.Golden("example-1.assessment.full.json"));
        UnitAssessment unit = restored.Units[0];

        FluentActions.Invoking(() => unit.Duties[0].Periods).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => unit.Score).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => unit.Links).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => unit.MainLeaders).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => restored.Statistics).Should().Throw<InvalidOperationException>().WithMessage("*pairing-assessment/1*");
        FluentActions.Invoking(() => restored.OutcomeTotals).Should().Throw<InvalidOperationException>();
        unit.Duties[0].Evidence.Should().NotBeEmpty("the golden /1 document carries its evidence");
        restored.CommitteeDuties.Should().BeEmpty();
        restored.Exits.Should().Be(ExitResults.None);
    }

    [Fact]
    public void Findings_Restored_CarryTheEditionsClauseAndTheEnglishMessage()
    {
        AnnualAssessment live = TestFiles.ReadValid(TestFiles.Golden("example-2.case.json")).Assess();
        live.Findings.Should().NotBeEmpty();

        AnnualAssessment restored = ReadValid(AssessmentWriter.Write(live));

        restored.Findings.Select(f => (f.Rule, f.Subject, f.Message, f.Source))
            .Should().Equal(live.Findings.Select(f => (f.Rule, f.Subject, f.Message, f.Source)));
        restored.Findings.Should().OnlyContain(f => f.ChineseMessage == f.Message);
    }

    private static AnnualAssessment RoundTrip(AnnualAssessment live, AssessmentWriterOptions options)
    {
        byte[] written = AssessmentWriter.Write(live, options);
        AnnualAssessment restored = ReadValid(written);
        AssessmentWriter.Write(restored, options).Should().Equal(written);
        return restored;
    }

    private static AnnualAssessment ReadValid(byte[] json, IReadOnlyDictionary<string, PolicyEdition>? editions = null)
    {
        AssessmentReadResult result = AssessmentReader.ReadUnguarded(json, editions);
        result.Problems.Should().BeEmpty();
        return result.Assessment;
    }

    private static void ShouldEqualLive(AnnualAssessment restored, AnnualAssessment live, bool version2, bool evidence)
    {
        restored.Edition.Should().BeSameAs(live.Edition);
        (restored.Year, restored.AsOf, restored.HasCadreWork).Should().Be((live.Year, live.AsOf, live.HasCadreWork));
        restored.Units.Select(u => u.Unit).Should().Equal(live.Units.Select(u => u.Unit));
        for (int u = 0; u < live.Units.Length; u++)
        {
            UnitAssessment r = restored.Units[u], l = live.Units[u];
            r.Duties.Select(d => (d.Rule, d.Source, d.Required, d.Recorded, d.Status, string.Join(",", d.ShortPeriods)))
                .Should().Equal(l.Duties.Select(d => (d.Rule, d.Source, d.Required, d.Recorded, d.Status, string.Join(",", d.ShortPeriods))));
            r.Mechanism.Missing.Should().Equal(l.Mechanism.Missing);
            r.Excellence.BlockedBy.Should().Equal(l.Excellence.BlockedBy);
            r.MainLeaderExcellence.BlockedBy.Should().Equal(l.MainLeaderExcellence.BlockedBy);
            if (evidence)
            {
                r.Duties.Select(d => string.Join(",", d.Evidence)).Should().Equal(l.Duties.Select(d => string.Join(",", d.Evidence)));
            }
            if (version2)
            {
                r.MainLeaders.Should().Equal(l.MainLeaders);
                r.Score.Should().BeEquivalentTo(l.Score);
                r.Links.Should().BeEquivalentTo(l.Links);
                r.Duties.Select(d => d.Periods.Select(p => p.ToString()).ToArray())
                    .Should().BeEquivalentTo(l.Duties.Select(d => d.Periods.Select(p => p.ToString()).ToArray()), o => o.WithStrictOrdering());
            }
        }
        restored.Cadres.Select(c => (c.Cadre, string.Join(",", c.Actions))).Should().Equal(live.Cadres.Select(c => (c.Cadre, string.Join(",", c.Actions))));
        restored.Cadres.SelectMany(c => c.Duties).Should().BeEquivalentTo(live.Cadres.SelectMany(c => c.Duties), o => o.WithStrictOrdering());
        restored.Findings.Select(f => (f.Rule, f.Subject)).Should().Equal(live.Findings.Select(f => (f.Rule, f.Subject)));
    }

    private static string[] Describe(AssessmentComparison comparison) =>
    [
        .. comparison.Units.Select(u => $"{u.Unit} {u.ShortBefore}>{u.ShortAfter} {u.EligibleBefore}>{u.EligibleAfter} "
            + $"{u.GradeBefore?.ContractId}>{u.GradeAfter?.ContractId} " + string.Join(";", u.Duties.Select(d => d.ToString()))),
        .. comparison.Duties.Select(d => d.ToString()),
        .. comparison.GradeMoves.Select(m => m.ToString()),
        $"{comparison.UnitsShortBefore} {comparison.UnitsShortAfter}",
    ];
}
