using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Tests.Support;
using PairingDomain.Units;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The records of spec/examples/example-1.case.json, built through the domain API.
/// </summary>
internal static class WorkedExample
{
    public static TestRoster Case() =>
        new TestRoster()
            .Unit("U-101", new FourInOneMechanism(true, "帮扶办", true), UnitKind.Hospital)
            .Main("U-101", "L-1", "2016-01-01")
            .Deputy("U-101", "L-2", "2016-01-01", "2019-04-30")
            .Deputy("U-101", "L-3", "2019-05-01")
            .Unit("U-102", new FourInOneMechanism(true, "", true), UnitKind.FinancialInstitution)
            .Main("U-102", "L-4", "2017-01-01")
            .Deputy("U-102", "L-5", "2017-01-01")
            .County("513428", 2020, null)
            .County("513429", 2019, 2019)
            .County("513430", 2020, null)
            .Village("513428100001", 2019, 2019)
            .Village("513429100001", 2019, null)
            .Pairing("513428", "U-101", "2018-01-01", null, "U-102")
            .Pairing("513429", "U-102", "2019-04-01")
            .Pairing("513430", "U-101", "2018-01-01")
            .Cadre("C-11", "U-101", "513428100001", "2018-03-01", null, CadrePost.FirstSecretary)
            .Cadre("C-12", "U-102", "513429100001", "2019-04-01", null, CadrePost.TeamMember)
            .Visit("A-1", "U-101", "L-1", "2019-03-12", "513428", "513428100001")
            .VisitAt("A-2", "U-101", "L-1", "2019-09-30T18:00:00Z", "513428")
            .Visit("A-3", "U-101", "L-2", "2019-02-20", "513428")
            .Visit("A-4", "U-101", "L-2", "2019-05-20", "513428")
            .Visit("A-5", "U-101", "L-3", "2019-06-18", "513428")
            .Visit("A-6", "U-101", "L-3", "2019-11-02", "513428")
            .JointMeeting("A-7", "U-101", "2019-04-08", "513428")
            .JointMeeting("A-8", "U-102", "2019-04-09", "513428")
            .Plan("A-9", "U-101", "2019-01-25", "513428")
            .NightSchool("A-10", "U-101", "2019-05-10", "513428", "513428100001")
            .Visit("A-11", "U-102", "L-4", "2019-06-01", "513429")
            .Visit("A-12", "U-102", "L-4", "2019-06-02", "513430")
            .Activity("A-13", ActivityKind.LeadershipMeeting, "U-102", "2019-02-14", by: "L-4")
            .Grade("C-11", CadreGrade.Excellent)
            .Grade("C-12", CadreGrade.Incompetent);
}
