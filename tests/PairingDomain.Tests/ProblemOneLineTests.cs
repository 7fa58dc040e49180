namespace PairingDomain.Tests;

/// <summary>
/// <see cref="Problem.ToString"/> is one line, as case-format.md prints problems to standard error: a value holding a
/// line break must not spill a second line that reads like a problem of its own.
/// </summary>
public sealed class ProblemOneLineTests
{
    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("\t\b\f", @"\t\b\f")]
    [InlineData("\u0000\u0001\u001f\u007f", @"\u0000\u0001\u001f\u007f")]
    [InlineData("a\u2028b\u2029c", @"a\u2028b\u2029c")]
    public void ToString_ControlCharacterInMessage_IsEscapedAsJsonDoes(string message, string written) =>
        new Problem("$.units[0].id", "invalid-value", message).ToString().Should().Be("$.units[0].id: invalid-value: " + written);

    [Theory]
    [InlineData(@"back\slash \n as text")]
    [InlineData("示例厅 'U-1' \u0085 \u00a0 \"quoted\"")]
    [InlineData("")]
    public void ToString_NoLineBreakingCharacter_IsWrittenAsItIs(string message) =>
        new Problem("$", "invalid-json", message).ToString().Should().Be("$: invalid-json: " + message);

    [Fact]
    public void ToString_LineBreakInPathOrCode_IsEscapedToo() =>
        new Problem("$.r\n[0]", "x\ny", "m").ToString().Should().Be(@"$.r\n[0]: x\ny: m");

    [Fact]
    public void Message_KeepsTheTextUnescaped() =>
        new Problem("$", "invalid-value", "a\nb").Message.Should().Be("a\nb");
}
