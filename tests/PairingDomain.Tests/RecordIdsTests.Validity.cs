using PairingDomain;

namespace PairingDomain.Tests;

/// <summary>
/// IsValid of every identifier type (issue 7: each had surviving mutants).
/// </summary>
public sealed partial class RecordIdsTests
{
    [Theory]
    [InlineData("L-1", true)]
    [InlineData(" L-1", false)]
    [InlineData("L-1 ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_EveryIdentifierType_AgreesOnTheSameStrings(string? value, bool valid)
    {
        UnitId.IsValid(value).Should().Be(valid);
        LeaderId.IsValid(value).Should().Be(valid);
        CadreId.IsValid(value).Should().Be(valid);
        ActivityId.IsValid(value).Should().Be(valid);
    }
}
