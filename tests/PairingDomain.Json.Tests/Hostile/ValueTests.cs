using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>Numbers out of range, extreme dates and identifiers with surrounding or full-width characters.</summary>
public sealed class ValueTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("99999999999999999999")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("2019.5")]
    [InlineData("2019.0")]
    [InlineData("2.019e3")]
    [InlineData("0")]
    [InlineData("-2019")]
    [InlineData("9999")]
    public void Read_YearOutOfRangeOrNotAnInteger_IsInvalidValue(string raw)
    {
        string json = $$"""{"format":"pairing-case/1","policy":"sichuan-2019","year":{{raw}}}""";

        Hostile.ProblemsOf(json).Should().Equal(("$.year", ProblemCodes.InvalidValue));
    }

    [Theory]
    [InlineData("\"2019\"")]
    [InlineData("true")]
    [InlineData("[2019]")]
    public void Read_YearOfAnotherType_IsInvalidValue(string raw)
    {
        string json = $$"""{"format":"pairing-case/1","policy":"sichuan-2019","year":{{raw}}}""";

        Hostile.ProblemsOf(json).Should().Equal(("$.year", ProblemCodes.InvalidValue));
    }

    [Theory]
    [InlineData("plannedDelistingYear", "1e400")]
    [InlineData("plannedDelistingYear", "10000")]
    [InlineData("delistedYear", "-1")]
    [InlineData("delistedYear", "4294967296")]
    public void Read_CountyYearOutOfRange_IsInvalidValueAtTheField(string field, string raw)
    {
        var problems = Hostile.ProblemsAfter(d => Hostile.Record(d, "counties", 0)[field] = JsonNode.Parse(raw));

        problems.Should().Equal(($"$.counties[0].{field}", ProblemCodes.InvalidValue));
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData("+10000-01-01")]
    [InlineData("10000-01-01")]
    [InlineData("2019-02-29")]
    [InlineData("2019-13-01")]
    [InlineData("2019-1-1")]
    [InlineData("2019-01-01T00:00:00")]
    [InlineData(" 2019-01-01")]
    [InlineData("２０１９-０１-０１")]
    public void Read_ImpossibleOrMalformedDate_IsInvalidDate(string date)
    {
        var problems = Hostile.ProblemsAfter(d => Hostile.Record(d, "activities", 0)["on"] = date);

        problems.Should().Equal(("$.activities[0].on", JsonProblemCodes.InvalidDate));
    }

    [Fact]
    public void Read_LastRepresentableDateAsATenureEnd_IsValid()
    {
        JsonObject d = Hostile.Example();
        d["units"]![0]!["leaders"]![0]!["to"] = "9999-12-31";

        CaseReader.Read(TestFiles.Utf8(d)).Success.Should().BeTrue();
    }

    [Fact]
    public void Read_FirstRepresentableDateAsATenureStart_IsValid()
    {
        JsonObject d = Hostile.Example();
        d["units"]![0]!["leaders"]![0]!["from"] = "0001-01-01";

        CaseReader.Read(TestFiles.Utf8(d)).Success.Should().BeTrue();
    }

    [Fact]
    public void Read_ActivityOnTheLastRepresentableDate_IsValidAndIgnoredAsOutsideTheYear()
    {
        JsonObject d = Hostile.Example();
        Hostile.Record(d, "activities", 0)["on"] = "9999-12-31";

        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));

        read.Success.Should().BeTrue();
        read.Case.Assess().Findings.Should().NotContain(f => f.Subject == read.Case.Ledger[0].Id.Value);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("9999-12-31T23:00:00-08:00")]
    [InlineData("0001-01-01T00:00:00+08:00")]
    [InlineData("0001-01-01T07:00:00+18:00")]
    public void Read_InstantAtTheEdgeOfTheCalendar_IsReadOrRejectedAtTheFieldNeverAtTheRoot(string at)
    {
        var problems = Hostile.ProblemsAfter(d =>
        {
            JsonObject a = Hostile.Record(d, "activities", 0);
            a.Remove("on");
            a["at"] = at;
        });

        problems.Should().BeSubsetOf([("$.activities[0].at", JsonProblemCodes.InvalidDate)]);
    }

    [Theory]
    [InlineData("9998-12-31")]
    [InlineData("0001-01-01")]
    public void Read_YearAtTheEdgeOfItsRange_IsAssessed(string asOf)
    {
        JsonObject d = Hostile.Example();
        d["year"] = int.Parse(asOf[..4], System.Globalization.CultureInfo.InvariantCulture);
        d["asOf"] = asOf;

        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));

        // pairing-case/1 checks no year against the policy: the case is valid, and a reader of the contract opts in.
        read.Problems.Should().BeEmpty();
        read.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true)).Year.Should().Be(read.Case.Year);
    }

    [Theory]
    [InlineData(" U-101")]
    [InlineData("U-101 ")]
    [InlineData("\u3000U-101")]   // ideographic (full-width) space
    [InlineData("U-101\u00A0")]   // no-break space
    [InlineData("U-101\t")]
    [InlineData("")]
    public void Read_UnitIdWithSurroundingWhiteSpace_IsInvalidValueAndItsReferencesUnknown(string id)
    {
        var problems = Hostile.ProblemsAfter(d => Hostile.Record(d, "units", 0)["id"] = id);

        // Identifiers are never trimmed: the unit has no identifier, so "U-101" elsewhere names no unit.
        problems[0].Should().Be(("$.units[0].id", ProblemCodes.InvalidValue));
        problems.Skip(1).Should().NotBeEmpty().And.OnlyContain(p => p.Code == ProblemCodes.UnknownReference);
        problems.Should().Contain(("$.cadres[0].unit", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Read_FullWidthIdentifier_IsADistinctIdentifierNotNormalised()
    {
        // "Ｕ-001" (full-width U) is a valid identifier of its own: a reference to it does not find "U-101".
        var problems = Hostile.ProblemsAfter(d => Hostile.Record(d, "cadres", 0)["unit"] = "Ｕ-001");

        problems.Should().Equal(("$.cadres[0].unit", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Read_FullWidthIdentifierUsedConsistently_IsValid()
    {
        JsonObject d = Hostile.Example();
        foreach (JsonNode? unit in d["units"]!.AsArray())
        {
            string id = (string)unit!["id"]!;
            string wide = id.Replace('U', 'Ｕ');
            unit["id"] = wide;
            foreach (string collection in new[] { "cadres", "activities" })
            {
                foreach (JsonNode? r in d[collection]!.AsArray())
                {
                    if ((string?)r!["unit"] == id)
                    {
                        r["unit"] = wide;
                    }
                }
            }
            foreach (JsonNode? p in d["countyPairings"]!.AsArray())
            {
                if ((string?)p!["lead"] == id)
                {
                    p["lead"] = wide;
                }
                JsonArray participants = p["participants"]!.AsArray();
                for (int i = 0; i < participants.Count; i++)
                {
                    if ((string?)participants[i] == id)
                    {
                        participants[i] = wide;
                    }
                }
            }
        }

        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));

        read.Problems.Should().BeEmpty();
        read.Case.Roster.Units[0].Id.Value.Should().StartWith("Ｕ");
    }

    [Theory]
    [InlineData("U-101", "U-101 ")]
    [InlineData("U-101", "u-001")]
    public void Read_ReferenceDifferingOnlyInSpaceOrCase_IsNotMatched(string id, string reference)
    {
        var problems = Hostile.ProblemsAfter(d =>
        {
            Hostile.Record(d, "units", 0)["id"].Should().NotBeNull();
            ((string)Hostile.Record(d, "units", 0)["id"]!).Should().Be(id);
            Hostile.Record(d, "cadres", 0)["unit"] = reference;
        });

        problems.Should().ContainSingle().Which.Path.Should().Be("$.cadres[0].unit");
    }
}
