using PairingDomain.Cadres;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Cadres;

/// <summary>A cadre's yearly work record (case-format-2.md §1, <c>cadreWork</c>): its guards and what it keeps.</summary>
public sealed class CadreWorkRecordTests
{
    [Fact]
    public void CadreWorkRecord_DefaultCadre_SaysSo() =>
        ShouldRefuse(() => _ = new CadreWorkRecord(default, 2019, true, true, false), "cadre", "default");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void CadreWorkRecord_YearOutsideTheCalendar_IsOutOfRange(int year) =>
        ShouldBeOutOfRange(() => _ = new CadreWorkRecord(new CadreId("K-1"), year, true, true, false), "year");

    [Fact]
    public void CadreWorkRecord_Properties_KeepWhatWasGiven()
    {
        var record = new CadreWorkRecord(new CadreId("K-1"), 2019, true, false, true);

        (record.Cadre, record.Year, record.WorkPlan, record.WorkLedger, record.HomeUnitDuties)
            .Should().Be((new CadreId("K-1"), 2019, true, false, true));
    }
}
