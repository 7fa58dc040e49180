using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public sealed partial class CountyTests
{
    private static County Due2019(int? delisted) => new(DivisionCode.Parse("513429"), "布拖县", Region.Yi, 2019, delisted);

    [Theory]
    [InlineData(null, true)]
    [InlineData(2020, true)]
    [InlineData(2019, false)]
    public void MissedDelisting_DueIn2019_MissedWhenNotInThe2019Batch(int? delisted, bool missed)
    {
        Due2019(delisted).MissedDelisting(2019).Should().Be(missed);
    }

    [Fact]
    public void MissedDelisting_NotDueThatYear_IsFalse()
    {
        Due2019(null).MissedDelisting(2020).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, 2019, true)]
    [InlineData(2019, 2019, true)]
    [InlineData(2018, 2019, false)]
    [InlineData(2020, 2019, true)]
    public void IsPoorIn_DelistedInAnEarlierBatch_IsNotPoor(int? delisted, int year, bool poor)
    {
        Due2019(delisted).IsPoorIn(year).Should().Be(poor);
    }
}
