using System;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// A supervision visit's <c>topics</c> in <c>pairing-case/2</c> (case-format-2.md §1 "Focus topics", the lists of §III.1):
/// read to the typed set, written back, refused when unknown, repeated or on another kind, <c>unknown-field</c> in a
/// <c>/1</c> case.
/// </summary>
public sealed class Version2TopicsTests
{
    private static JsonObject Example(string topics, int activity = -1)
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";
        JsonArray activities = d["activities"]!.AsArray();
        JsonObject a = activity >= 0 ? activities[activity]!.AsObject()
            : activities.Select(x => x!.AsObject()).First(x => (string?)x["kind"] == "supervision-visit");
        a["topics"] = JsonNode.Parse(topics);
        return d;
    }

    private static int FirstVisit() =>
        TestFiles.GoldenNode("example-1.case.json")["activities"]!.AsArray().Select((a, i) => (a, i)).First(x => (string?)x.a!["kind"] == "supervision-visit").i;

    [Fact]
    public void Lists_AreThoseOfTheSeedInContractOrder()
    {
        FocusTopic.ListFor(Region.Tibetan).Select(t => t.ContractId).Should().Equal(
            "endemic-disease", "relocation", "housing-renovation", "geological-hazard", "school-retention", "infrastructure", "stability");
        FocusTopic.ListFor(Region.Yi).Select(t => t.ContractId).Should().Equal(
            "special-policies", "housing-safety", "basic-medical", "compulsory-education", "industry-employment", "drug-aids",
            "school-retention", "customs");
        FocusTopic.ListFor(Region.Other).Should().BeEmpty();
        FocusTopic.SchoolRetention.IsOn(Region.Tibetan).Should().BeTrue();
        FocusTopic.SchoolRetention.IsOn(Region.Yi).Should().BeTrue();
        FocusTopic.Relocation.IsOn(Region.Yi).Should().BeFalse();
        FocusTopic.List.Should().HaveCount(14);
    }

    [Fact]
    public void Read_TopicsOfAVisit_TypedAndWrittenBackInTopicOrder()
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example("""["customs", "school-retention", "relocation"]""")));

        result.Problems.Should().BeEmpty();
        Activity visit = result.Case.Ledger[FirstVisit()];
        visit.Topics.Topics.Should().Equal(FocusTopic.Relocation, FocusTopic.SchoolRetention, FocusTopic.Customs);
        result.Case.Ledger.Where((_, i) => i != FirstVisit()).Should().OnlyContain(a => a.Topics.IsEmpty);

        byte[] written = CaseWriter.Write(result.Case);
        JsonNode.Parse(written)!["activities"]![FirstVisit()]!["topics"]!.ToJsonString().Should().Be("""["relocation","school-retention","customs"]""");
        CaseReader.Read(written).Case.Ledger.Should().Equal(result.Case.Ledger);
    }

    [Fact]
    public void Read_EmptyTopics_IsNone_AndIsNotWritten()
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example("[]")));

        result.Problems.Should().BeEmpty();
        result.Case.Ledger[FirstVisit()].Topics.IsEmpty.Should().BeTrue();
        JsonNode.Parse(CaseWriter.Write(result.Case))!["activities"]![FirstVisit()]!.AsObject().ContainsKey("topics").Should().BeFalse();
    }

    [Theory]
    [InlineData("""["relocation", "relocation"]""", ".topics[1]")]
    [InlineData("""["relocation", "drugs"]""", ".topics[1]")]
    [InlineData("""["Relocation"]""", ".topics[0]")]
    [InlineData("""[1]""", ".topics[0]")]
    [InlineData("""[null]""", ".topics[0]")]
    [InlineData("\"relocation\"", ".topics")]
    public void Read_BadTopics_IsInvalidValue(string topics, string at)
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example(topics)));

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal([($"$.activities[{FirstVisit()}]{at}", ProblemCodes.InvalidValue)]);
        result.Problems.Should().AllSatisfy(SameRecord.Check);
    }

    [Fact]
    public void Read_TopicsOnAnotherKind_IsInvalidValue()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        int other = d["activities"]!.AsArray().Select((a, i) => (a, i)).First(x => (string?)x.a!["kind"] != "supervision-visit").i;

        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example("""["relocation"]""", other)));

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal([($"$.activities[{other}].topics", ProblemCodes.InvalidValue)]);
    }

    [Fact]
    public void Read_Version1CaseWithTopics_IsUnknownField()
    {
        JsonObject d = Example("""["relocation"]""");
        d["format"] = "pairing-case/1";

        CaseReader.Read(TestFiles.Utf8(d)).Problems.Select(p => (p.Path, p.Code))
            .Should().Equal([($"$.activities[{FirstVisit()}].topics", JsonProblemCodes.UnknownField)]);
    }

    [Fact]
    public void Seed_IsAValidVersion2CaseWithTopics()
    {
        CaseReadResult result = CaseReader.Read(Version2SeedTests.Seed("valid-version2-topics.json"));

        result.Problems.Should().BeEmpty();
        result.Case.Ledger.Select(a => a.Topics.Topics.Length).Should().Equal(3, 1);
    }
}
