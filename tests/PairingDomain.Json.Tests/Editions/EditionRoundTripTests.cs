using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Editions;

/// <summary>Issue 14: <c>pairing-edition/1</c> reads back to an equal edition and, written again, to the same bytes.</summary>
public sealed class EditionRoundTripTests
{
    internal static JsonObject SichuanJson() => JsonNode.Parse(EditionWriter.Write(PolicyEditions.Sichuan2019))!.AsObject();

    internal static EditionReadResult Read(JsonNode node) => EditionReader.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));

    private static void ShouldBeEqual(PolicyEdition read, PolicyEdition expected)
    {
        EditionDiff diff = EditionDiff.Compare(expected, read);
        diff.IsEmpty.Should().BeTrue(string.Join("; ", diff.Changed.Select(c => c.Rule.Value)));
        diff.Years.Should().BeNull();
        read.Id.Should().Be(expected.Id);
        read.Year.Should().Be(expected.Year);
        read.ChineseTitle.Should().Be(expected.ChineseTitle);
        read.EnglishTitle.Should().Be(expected.EnglishTitle);
        read.Rules.Select(r => r.Id).Should().Equal(expected.Rules.Select(r => r.Id));
        read.Duties.Select(r => r.Id).Should().Equal(expected.Duties.Select(r => r.Id));
        read.Interpretations.Should().Equal(expected.Interpretations);
        read.Rules.Zip(expected.Rules).Should().OnlyContain(p => p.First.SameAs(p.Second) && p.First.ChineseText == p.Second.ChineseText);
    }

    [Fact]
    public void Sichuan2019_WrittenAndRead_IsTheSameEditionAndTheSameBytes()
    {
        byte[] written = EditionWriter.Write(PolicyEditions.Sichuan2019);

        EditionReadResult result = EditionReader.Read(written);

        result.Problems.Should().BeEmpty();
        ShouldBeEqual(result.Edition, PolicyEditions.Sichuan2019);
        EditionWriter.Write(result.Edition).Should().Equal(written);
    }

    [Fact]
    public void AVariant_WrittenAndRead_KeepsEveryChange()
    {
        PolicyEdition variant = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .WithIdentity("test-2020", 2020).WithYears(2020, 2021)
            .WithTitles("测试", "Test")
            .SetMinimum(RuleIds.DutyMainLeaderVisits, 4)
            .SetPeriod(RuleIds.DutyNightSchool, DutyPeriodKind.Quarter)
            .SetEnabled(RuleIds.DutyCadreDays, true).SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, 30)
            .SetText(RuleIds.DutyStudyTour, "{period}至少{minimum}次", "At least {minimum} {{sic}} {period}.")
            .WithGradeScale(GradeScale.FourGrade)
            .SetInterpretation(InterpretationIds.ProrateByQuarter, false)
            .Build().GetValueOrThrow();
        byte[] written = EditionWriter.Write(variant);

        EditionReadResult result = EditionReader.Read(written);

        result.Problems.Should().BeEmpty();
        ShouldBeEqual(result.Edition, variant);
        result.Edition.FirstYear.Should().Be(2020);
        result.Edition.LastYear.Should().Be(2021);
        result.Edition.GetRule(RuleIds.DutyMainLeaderVisits).ChineseText.Should().Contain("每年至少4次");
        result.Edition.Adopts(InterpretationIds.ProrateByQuarter).Should().BeFalse();
        EditionWriter.Write(result.Edition).Should().Equal(written);
    }

    [Fact]
    public void Write_StatesTheTemplateAndTheMinimum_SoAFileEditChangesBoth()
    {
        JsonObject json = SichuanJson();
        JsonObject rule = json["rules"]!.AsArray().Single(r => (string?)r!["id"] == RuleIds.DutyMainLeaderVisits.Value)!.AsObject();
        ((string?)rule["text"]!["zh"]).Should().Be("主要负责同志{period}至少{minimum}次到定点帮扶贫困县、村督导调研");
        rule["minimum"] = 4;

        EditionReadResult result = Read(json);

        result.Problems.Should().BeEmpty();
        result.Edition.GetRule(RuleIds.DutyMainLeaderVisits).ChineseText.Should().Be("主要负责同志每年至少4次到定点帮扶贫困县、村督导调研");
        EditionDiff.Compare(PolicyEditions.Sichuan2019, result.Edition).Changed.Single().Changes.Single().Name.Should().Be("minimum");
    }

    [Fact]
    public void Write_MembersInTheDocumentedOrder()
    {
        SichuanJson().Select(m => m.Key).Should().Equal("format", "id", "year", "years", "title", "gradeScale", "rules", "interpretations",
            "scoringTable");
        SichuanJson()["scoringTable"]![0]!.AsObject().Select(m => m.Key).Should().Equal("rule", "perMissing", "max");
        JsonObject duty = SichuanJson()["rules"]![0]!.AsObject();
        duty.Select(m => m.Key).Should().Equal("id", "kind", "source", "text", "enabled", "evaluated", "holder", "activity", "minimum",
            "period", "scope", "yearlyLeaveMaximum");
    }

    [Fact]
    public void Read_Stream_ReadsAsTheBytes()
    {
        using var stream = new MemoryStream(EditionWriter.Write(PolicyEditions.Sichuan2019));

        EditionReadResult result = EditionReader.Read(stream);

        result.Success.Should().BeTrue();
        EditionDiff.Compare(PolicyEditions.Sichuan2019, result.Edition).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ReadEdition_AssessesACaseAsTheBuiltInDoes()
    {
        PolicyEdition read = EditionReader.Read(EditionWriter.Write(PolicyEditions.Sichuan2019)).Edition;
        byte[] example = TestFiles.Golden("example-2.case.json");
        var editions = new System.Collections.Generic.Dictionary<string, PolicyEdition> { [read.Id] = read };

        PairingCase fromFile = CaseReader.Read(example, editions).Case;
        PairingCase builtIn = CaseReader.Read(example).Case;

        AssessmentWriter.Write(fromFile.Assess()).Should().Equal(AssessmentWriter.Write(builtIn.Assess()));
    }
}
