using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public class RegionTests
{
    [Fact]
    public void List_IsTibetanYiOther_WithChineseNames()
    {
        Region.List.Should().HaveCount(3);
        Region.Tibetan.ChineseName.Should().Be("藏区");
        Region.Yi.ChineseName.Should().Be("彝区");
        Region.FromName("Other").Should().Be(Region.Other);
    }
}
