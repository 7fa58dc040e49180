using System.Linq;
using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public partial class SichuanPovertyCountiesTests
{
    [Fact]
    public void All_Has88Counties_WithDomainMdCounts()
    {
        SichuanPovertyCounties.All.Should().HaveCount(88);
        SichuanPovertyCounties.All.Count(c => c.Region == Region.Tibetan).Should().Be(32);
        SichuanPovertyCounties.All.Count(c => c.Region == Region.Yi).Should().Be(13);
        SichuanPovertyCounties.All.Count(c => c.Region == Region.Other).Should().Be(43);
        SichuanPovertyCounties.All.GroupBy(c => c.DelistingYear).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count())).Should().Equal((2016, 5), (2017, 15), (2018, 30), (2019, 31), (2020, 7));
        SichuanPovertyCounties.All.Sum(c => c.Townships.Length).Should().Be(2325);
    }

    [Fact]
    public void TryFindByName_OfficialName_GivesTheCode()
    {
        SichuanPovertyCounties.TryFindByName("昭觉县", out PovertyCountyReference? county).Should().BeTrue();
        county!.Code.Should().Be(DivisionCode.Parse("513431"));
        county.Prefecture.Should().Be("凉山彝族自治州");
        county.Region.Should().Be(Region.Yi);
        county.DelistingYear.Should().Be(2020);
    }

    [Fact]
    public void TryFindByName_FullPrefectureThenName_GivesTheCounty()
    {
        SichuanPovertyCounties.TryFindByName("凉山彝族自治州昭觉县", out PovertyCountyReference? county).Should().BeTrue();
        county!.Code.Value.Should().Be("513431");
    }

    [Theory]
    [InlineData("凉山州昭觉县")]
    [InlineData("昭觉")]
    [InlineData(" 昭觉县")]
    [InlineData("成都市锦江区")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFindByName_AnythingElse_IsRefused(string? name)
    {
        SichuanPovertyCounties.TryFindByName(name, out PovertyCountyReference? county).Should().BeFalse();
        county.Should().BeNull();
    }

    [Fact]
    public void TryFindByName_EveryCounty_FindsItselfByBothForms_SoNoNameIsShared()
    {
        foreach (PovertyCountyReference county in SichuanPovertyCounties.All)
        {
            SichuanPovertyCounties.TryFindByName(county.Name, out PovertyCountyReference? byName).Should().BeTrue(county.Name);
            byName.Should().BeSameAs(county);
            SichuanPovertyCounties.TryFindByName(county.Prefecture + county.Name, out PovertyCountyReference? byFull).Should().BeTrue();
            byFull.Should().BeSameAs(county);
        }
    }

    [Fact]
    public void IndexByName_TwoCountiesSharingAName_RefusesThatNameOnly()
    {
        PovertyCountyReference a = SichuanPovertyCounties.All[0], b = SichuanPovertyCounties.All[^1];
        a.Prefecture.Should().NotBe(b.Prefecture);
        var twin = new PovertyCountyReference(b.Code, a.Name, b.Prefecture, b.Region, b.DelistingYear, b.Townships);

        var index = SichuanPovertyCounties.IndexByName([a, twin]);

        index[a.Name].Should().BeNull();
        index[a.Prefecture + a.Name].Should().BeSameAs(a);
        index[b.Prefecture + a.Name].Should().BeSameAs(twin);
    }

    [Fact]
    public void TryFind_Code_GivesTheCounty_AndAnotherCodeNothing()
    {
        SichuanPovertyCounties.TryFind(DivisionCode.Parse("513431"), out PovertyCountyReference? county).Should().BeTrue();
        county!.Name.Should().Be("昭觉县");
        SichuanPovertyCounties.TryFind(DivisionCode.Parse("510104"), out county).Should().BeFalse();
        county.Should().BeNull();
        SichuanPovertyCounties.TryFind(default, out county).Should().BeFalse();
    }

    [Fact]
    public void TryFindTownship_NameWithinCounty_GivesItsCode()
    {
        SichuanPovertyCounties.TryFindTownship(DivisionCode.Parse("513431"), "新城镇", out TownshipReference? township)
            .Should().BeTrue();
        township!.Code.Should().Be("513431100");
        township.County.Value.Should().Be("513431");
        SichuanPovertyCounties.TryFindTownship(DivisionCode.Parse("513431"), "合江镇", out township).Should().BeFalse();
        SichuanPovertyCounties.TryFindTownship(DivisionCode.Parse("510104"), "新城镇", out township).Should().BeFalse();
        SichuanPovertyCounties.TryFindTownship(DivisionCode.Parse("513431"), null, out township).Should().BeFalse();
        township.Should().BeNull();
    }

    [Fact]
    public void TryFindTownship_EveryTownship_FindsItself_SoNoNameIsSharedWithinACounty()
    {
        foreach (PovertyCountyReference county in SichuanPovertyCounties.All)
        {
            foreach (TownshipReference township in county.Townships)
            {
                county.TryFindTownship(township.Name, out TownshipReference? found).Should().BeTrue(township.Name);
                found.Should().BeSameAs(township);
                township.Code.Should().StartWith(county.Code.Value);
            }
        }
    }

    [Fact]
    public void ToCounty_CarriesTheReference_AndTheCaseDelistedYear()
    {
        SichuanPovertyCounties.TryFindByName("昭觉县", out PovertyCountyReference? reference).Should().BeTrue();

        County county = reference!.ToCounty(null);

        county.Code.Should().Be(reference.Code);
        county.Name.Should().Be("昭觉县");
        county.Region.Should().Be(Region.Yi);
        county.PlannedDelistingYear.Should().Be(2020);
        county.DelistedYear.Should().BeNull();
    }
}
