using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// The text of every identifier type, and of a default identifier (issue 7: their string mutants survived).
/// </summary>
public sealed partial class RecordIdsTests
{
    [Fact]
    public void ToString_DefaultIdentifiers_AreEmpty()
    {
        default(UnitId).ToString().Should().BeEmpty();
        default(LeaderId).ToString().Should().BeEmpty();
        default(CadreId).ToString().Should().BeEmpty();
        default(ActivityId).ToString().Should().BeEmpty();
        default(DivisionCode).ToString().Should().BeEmpty();
        default(VillageCode).ToString().Should().BeEmpty();
        default(RuleId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void ToString_Identifiers_AreTheirText()
    {
        new UnitId("U-1").ToString().Should().Be("U-1");
        new LeaderId("L-1").ToString().Should().Be("L-1");
        new CadreId("K-1").ToString().Should().Be("K-1");
        new ActivityId("A-1").ToString().Should().Be("A-1");
        DivisionCode.Parse(C1).ToString().Should().Be(C1);
        VillageCode.Parse(V1).ToString().Should().Be(V1);
        new RuleId("X-1").ToString().Should().Be("X-1");
    }
}
