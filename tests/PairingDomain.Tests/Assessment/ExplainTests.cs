using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// <see cref="AnnualAssessment.Explain"/>: which of a unit's activities counted for a duty, and why each other did not.
/// </summary>
public class ExplainTests
{
    private static readonly AnnualAssessment s_assessment =
        Standard().Unit(U2).Main(U2, M2).County(C2).Pairing(C2, U2, participants: U1)
            .Visit("A-1", U1, M1, "2019-03-01")                         // counted
            .Visit("A-2", U1, M1, "2019-03-02", C2)                     // C2 assisted as participant: counted
            .Visit("A-3", U1, D1, "2019-03-03")                         // deputy, not the main leader
            .Visit("A-4", U1, M1, "2018-12-31")                         // previous year
            .Visit("A-5", U1, M1, "2019-10-01")                         // after asOf
            .LeadershipMeeting("A-6", U1, M1, "2019-03-04")             // another kind
            .Visit("A-7", U2, M2, "2019-03-05", C2)                     // another unit's
            .JointMeeting("A-8", U1, "2019-03-06", C2)                  // joint meeting where U1 only participates
            .County(C3).Pairing(C3, U2)
            .Visit("A-9", U1, M1, "2019-03-07", C3)                     // county U1 does not assist
            .Assess("2019-09-30");

