using System;

namespace PairingDomain.Tests;

public sealed partial class RecordIdsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" U-1")]
    [InlineData("U-1 ")]
    [InlineData("U\n1")]
    public void Constructor_BlankPaddedOrControl_Throws(string value)
    {
        ((Action)(() => _ = new UnitId(value))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new LeaderId(value))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new CadreId(value))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new ActivityId(value))).Should().Throw<ArgumentException>();
        UnitId.IsValid(value).Should().BeFalse();
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        ((Action)(() => _ = new UnitId(null!))).Should().Throw<ArgumentNullException>();
        UnitId.IsValid(null).Should().BeFalse();
    }

    [Fact]
    public void Equality_SameText_IsEqualAndCaseSensitive()
    {
        new UnitId("U-1").Should().Be(new UnitId("U-1"));
        new UnitId("U-1").Should().NotBe(new UnitId("u-1"));
        new UnitId("示例 厅").Value.Should().Be("示例 厅");
    }
}
