using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests;

/// <summary>
/// Every problem the reader reports is told in Chinese too (issue 12), naming the same records as the English, for every
/// problem code of the core and of the reader; <see cref="Problem.TextIn"/> gives the Chinese line a zh caller asks for.
/// </summary>
public sealed partial class CaseReaderTests
{
    private static System.Collections.Immutable.ImmutableArray<Problem> ProblemObjectsAfter(Action<JsonObject> change)
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        change(document);
        return CaseReader.Read(TestFiles.Utf8(document)).Problems;
    }

    private static System.Collections.Immutable.ImmutableArray<Problem> ProblemsOfVersion2(Action<JsonObject> change)
    {
        JsonObject document = Version2.ExitIndicatorReaderTests.Example();
        change(document);
        return CaseReader.Read(TestFiles.Utf8(document)).Problems;
    }

    /// <summary>At least one problem of every code, with the reader's many messages for invalid values.</summary>
    private static IEnumerable<Problem> ReaderProblems()
    {
        IEnumerable<Problem>[] cases =
        [
            CaseReader.Read(TestFiles.Utf8("{\"a\": 1")).Problems,
            CaseReader.Read([.. "{\n \"format\": \""u8, 0xC3, 0x28, .. "\"}"u8]).Problems,
            CaseReader.Read(TestFiles.Utf8("{\"units\":" + new string('[', 5000) + new string(']', 5000) + "}")).Problems,
            CaseReader.Read(TestFiles.Utf8("{}"), null, 1).Problems,
            CaseReader.Read(TestFiles.Utf8("[]")).Problems,
            ProblemObjectsAfter(d => d["format"] = "pairing-case/3"),
            ProblemObjectsAfter(d => d["format"] = 1),
            ProblemObjectsAfter(d =>
            {
                d["policy"] = "sichuan-2099";
                d["asOf"] = "2018-12-31";
                d["extra"] = true;
                Unit(d, 0)["kind"] = "Hospital";
                Unit(d, 0)["id"] = " U-1";
                Unit(d, 1)["mechanism"] = JsonNode.Parse("[]");
                Unit(d, 1)["leaders"]![0]!["from"] = "2016-02-30";
                Unit(d, 1).Remove("name");
                Record(d, "counties", 0)["code"] = "51342";
                Record(d, "counties", 1)["plannedDelistingYear"] = 20190;
                Record(d, "villages", 0)["code"] = "5134281";
                Record(d, "villages", 1)["county"] = "513430";
                Record(d, "countyPairings", 0)["participants"] = JsonNode.Parse("[3, \"U-102\", \"U-102\"]");
                Record(d, "countyPairings", 1)["to"] = "2010-01-01";
                Record(d, "activities", 0)["at"] = "2019-09-30T18:00:00";
                Record(d, "activities", 1)["at"] = "2019-09-30T18:00:00Z";
                Record(d, "activities", 2).Remove("on");
                Record(d, "activities", 3)["on"] = 20190520;
                d["units"]!.AsArray().Add(5);
            }),
            ProblemObjectsAfter(d =>
            {
                Unit(d, 1)["id"] = "U-101";
                Unit(d, 1)["leaders"]![0]!["id"] = "L-1";
                Record(d, "countyPairings", 0)["lead"] = "U-999";
                Record(d, "cadreGrades", 0)["grade"] = "basically-competent";
                Record(d, "activities", 4)["by"] = "L-404";
                Record(d, "activities", 5)["county"] = "513499";
            }),
            ProblemsOfVersion2(d => d["householdIndicators"]!.AsArray()[2]!["year"] = 2018),
        ];
        return cases.SelectMany(c => c);
    }

    private static IEnumerable<string> Codes(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void Read_EveryProblemCode_HasAChineseMessageNamingTheSameRecords()
    {
        Problem[] problems = [.. ReaderProblems()];

        problems.Select(p => p.Code).Distinct().Should().BeEquivalentTo(
            Codes(typeof(ProblemCodes)).Concat(Codes(typeof(JsonProblemCodes))), "every problem code has a case here");
        problems.Should().HaveCountGreaterThan(25);
        problems.Should().AllSatisfy(SameRecord.Check);
    }

    [Fact]
    public void TextIn_ZhCulture_IsTheChineseLineAndTheDefaultStaysEnglish()
    {
        Problem problem = ProblemObjectsAfter(d => d["policy"] = "sichuan-2099").Should().ContainSingle().Subject;

        problem.TextIn(CultureInfo.GetCultureInfo("zh-CN")).Should().StartWith("$.policy: unknown-policy: ").And.Contain("sichuan-2099")
            .And.EndWith(problem.ChineseMessage);
        problem.ToString().Should().Be($"$.policy: unknown-policy: {problem.Message}");
        problem.TextIn(CultureInfo.GetCultureInfo("en-GB")).Should().Be(problem.ToString());
    }
}
