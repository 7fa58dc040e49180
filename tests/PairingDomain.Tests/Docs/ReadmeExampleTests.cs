using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Tests.Docs;

/// <summary>The README's "model in ten lines", kept compiling and true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_OneVisitOfTwo_MainLeaderVisitsShort()
    {
        var roster = new RosterBuilder()
            .AddUnit(new AssistanceUnit(new UnitId("U-1"), "示例厅", UnitKind.ProvincialDepartment,
                new FourInOneMechanism(true, "规划处", true),
                [new Leader(new LeaderId("L-1"), "张三", LeaderPost.MainLeader, DateRange.From(new LocalDate(2016, 5, 1)))]))
            .AddCounty(new County(DivisionCode.Parse("513431"), "昭觉县", Region.Yi, 2020, null))
            .AddPairing(new CountyPairing(DivisionCode.Parse("513431"), new UnitId("U-1"), [], DateRange.From(new LocalDate(2019, 1, 1))))
            .Build().GetValueOrThrow();
        var ledger = new ActivityLedgerBuilder(roster).Add(new Activity(new ActivityId("A-1"), ActivityKind.SupervisionVisit,
            new UnitId("U-1"), new LeaderId("L-1"), ActivityTime.On(new LocalDate(2019, 4, 12)), DivisionCode.Parse("513431"), null)).Build().Value;
        var assessment = AnnualAssessor.Assess(PolicyEditions.Sichuan2019, ledger, GradeBook.Empty(roster, GradeScale.ThreeGrade), 2019);

        assessment.ForUnit(new UnitId("U-1"))!.Duty(RuleIds.DutyMainLeaderVisits)!.ToString()
            .Should().Be("DUTY-MAIN-LEADER-VISITS 1/2 Short");
    }
}