    [Fact]
    public void Explain_MainLeaderVisits_GivesEachActivityOfTheUnitItsVerdict_TheDutysKindFirstThenLedgerOrder()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits);
        e.Judgements.Select(j => (j.Activity.Id.Value, j.Verdict)).Should().Equal(
            ("A-1", ActivityVerdict.Counted),
            ("A-2", ActivityVerdict.Counted),
            ("A-3", ActivityVerdict.OtherPost),
            ("A-4", ActivityVerdict.OtherYear),
            ("A-5", ActivityVerdict.AfterAsOf),
            ("A-9", ActivityVerdict.OutsidePairing),
            ("A-6", ActivityVerdict.OtherKind),
            ("A-8", ActivityVerdict.OtherKind));
        e.Judgements.Single(j => j.Activity.Id.Value == "A-3").OtherDuty.Should().Be(RuleIds.DutyDeputyVisits);
        e.Judgements.Where(j => j.Verdict != ActivityVerdict.OtherPost).Should().OnlyContain(j => j.OtherDuty == null);
        PairingDomain.Activities.Activity a3 = e.Judgements.Single(j => j.Activity.Id.Value == "A-3").Activity;
        (a3.Time.Date, a3.Kind, a3.County?.Value, a3.By?.Value, a3.Unit.Value).Should()
            .Be((D("2019-03-03"), PairingDomain.Activities.ActivityKind.SupervisionVisit, C1, D1, U1), "each judgement says what its activity is");
        e.Unit.Value.Should().Be(U1);
        e.Rule.Should().Be(RuleIds.DutyMainLeaderVisits);
        e.Result.Should().BeSameAs(s_assessment.Duty(U1, RuleIds.DutyMainLeaderVisits));
    }

    [Fact]
    public void Explain_JointMeetingInACountyTheUnitOnlyJoins_IsNotLeadUnit()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyLeadJointMeetings);
        e.Judgements.Single(j => j.Activity.Id.Value == "A-8").Verdict.Should().Be(ActivityVerdict.NotLeadUnit);
    }

    [Fact]
    public void Evidence_IsExactlyTheCountedJudgements()
    {
        foreach (DutyResult d in s_assessment.Unit(U1).Duties)
        {
            DutyExplanation e = s_assessment.Explain(new UnitId(U1), d.Rule);
            d.Evidence.Should().Equal(e.Judgements.Where(j => j.Verdict == ActivityVerdict.Counted).Select(j => j.Activity.Id), d.Rule.Value);
            d.Evidence.Length.Should().Be(d.Recorded, d.Rule.Value);
        }
    }

    [Fact]
    public void Explain_DutyTheUnitDoesNotOwe_HasNoResultButStillJudges()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U2), RuleIds.DutyLeadJointMeetings);
        e.Result.Should().NotBeNull();
        var participantOnly = Standard().Unit(U2).Pairing(C1, U1, participants: U2).JointMeeting("A-1", U2, "2019-03-01").Assess();
        DutyExplanation p = participantOnly.Explain(new UnitId(U2), RuleIds.DutyLeadJointMeetings);
        p.Result.Should().BeNull();
        p.Judgements.Single().Verdict.Should().Be(ActivityVerdict.NotLeadUnit);
    }

    [Fact]
    public void Explain_TextsNameEveryActivity()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits);
        foreach (ActivityJudgement j in e.Judgements)
        {
            e.ChineseText.Should().Contain(j.Activity.Id.Value);
            e.EnglishText.Should().Contain(j.Activity.Id.Value);
        }
    }

    [Fact]
    public void Explain_MainLeadersVisitWhenNoDutyOfItsPostIsEvaluated_StaysLeaderNotInPost()
    {
        PolicyEdition edition = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("no-main-visits", 2019)
            .SetEnabled(RuleIds.DutyMainLeaderVisits, false).Build().GetValueOrThrow();
        AnnualAssessment a = Standard().Visit("A-1", U1, M1, "2019-03-01").Assess(edition: edition);

        ActivityJudgement j = a.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits).Judgements.Single();
        (j.Verdict, j.OtherDuty).Should().Be((ActivityVerdict.LeaderNotInPost, (RuleId?)null));
    }

    [Fact]
    public void Explain_TextLines_SayWhatEachActivityIsAndWhichDutyAnotherPostsActivityFeeds()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits);

        foreach (string text in new[] { e.ChineseText, e.EnglishText })
        {
            string[] lines = text.Split('\n');
            foreach (ActivityJudgement j in e.Judgements)
            {
                string line = lines.Single(l => l.StartsWith("  " + j.Activity.Id.Value + (text == e.ChineseText ? "（" : " ("), StringComparison.Ordinal));
                line.Should().Contain(j.Activity.Time.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .And.Contain(text == e.ChineseText ? j.Activity.Kind.ChineseName : j.Activity.Kind.EnglishName.ToLowerInvariant())
                    .And.Contain(text == e.ChineseText ? j.Verdict.ChineseName : j.Verdict.EnglishName);
                if (j.Activity.County is { } county)
                {
                    line.Should().Contain(county.Value);
                }
                if (j.Activity.By is { } by)
                {
                    line.Should().Contain(by.Value);
                }
                if (j.OtherDuty is { } other)
                {
                    line.Should().Contain(other.Value);
                }
            }
        }
        e.Judgements.Should().Contain(j => j.OtherDuty == RuleIds.DutyMainLeaderVisits);
    }

    [Fact]
    public void Explain_TextIn_ChoosesTheLanguageByCulture()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits);

        e.TextIn(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")).Should().Be(e.ChineseText);
        e.TextIn(System.Globalization.CultureInfo.GetCultureInfo("zh-TW")).Should().Be(e.ChineseText);
        e.TextIn(System.Globalization.CultureInfo.GetCultureInfo("en-US")).Should().Be(e.EnglishText);
        e.TextIn(System.Globalization.CultureInfo.InvariantCulture).Should().Be(e.EnglishText);
        FluentActions.Invoking(() => e.TextIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
    }

    [Fact]
    public void Explain_UnitNotInRoster_Throws()
    {
        Action act = () => s_assessment.Explain(new UnitId("U-9"), RuleIds.DutyMainLeaderVisits);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Explain_RuleThatIsNotAnEvaluatedDuty_ThrowsNamingTheRuleAndTheEdition()
    {
        Action act = () => s_assessment.Explain(new UnitId(U1), RuleIds.DutyCadreFullTime);
        act.Should().Throw<ArgumentException>().WithParameterName("rule")
            .Which.Message.Should().Contain(RuleIds.DutyCadreFullTime.Value).And.Contain(s_assessment.Edition.Id);
    }
}
