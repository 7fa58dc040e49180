using System;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

public sealed partial class PolicyEditionSetTests
{
    private static PolicyEdition Edition(string id, int year) =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity(id, year).Build().GetValueOrThrow();

    [Fact]
    public void BuiltIn_SichuanId_ResolvesToTheBuiltInEdition()
    {
        PolicyEditionSet.BuiltIn.Find("sichuan-2019").Should().BeSameAs(PolicyEditions.Sichuan2019);
        PolicyEditionSet.BuiltIn.ForYear(2019).Should().BeSameAs(PolicyEditions.Sichuan2019);
    }

    [Theory]
    [InlineData("sichuan-2020")]
    [InlineData("Sichuan-2019")]
    [InlineData("")]
    public void Find_UnknownId_IsNull(string id)
    {
        PolicyEditionSet.BuiltIn.Find(id).Should().BeNull();
    }

    [Fact]
    public void ForYear_NoEditionForTheYear_IsNull()
    {
        PolicyEditionSet.BuiltIn.ForYear(2020).Should().BeNull();
    }

    [Fact]
    public void ForYear_CallersSet_ResolvesEachYear()
    {
        PolicyEdition y2020 = Edition("x-2020", 2020);
        var set = new PolicyEditionSet([PolicyEditions.Sichuan2019, y2020]);

        set.ForYear(2019).Should().BeSameAs(PolicyEditions.Sichuan2019);
        set.ForYear(2020).Should().BeSameAs(y2020);
        set.Find("x-2020").Should().BeSameAs(y2020);
        set.ById.Should().HaveCount(2);
    }

    [Fact]
    public void ForYear_TwoEditionsForTheYear_RefusesToGuess()
    {
        var set = new PolicyEditionSet([Edition("a-2020", 2020), Edition("b-2020", 2020)]);

        set.ForYear(2020).Should().BeNull();
        set.Find("a-2020").Should().NotBeNull();
    }

    [Fact]
    public void Constructor_DuplicateId_Throws()
    {
        Action act = () => _ = new PolicyEditionSet([PolicyEditions.Sichuan2019, Edition("sichuan-2019", 2020)]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_Empty_ResolvesNothing()
    {
        var set = new PolicyEditionSet([]);

        set.Find("sichuan-2019").Should().BeNull();
        set.ForYear(2019).Should().BeNull();
    }
}
