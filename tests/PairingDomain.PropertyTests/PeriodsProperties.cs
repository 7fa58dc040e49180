using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>
/// <see cref="DutyResult.Periods"/> (case-format-2.md §3 <c>periods</c>, issue 13) agrees with the duty's own figures on
/// the synthetic province at several as-of dates and on generated provinces: the entries' required counts sum to
/// <see cref="DutyResult.Required"/>; each entry's recorded count is the duty's evidence dated in its period (and county);
/// the short entries are exactly the short periods and the statuses add up to the duty's status.
/// </summary>
public sealed class PeriodsProperties
{
    /// <summary>sichuan-2019 with the deputy's quarterly visits counted per county assisted, so that a quarterly per-county duty is checked too.</summary>
    private static readonly PolicyEdition s_quarterlyPerCounty = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
        .WithIdentity("sichuan-2019-per-county-visits", 2019)
        .SetScope(RuleIds.DutyDeputyVisits, CountingScope.PerCountyAssisted)
        .Build().GetValueOrThrow();

    [Theory]
    [InlineData("2019-02-14")]
    [InlineData("2019-03-31")]
    [InlineData("2019-08-15")]
    [InlineData("2019-12-31")]
    public void Periods_SyntheticProvince_AgreeWithTheDutysFigures(string asOf)
    {
        LocalDate date = LocalDatePattern.Iso.Parse(asOf).GetValueOrThrow();
        PairingCase c = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = date });
        int checkedEntries = Check(c.Assess(), c.Ledger);
        checkedEntries.Should().BePositive();
        Check(AnnualAssessor.Assess(s_quarterlyPerCounty, c.Ledger, c.Grades, c.Year, date), c.Ledger);
    }

    [Fact]
    public void Periods_GeneratedProvinces_AgreeWithTheDutysFigures()
    {
        CaseGen.Case.Sample(c =>
        {
            Check(c.Assess(), c.Ledger);
            Check(AnnualAssessor.Assess(s_quarterlyPerCounty, c.Ledger, c.Grades, c.Year, c.AsOf), c.Ledger);
        }, iter: CaseGen.Iterations);
    }

    /// <summary>Checks every duty of every unit; returns how many entries were checked.</summary>
    private static int Check(AnnualAssessment assessment, ActivityLedger ledger)
    {
        var byId = new Dictionary<ActivityId, Activity>();
        foreach (Activity a in ledger)
        {
            byId[a.Id] = a;
        }
        bool eachCounty = assessment.Edition.Adopts(InterpretationIds.PerCountyMinimumEach);
        int entries = 0;
        foreach (UnitAssessment unit in assessment.Units)
        {
            foreach (DutyResult duty in unit.Duties)
            {
                var rule = (DutyRule)assessment.Edition.GetRule(duty.Rule);
                string because = $"{unit.Unit} {duty.Rule} as of {LocalDatePattern.Iso.Format(assessment.AsOf)}";
                IReadOnlyList<DutyPeriodResult> periods = duty.Periods;
                entries += periods.Count;

                periods.Sum(p => p.Required).Should().Be(duty.Required, because);
                bool perUnit = rule.Scope == CountingScope.PerUnit;
                periods.Should().OnlyContain(p => p.County.HasValue != perUnit, because);
                periods.Should().OnlyContain(p => p.Period.IsYear == (rule.Period == DutyPeriodKind.Year), because);
                if (rule.Period == DutyPeriodKind.Year)
                {
                    periods.Should().NotBeEmpty(because);
                    periods.Sum(p => p.Recorded).Should().Be(duty.Recorded, because);
                }
                else
                {
                    periods.Sum(p => p.Recorded).Should().BeLessThanOrEqualTo(duty.Recorded, because);
                }
                for (int i = 1; i < periods.Count; i++)
                {
                    DutyPeriodResult a = periods[i - 1], b = periods[i];
                    (a.Period < b.Period || (a.Period == b.Period
                        && string.CompareOrdinal(a.County!.Value.Value, b.County!.Value.Value) < 0)).Should().BeTrue(because);
                }

                Activity[] evidence = [.. duty.Evidence.Select(id => byId[id])];
                foreach (DutyPeriodResult p in periods)
                {
                    int inEntry = evidence.Count(a => p.Period.Contains(a.Time.Date)
                        && (p.County is null || CountyOf(a) == p.County));
                    p.Recorded.Should().Be(inEntry, $"{because} {p}");
                    DutyStatus expected = p.Period.End > assessment.AsOf ? DutyStatus.Pending
                        : p.Recorded < p.Required ? DutyStatus.Short : DutyStatus.Met;
                    p.Status.Should().Be(expected, $"{because} {p}");
                }

                if (rule.Scope == CountingScope.PerUnit || rule.Period == DutyPeriodKind.Quarter || eachCounty)
                {
                    duty.ShortPeriods.Should().Equal(periods.Where(p => p.Status == DutyStatus.Short).Select(p => p.Period).Distinct(), because);
                    DutyStatus status = periods.Any(p => p.Status == DutyStatus.Short) ? DutyStatus.Short
                        : periods.Any(p => p.Status == DutyStatus.Pending) ? DutyStatus.Pending : DutyStatus.Met;
                    duty.Status.Should().Be(status, because);
                }
            }
        }
        return entries;
    }

    private static DivisionCode? CountyOf(Activity a) => a.County ?? a.Village?.County;
}
