using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Activities;

namespace PairingDomain.Json.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData("example-1")]
    [InlineData("example-2")]
    public void ReadWriteRead_GoldenCase_GivesAnEqualCase(string name)
    {
        PairingCase first = TestFiles.ReadValid(TestFiles.Golden(name + ".case.json"));

        byte[] written = CaseWriter.Write(first);
        PairingCase second = TestFiles.ReadValid(written);

        CaseWriter.Write(second).Should().Equal(written);
        second.Edition.Should().BeSameAs(first.Edition);
        second.Year.Should().Be(first.Year);
        second.AsOf.Should().Be(first.AsOf);
        second.Roster.Units.Select(u => (u.Id, u.Name, u.Kind, u.Mechanism)).Should().Equal(first.Roster.Units.Select(u => (u.Id, u.Name, u.Kind, u.Mechanism)));
        second.Roster.Units.SelectMany(u => u.Leaders).Should().Equal(first.Roster.Units.SelectMany(u => u.Leaders));
        second.Roster.Counties.Should().Equal(first.Roster.Counties);
        second.Roster.Villages.Should().Equal(first.Roster.Villages);
        second.Roster.Pairings.Select(p => (p.County, p.Lead, string.Join(",", p.Participants), p.Validity))
            .Should().Equal(first.Roster.Pairings.Select(p => (p.County, p.Lead, string.Join(",", p.Participants), p.Validity)));
        second.Roster.Cadres.Should().Equal(first.Roster.Cadres);
        second.Ledger.Should().Equal(first.Ledger);
        second.Grades.Grades.Should().Equal(first.Grades.Grades);
        AssessmentWriter.Write(second.Assess()).Should().Equal(AssessmentWriter.Write(first.Assess()));
    }

    [Theory]
    [InlineData("version2-1")]
    [InlineData("version2-2")]
    public void ReadWriteRead_Version2Case_GivesTheSameBytesAndTheSameBook(string name)
    {
        PairingCase first = TestFiles.ReadValid(TestFiles.Golden(name + ".case.json"));

        byte[] written = CaseWriter.Write(first);
        PairingCase second = TestFiles.ReadValid(written);

        CaseWriter.Write(second).Should().Equal(written);
        second.HasCadreWork.Should().BeTrue();
        JsonNode.Parse(written)!["format"]!.GetValue<string>().Should().Be(JsonFormats.CaseVersion2);
        second.CadreWork.LocalCadres.Should().Equal(first.CadreWork.LocalCadres);
        second.CadreWork.Attendance.Should().Equal(first.CadreWork.Attendance);
        second.CadreWork.WorkRecords.Should().Equal(first.CadreWork.WorkRecords);
        second.CadreWork.Reviews.Should().Equal(first.CadreWork.Reviews);
        second.CadreWork.CommitteeActivities.Should().Equal(first.CadreWork.CommitteeActivities);
        AssessmentWriter.Write(second.Assess()).Should().Equal(AssessmentWriter.Write(first.Assess()));
    }

    [Fact]
    public void ReadWriteRead_Version2CaseWithNoNewMember_StaysVersion2WithEmptyArrays()
    {
        JsonObject written = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("version2-2.case.json"))))!.AsObject();

        written["format"]!.GetValue<string>().Should().Be("pairing-case/2");
        foreach (string member in (string[])["localCadres", "attendance", "cadreWork", "cadreReviews", "committeeActivities"])
        {
            written[member]!.AsArray().Should().BeEmpty();
        }
    }

    [Fact]
    public void ReadWriteRead_Version2Example_GivesTheSameBytes()
    {
        // Every member with two records or more, an instant among the committee activities.
        byte[] seed = Version2.Version2SeedTests.Seed("valid-version2-cadre-work.json");
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(seed));

        CaseWriter.Write(TestFiles.ReadValid(written)).Should().Equal(written);
        JsonNode.Parse(written)!["committeeActivities"]!.AsArray().Select(a => a!.AsObject().ContainsKey("at")).Should().Contain(true);
    }

    [Fact]
    public void Write_ActivityRecordedAtAnInstant_IsWrittenWithAtInUtc()
    {
        PairingCase @case = TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"));

        JsonNode written = JsonNode.Parse(CaseWriter.Write(@case))!;

        JsonObject a2 = written["activities"]![1]!.AsObject();
        a2["at"]!.GetValue<string>().Should().Be("2019-09-30T18:00:00Z");
        a2.ContainsKey("on").Should().BeFalse();
        written["activities"]![0]!["on"]!.GetValue<string>().Should().Be("2019-03-12");
        written.AsObject().ContainsKey("asOf").Should().BeFalse();
    }

    [Fact]
    public void Write_InstantWithOffset_KeepsTheInstant()
    {
        JsonObject document = TestFiles.GoldenNode("example-2.case.json").AsObject();
        document["activities"]![2]!["at"] = "2019-07-01T01:00:00+08:00";
        PairingCase @case = TestFiles.ReadValid(TestFiles.Utf8(document));

        PairingCase again = TestFiles.ReadValid(CaseWriter.Write(@case));

        Activity a203 = again.Ledger[2];
        a203.Time.Instant.Should().Be(NodaTime.Instant.FromUtc(2019, 6, 30, 17, 0));
        a203.Time.Date.Should().Be(new NodaTime.LocalDate(2019, 7, 1));
    }

    [Fact]
    public void Write_Example1_HasTheSameMembersAsTheSpecExample()
    {
        PairingCase @case = TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"));

        JsonNode written = JsonNode.Parse(CaseWriter.Write(@case))!;

        JsonSubset.Differences(TestFiles.GoldenNode("example-1.case.json"), written).Should().BeEmpty();
    }
}
