using System.Linq;
using System.Text;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Catalogue;

/// <summary>
/// The explanation a provincial officer reads when a unit disputes a result, in Chinese and in English, for a met, a
/// short, a pending and a not-owed duty, with every verdict an activity can get (issue 7: the rendered lines, the
/// verdict texts and the not-owed sentence had no test).
/// </summary>
public sealed class ExplanationSnapshotTests
{
    /// <summary>
    /// U-1 leads C1 and joins C3 (led by U-3); C2 is a county nobody assists; U-2 assists nothing.
    /// </summary>
    private static TestRoster Scenario() =>
        Standard()
            .County(C2).County(C3)
            .Unit(U3).Main(U3, "M-3")
            .Pairing(C3, U3, "2018-01-01", null, U1)
            .Unit(U2).Main(U2, M2)
            .Visit("A-1", U1, D1, "2019-02-01")                 // deputy visit, Q1: counted
            .Visit("A-2", U1, M1, "2019-04-01")                 // main leader's visit: feeds the main leader's duty
            .LeadershipMeeting("A-3", U1, M1, "2019-05-06")     // another kind
            .Visit("A-4", U1, D1, "2018-12-31")                 // another year
            .Visit("A-5", U1, D1, "2019-07-01", county: C2)     // a county U-1 does not assist
            .JointMeeting("A-6", U1, "2019-08-01")              // joint meeting at C1, which U-1 leads
            .JointMeeting("A-7", U1, "2019-09-01", county: C3)  // joint meeting at C3, which U-1 only joins
            .Visit("A-8", U1, D1, "2019-11-20")                 // deputy visit, Q4: after the mid-year as-of
            .Other(U1, "O-1")
            .Visit("A-9", U1, "O-1", "2019-06-03")              // a leader whose post no visit duty names
            .Visit("B-1", U2, M2, "2019-03-01", county: C2);    // U-2 has no pairing at all

    private static string Render(params (string Title, DutyExplanation Explanation)[] cases)
    {
        var text = new StringBuilder();
        foreach ((string title, DutyExplanation e) in cases)
        {
            text.Append("## ").Append(title).Append(" (zh)\n").Append(e.ChineseText);
            text.Append("## ").Append(title).Append(" (en)\n").Append(e.EnglishText);
        }
        return text.ToString();
    }

    [Fact]
    public void ChineseAndEnglishText_MetShortPendingAndNotOwed_EqualTheGoldenFile()
    {
        AnnualAssessment fullYear = Scenario().Assess();
        AnnualAssessment midYear = Scenario().Assess(asOf: "2019-10-15");

        string text = Render(
            ("met: DUTY-MAIN-LEADER-MEETINGS, full year", fullYear.Explain(new UnitId(U1), RuleIds.DutyMainLeaderMeetings)),
            ("short: DUTY-DEPUTY-VISITS, full year", fullYear.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits)),
            ("short: DUTY-LEAD-JOINT-MEETINGS, full year", fullYear.Explain(new UnitId(U1), RuleIds.DutyLeadJointMeetings)),
            ("pending: DUTY-LEAD-JOINT-MEETINGS as of 2019-10-15", midYear.Explain(new UnitId(U1), RuleIds.DutyLeadJointMeetings)),
            ("not owed: DUTY-MAIN-LEADER-VISITS of U-2", fullYear.Explain(new UnitId(U2), RuleIds.DutyMainLeaderVisits)));

        Golden.Verify("Catalogue/explanations.golden.txt", text);
    }

    [Fact]
    public void Scenario_CoversEveryVerdictAndStatus()
    {
        // Guards the golden scenario itself: if the roster helpers change, the golden must still show every case.
        AnnualAssessment fullYear = Scenario().Assess();
        AnnualAssessment midYear = Scenario().Assess(asOf: "2019-10-15");
        DutyExplanation visits = fullYear.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits);
        DutyExplanation joint = fullYear.Explain(new UnitId(U1), RuleIds.DutyLeadJointMeetings);
        DutyExplanation pending = midYear.Explain(new UnitId(U1), RuleIds.DutyLeadJointMeetings);

        visits.Judgements.Select(j => j.Verdict).Should().Contain([ActivityVerdict.Counted, ActivityVerdict.LeaderNotInPost,
            ActivityVerdict.OtherKind, ActivityVerdict.OtherYear, ActivityVerdict.OutsidePairing, ActivityVerdict.OtherPost]);
        visits.Judgements.Single(j => j.Verdict == ActivityVerdict.OtherPost).OtherDuty.Should().Be(RuleIds.DutyMainLeaderVisits);
        joint.Judgements.Select(j => j.Verdict).Should().Contain(ActivityVerdict.NotLeadUnit);
        pending.Judgements.Select(j => j.Verdict).Should().Contain(ActivityVerdict.AfterAsOf);
        fullYear.Explain(new UnitId(U1), RuleIds.DutyMainLeaderMeetings).Result!.Status.Should().Be(DutyStatus.Met);
        visits.Result!.Status.Should().Be(DutyStatus.Short);
        visits.Result.ShortPeriods.Should().HaveCountGreaterThan(1);
        pending.Result!.Status.Should().Be(DutyStatus.Pending);
        fullYear.Explain(new UnitId(U2), RuleIds.DutyMainLeaderVisits).Result.Should().BeNull();
        fullYear.Explain(new UnitId(U2), RuleIds.DutyMainLeaderVisits).Judgements.Should().NotBeEmpty();
    }
}
