using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// The character classes of a rule identifier, edge by edge (issue 7: their boundary mutants survived).
/// </summary>
public sealed partial class RuleIdTests
{
    [Theory]
    [InlineData("A0", true)]
    [InlineData("A9", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData("AZ", true)]
    [InlineData("Z", true)]
    [InlineData("A-B", true)]
    [InlineData("A/", false)] // '0' - 1
    [InlineData("A:", false)] // '9' + 1
    [InlineData("A@", false)] // 'A' - 1
    [InlineData("A[", false)] // 'Z' + 1
    [InlineData("Aa", false)]
    [InlineData("Az", false)]
    [InlineData("A,", false)] // '-' - 1
    [InlineData("A.", false)] // '-' + 1
    public void RuleIdIsValid_CharacterClassEdges(string text, bool valid) => RuleId.IsValid(text).Should().Be(valid);
}
