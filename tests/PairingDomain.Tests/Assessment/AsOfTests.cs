using System;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// case-format.md: "Before the year ends, a period not yet over is pending, never short"; activities after asOf are
/// ignored entirely; bundles become at-risk findings.
/// </summary>
public class AsOfTests
{
    [Fact]
    public void Assess_MidYearWithNothingRecorded_YearlyDutiesArePendingNeverShort()
    {
        var a = Standard().Assess("2019-06-15");
        foreach (DutyResult d in a.Unit(U1).Duties)
        {
            if (d.Rule != RuleIds.DutyDeputyVisits)
            {
                d.Status.Should().Be(DutyStatus.Pending, d.Rule.Value);
                d.ShortPeriods.Should().BeEmpty();
            }
        }
        a.IsFullYear.Should().BeFalse();
    }

    [Fact]
    public void Assess_MidYearYearlyMinimumAlreadyReached_IsStillPending()
    {
        var a = Standard().Visit("A-1", U1, M1, "2019-02-01").Visit("A-2", U1, M1, "2019-03-01").Assess("2019-06-15");
        DutyResult d = a.Duty(U1, RuleIds.DutyMainLeaderVisits);
        (d.Recorded, d.Status).Should().Be((2, DutyStatus.Pending));
    }

    [Fact]
    public void Assess_AsOfLastDayOfQ2_EndedQuarterShortIsShort()
    {
        var a = Standard().Visit("A-1", U1, D1, "2019-02-01").Assess("2019-06-30");
        DutyResult d = a.Duty(U1, RuleIds.DutyDeputyVisits);
        d.Status.Should().Be(DutyStatus.Short);
        d.ShortPeriodTexts().Should().Equal("2019-Q2");
    }

    [Fact]
    public void Assess_AsOfDayBeforeQuarterEnds_QuarterIsPending()
    {
        var a = Standard().Visit("A-1", U1, D1, "2019-02-01").Assess("2019-06-29");
        DutyResult d = a.Duty(U1, RuleIds.DutyDeputyVisits);
        d.Status.Should().Be(DutyStatus.Pending);
        d.ShortPeriods.Should().BeEmpty();
        d.Required.Should().Be(4);
    }

    [Fact]
    public void Assess_ActivitiesAfterAsOf_AreNotCountedAndRaiseNoFinding()
    {
        var a = Standard().County(C2).Unit(U2).Pairing(C2, U2)
            .Visit("A-1", U1, M1, "2019-03-01").Visit("A-2", U1, M1, "2019-07-01")
            .Visit("A-3", U1, M1, "2019-07-02", C2)
            .Assess("2019-06-30");
        a.Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded.Should().Be(1);
        a.Findings.Should().NotContain(f => f.Rule == RuleIds.ActivityOutsidePairing);
        a.Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits).Judgements[1].Verdict.Should().Be(ActivityVerdict.AfterAsOf);
    }

    [Fact]
    public void Assess_ExplicitLastDay_IsAFullYearAssessment()
    {
        var a = Standard().Assess("2019-12-31");
        a.IsFullYear.Should().BeTrue();
        a.AsOf.Should().Be(D("2019-12-31"));
        a.Snapshot().Should().Be(Standard().Assess().Snapshot());
    }

    [Fact]
    public void Assess_AsOfOutsideTheYear_Throws()
    {
        Action act = () => Standard().Assess("2020-01-01");
        act.Should().Throw<ArgumentException>();
    }
}
