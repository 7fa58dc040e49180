using PairingDomain;

namespace PairingDomain.Tests.Mutation;

/// <summary>Pins IsValid of every identifier type: each had surviving mutants (issue 7).</summary>
public sealed class RecordIdValidityTests
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
