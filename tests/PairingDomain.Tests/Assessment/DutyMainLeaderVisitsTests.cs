using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-MAIN-LEADER-VISITS, §III.2: "要落实省委要求的每年到贫困县、贫困村督导调研两次" — the main leader, 2 a year,
/// counted per unit.
/// </summary>
public class DutyMainLeaderVisitsTests
{
    private static readonly RuleId s_rule = RuleIds.DutyMainLeaderVisits;

    [Fact]
    public void Assess_TwoVisitsOneToAPairedVillage_IsMet()
    {
        // VILLAGE-VISIT-COUNTS-FOR-COUNTY: a visit to a paired village counts as a visit to its county.
        var a = Standard().Visit("A-1", U1, M1, "2019-03-12", C1, V1).Visit("A-2", U1, M1, "2019-10-01").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((2, 2, DutyStatus.Met));
        d.Source.Should().Be("SC-2019-4 §III.2");
    }

    [Fact]
    public void Assess_OneVisit_IsShortForTheYear()
    {
        var a = Standard().Visit("A-1", U1, M1, "2019-03-12").Assess();
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019");
        a.Duty(U1, s_rule).Shortfall.Should().Be(1);
    }

    [Fact]
    public void Assess_MainLeaderReplacedMidYear_BothHoldersVisitsCount()
    {
        // case-format.md: "A duty of a post counts the activities of whoever held the post on the activity's date."
        var a = new TestRoster().Unit(U1).Main(U1, "M-old", "2016-01-01", "2019-06-30").Main(U1, "M-new", "2019-07-01")
            .County(C1).Pairing(C1, U1)
            .Visit("A-1", U1, "M-old", "2019-03-01").Visit("A-2", U1, "M-new", "2019-08-01").Visit("A-3", U1, "M-old", "2019-09-01")
            .Assess();
        a.Duty(U1, s_rule).Evidence.Select(e => e.Value).Should().Equal("A-1", "A-2");
        a.Duty(U1, s_rule).Status.Should().Be(DutyStatus.Met);
    }

    [Fact]
    public void Assess_LeaderChangingPostMidYear_CountsForThePostHeldOnTheDay()
    {
        // One person: deputy until 30 June (L-D), then main leader from 1 July (L-M).
        var a = new TestRoster().Unit(U1).Deputy(U1, "L-D", "2016-01-01", "2019-06-30").Main(U1, "L-M", "2019-07-01")
            .County(C1).Pairing(C1, U1)
            .Visit("A-1", U1, "L-D", "2019-03-01")
            .Visit("A-2", U1, "L-M", "2019-08-01")
            .Visit("A-3", U1, "L-D", "2019-09-01")
            .Assess();
        a.Duty(U1, s_rule).Evidence.Select(e => e.Value).Should().Equal("A-2");
        a.Duty(U1, RuleIds.DutyDeputyVisits).Evidence.Select(e => e.Value).Should().Equal("A-1");
        a.Explain(new UnitId(U1), s_rule).Judgements.Single(j => j.Activity.Id.Value == "A-3").Verdict
            .Should().Be(ActivityVerdict.LeaderNotInPost);
    }

    [Fact]
    public void Assess_VisitAt2359OnNewYearsEveCstAndAt0030OnNewYearsDay_OnlyTheFirstIsIn2019()
    {
        var roster = Standard()
            .VisitAt("A-1", U1, M1, "2019-12-31T15:59:00Z")  // 31 Dec 23:59 CST
            .VisitAt("A-2", U1, M1, "2019-12-31T16:30:00Z"); // 1 Jan 2020 00:30 CST
        var y2019 = roster.Assess();
        y2019.Duty(U1, s_rule).Evidence.Select(e => e.Value).Should().Equal("A-1");
        y2019.Explain(new UnitId(U1), s_rule).Judgements[1].Verdict.Should().Be(ActivityVerdict.OtherYear);

        var y2020 = roster.Assess(year: 2020, options: new AssessmentOptions(AllowYearOutsideEdition: true));
        y2020.Duty(U1, s_rule).Evidence.Select(e => e.Value).Should().Equal("A-2");
    }

    [Fact]
    public void Assess_OtherLeadersVisit_CountsForNoDuty()
    {
        var a = Standard().Other(U1, "O-1").Visit("A-1", U1, "O-1", "2019-03-01").Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(0);
        a.Duty(U1, RuleIds.DutyDeputyVisits).Recorded.Should().Be(0);
        a.Explain(new UnitId(U1), s_rule).Judgements.Single().Verdict.Should().Be(ActivityVerdict.LeaderNotInPost);
    }

    [Fact]
    public void Assess_VisitsInTwoAssistedCounties_CountTogetherForTheUnit()
    {
        // VISITS-PER-UNIT: leaders' visits count per unit across all its counties.
        var a = Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1)
            .Visit("A-1", U1, M1, "2019-03-01", C1).Visit("A-2", U1, M1, "2019-04-01", C2)
            .Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((2, 2, DutyStatus.Met));
    }

    [Fact]
    public void Assess_VisitToUnassistedCounty_IsNotCountedAndIsAFinding()
    {
        var a = Standard().County(C2).Unit(U2).Pairing(C2, U2)
            .Visit("A-1", U1, M1, "2019-03-01").Visit("A-2", U1, M1, "2019-04-01", C2)
            .Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(1);
        a.FindingKeys().Should().Contain((RuleIds.ActivityOutsidePairing.Value, "A-2"));
    }
}
