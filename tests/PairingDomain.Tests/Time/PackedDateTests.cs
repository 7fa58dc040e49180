using System.Runtime.CompilerServices;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Time;

namespace PairingDomain.Tests.Time;

/// <summary>The engine's packed date: ordered like dates, its quarter, its round trip, and no size added to a record.</summary>
public sealed class PackedDateTests
{
    [Theory]
    [InlineData(2019, 1, 1, 0)]
    [InlineData(2019, 3, 31, 0)]
    [InlineData(2019, 4, 1, 1)]
    [InlineData(2019, 9, 30, 2)]
    [InlineData(2019, 12, 31, 3)]
    public void QuarterIndex_Date_IsItsQuarterFromZero(int year, int month, int day, int quarter) =>
        PackedDate.Pack(new LocalDate(year, month, day)).QuarterIndex.Should().Be(quarter);

    [Fact]
    public void Pack_ThenToLocalDate_RoundTrips()
    {
        var date = new LocalDate(9999, 12, 31);

        PackedDate.Pack(date).ToLocalDate().Should().Be(date);
    }

    [Fact]
    public void Operators_OrderLikeTheDates()
    {
        PackedDate earlier = PackedDate.Pack(new LocalDate(2019, 12, 31)), later = PackedDate.Pack(new LocalDate(2020, 1, 1));

        (earlier < later, earlier <= later, later > earlier, later >= earlier, later < earlier, earlier >= later)
            .Should().Be((true, true, true, true, false, false));
        PackedDate same = PackedDate.Pack(new LocalDate(2019, 12, 31));
        bool before = earlier < same, after = earlier > same;
        (earlier <= same, earlier >= same, before, after).Should().Be((true, true, false, false));
    }

    [Fact]
    public void PackEnd_NoEnd_IsOpenAfterEveryDate()
    {
        (PackedDate.PackEnd(null) > PackedDate.Pack(new LocalDate(9999, 12, 31))).Should().BeTrue();
        (PackedDate.PackEnd(new LocalDate(2019, 5, 1)) <= PackedDate.Pack(new LocalDate(2019, 5, 1))).Should().BeTrue();
    }

    [Fact]
    public void ActivityRecord_WithAPackedDateAndTopics_StaysNineteenBytes() =>
        Unsafe.SizeOf<ActivityRecord>().Should().Be(19);
}
