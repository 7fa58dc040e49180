using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-COMMITTEE-TRAINING, §III.6 (domain.md §4: "demonstration training for stationed cadres (驻村干部示范培训) — 5 in
/// 2019"): the Work Committee's trainings dated in the window, a yearly duty, always reported (case-format-2.md §2).
/// </summary>
public class CommitteeTrainingTests
{
    private static Action<CadreWorkBookBuilder> Trainings(params string[] dates) => w =>
    {
        for (int i = 0; i < dates.Length; i++)
        {
            w.AddCommitteeActivity(new CommitteeActivity(new ActivityId($"T-{i + 1}"), CommitteeActivityKind.DemonstrationTraining,
                ActivityTime.On(D(dates[i])), 40));
        }
    };

    private static CommitteeDutyResult Duty(AnnualAssessment a) => a.CommitteeDuties.Single();

    [Fact]
    public void FiveTrainingsIn2019_AreMet()
    {
        CommitteeDutyResult duty = Duty(Standard().AssessWith(Trainings("2019-01-01", "2019-03-15", "2019-05-20", "2019-09-09", "2019-12-31")));
        (duty.Rule, duty.Required, duty.Recorded, duty.Status).Should().Be((RuleIds.DutyCommitteeTraining, 5, 5, DutyStatus.Met));
        duty.Source.Should().Be("SC-2019-4 §III.6");
        duty.ShortPeriods.Should().BeEmpty();
        duty.Evidence.Select(e => e.Value).Should().Equal("T-1", "T-2", "T-3", "T-4", "T-5");
    }

    [Fact]
    public void FourTrainings_AreShortForTheYear()
    {
        CommitteeDutyResult duty = Duty(Standard().AssessWith(Trainings("2018-12-31", "2019-03-15", "2019-05-20", "2019-09-09", "2019-12-31")));
        (duty.Recorded, duty.Status).Should().Be((4, DutyStatus.Short));
        duty.ShortPeriods.Should().ContainSingle();
    }

    [Fact]
    public void NoTrainings_IsStillReported() =>
        (Duty(Standard().AssessWith(_ => { })).Recorded, Duty(Standard().AssessWith(_ => { })).Status).Should().Be((0, DutyStatus.Short));

    [Fact]
    public void MidYear_IsPendingAndCountsOnlyTheWindow()
    {
        CommitteeDutyResult duty = Duty(Standard().AssessWith(Trainings("2019-03-15", "2019-05-20", "2019-09-09"), asOf: "2019-06-30"));
        (duty.Recorded, duty.Status, duty.ShortPeriods.Length).Should().Be((2, DutyStatus.Pending, 0));
    }

    [Fact]
    public void MinimumChanged_IsHeldAgainstTheNewFigure()
    {
        PolicyEdition six = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetMinimum(RuleIds.DutyCommitteeTraining, 6).Build().GetValueOrThrow();
        CommitteeDutyResult duty = Duty(Standard().AssessWith(Trainings("2019-01-01", "2019-03-15", "2019-05-20", "2019-09-09", "2019-12-31"), edition: six));
        (duty.Required, duty.Status).Should().Be((6, DutyStatus.Short));
    }

    [Fact]
    public void SwitchedOffOrVersion1Case_HasNoCommitteeDuty()
    {
        Standard().AssessWith(_ => { }, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.DutyCommitteeTraining, false))
            .CommitteeDuties.Should().BeEmpty();
        Standard().Assess().CommitteeDuties.Should().BeEmpty();
        PolicyEditions.Sichuan2019.Duties.Should().NotContain(d => d.Id == RuleIds.DutyCommitteeTraining);
    }
}
