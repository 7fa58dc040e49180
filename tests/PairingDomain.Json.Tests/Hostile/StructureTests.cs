using System.Linq;
using System.Text;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>Nesting, duplicate keys, byte-order marks and invalid UTF-8: each has one defined outcome.</summary>
public sealed class StructureTests
{
    private const string Head = """{"format":"pairing-case/1","policy":"sichuan-2019","year":2019,""";

    [Theory]
    [InlineData(65)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Read_NestingDeeperThanTheLimit_IsLimitExceededAtTheRoot(int depth)
    {
        string json = Head + "\"units\":" + new string('[', depth) + new string(']', depth) + "}";

        Hostile.ProblemsOf(json).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
    }

    [Fact]
    public void Read_NestingWithinTheLimit_IsReadAndReportedAsAWrongValue()
    {
        // The root object is level 1, so an array nested 63 deep under "units" still reads.
        string json = Head + "\"units\":[" + new string('[', 62) + new string(']', 62) + "]}";

        Hostile.ProblemsOf(json).Should().Equal(("$.units[0]", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_UnclosedDeepNesting_IsInvalidJsonNotALimit()
    {
        string json = Head + "\"units\":" + new string('[', 10);

        Hostile.ProblemsOf(json).Should().Equal(("$", JsonProblemCodes.InvalidJson));
    }

    [Fact]
    public void Read_DuplicateTopLevelKey_IsInvalidValueAtTheSecond()
    {
        Hostile.ProblemsOf(Head + "\"year\":2020}").Should().Equal(("$.year", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_DuplicateFormatKey_IsInvalidValueEvenWhenBothAgree()
    {
        Hostile.ProblemsOf(Head + "\"format\":\"pairing-case/1\"}").Should().Equal(("$.format", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_DuplicateFormatKeyWithAnotherFormat_IsRejectedAsADuplicateNotReadAsTheFirst()
    {
        Hostile.ProblemsOf(Head + "\"format\":\"pairing-case/2\"}").Should().Equal(("$.format", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_DuplicateKeyInARecord_IsInvalidValueAtThatField()
    {
        string json = Encoding.UTF8.GetString(TestFiles.Golden("example-1.case.json"))
            .Replace("\"id\": \"U-101\",", "\"id\": \"U-101\", \"id\": \"U-109\",", System.StringComparison.Ordinal);

        Hostile.ProblemsOf(json).Should().Contain(("$.units[0].id", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsSkipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. TestFiles.Golden("example-1.case.json")];

        CaseReader.Read(json).Success.Should().BeTrue();
    }

    [Fact]
    public void Read_Utf8ByteOrderMarkThroughAStream_IsSkipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. TestFiles.Golden("example-1.case.json")];

        CaseReader.Read(new System.IO.MemoryStream(json)).Success.Should().BeTrue();
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Read_SecondOrUtf16ByteOrderMark_IsInvalidJson(byte[] prefix)
    {
        byte[] json = [.. prefix, .. TestFiles.Golden("example-1.case.json")];

        Hostile.ProblemsOf(json).Should().Equal(("$", JsonProblemCodes.InvalidJson));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]             // a lead byte without its continuation
    [InlineData(new byte[] { 0x80 })]                   // a lone continuation byte
    [InlineData(new byte[] { 0xC0, 0xAF })]             // an overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // a UTF-16 surrogate encoded in UTF-8
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // beyond U+10FFFF
    [InlineData(new byte[] { 0xFF })]
    public void Read_InvalidUtf8InAString_IsInvalidJsonWithItsPosition(byte[] bad)
    {
        byte[] json = [.. Encoding.UTF8.GetBytes(Head + "\n\"units\":[{\"id\":\"U-1\",\"name\":\""), .. bad, .. Encoding.UTF8.GetBytes("\"}]}")];

        CaseReadResult result = CaseReader.Read(json);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", JsonProblemCodes.InvalidJson));
        result.Problems[0].Message.Should().Contain("line 2, position 30");
    }

    [Fact]
    public void Read_EscapedLoneSurrogateInAName_IsInvalidValueNotAThrow()
    {
        string json = Head + "\"units\":[{\"id\":\"U-1\",\"name\":\"\\ud800\",\"kind\":\"university\",\"mechanism\":{\"leadershipTeam\":true,\"allStaff\":true}}]}";

        Hostile.ProblemsOf(json).Should().Equal(("$.units[0].name", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_NulCharacterEscapedInAnIdentifier_IsInvalidValue()
    {
        string json = Head + "\"units\":[{\"id\":\"U-1\\u0000\",\"name\":\"x\",\"kind\":\"university\",\"mechanism\":{\"leadershipTeam\":true,\"allStaff\":true}}]}";

        Hostile.ProblemsOf(json).Should().Equal(("$.units[0].id", ProblemCodes.InvalidValue));
    }
}
