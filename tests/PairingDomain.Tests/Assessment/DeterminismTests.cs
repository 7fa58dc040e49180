using System.Linq;
using System;
using System.Globalization;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Tests.Support;
using PairingDomain.Units;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// "The same inputs always give equal results", and AssessmentOptions(Parallel: true) "never change its result".
/// </summary>
public class DeterminismTests
{
    [Fact]
    public void Assess_SameRecordsTwice_GiveEqualResults()
    {
        WorkedExample.Case().Assess().Snapshot().Should().Be(WorkedExample.Case().Assess().Snapshot());
        WorkedExample.Case().Assess("2019-08-15").Snapshot().Should().Be(WorkedExample.Case().Assess("2019-08-15").Snapshot());
    }

    [Fact]
    public void Assess_Parallel_GivesTheSameResultAsSequential_OnTheWorkedExample()
    {
        TestRoster records = WorkedExample.Case();
        records.Assess(options: new AssessmentOptions(Parallel: true)).Snapshot()
            .Should().Be(records.Assess(options: AssessmentOptions.Default).Snapshot());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2019-07-20")]
    public void Assess_Parallel_GivesTheSameResultAsSequential_OnAGeneratedRoster(string? asOf)
    {
        TestRoster records = Generated(units: 40, counties: 24, activities: 30_000);
        string sequential = records.Assess(asOf, options: new AssessmentOptions(Parallel: false)).Snapshot();
        string parallel = records.Assess(asOf, options: new AssessmentOptions(Parallel: true)).Snapshot();
        parallel.Should().Be(sequential);
        sequential.Should().Contain("ACTIVITY-OUTSIDE-PAIRING").And.Contain("Short").And.Contain("Met");
    }

    /// <summary>
    /// A roster built by loop: units with main leaders replaced mid-year and deputies, counties with leads handed over on
    /// assorted days and participants, villages, cadres with grades, and activities of every kind spread over 2018–2020.
    /// </summary>
    internal static TestRoster Generated(int units, int counties, int activities)
    {
        var r = new TestRoster();
        var random = new Random(20190306);
        ActivityKind[] kinds = [.. ActivityKind.List.Where(k => !k.RequiresVillage)]; // the generated roster has no villages
        string U(int i) => "U-" + i.ToString(CultureInfo.InvariantCulture);
        string C(int i) => (513400 + i).ToString(CultureInfo.InvariantCulture);
        string V(int i) => C(i) + "100001";
        for (int u = 0; u < units; u++)
        {
            r.Unit(U(u), u % 7 == 0 ? FourInOneMechanism.None : null)
                .Main(U(u), $"M-{u}", "2016-01-01", "2019-06-30").Main(U(u), $"N-{u}", "2019-07-01")
                .Deputy(U(u), $"D-{u}").Other(U(u), $"O-{u}");
        }
        for (int c = 0; c < counties; c++)
        {
            r.County(C(c), 2019 + (c % 2), c % 4 == 0 ? 2019 : null).Village(V(c), 2019, c % 3 == 0 ? null : 2019);
            string handover = new NodaTime.LocalDate(2019, 1, 1).PlusDays(random.Next(365)).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            string dayBefore = TestRoster.D(handover).PlusDays(-1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            int lead = c % units, next = (c + 5) % units;
            if (dayBefore.StartsWith("2018", StringComparison.Ordinal))
            {
                r.Pairing(C(c), U(lead), "2018-01-01", null, U((c + 1) % units), U((c + 2) % units));
            }
            else
            {
                r.Pairing(C(c), U(lead), "2018-01-01", dayBefore, U((c + 1) % units), U((c + 2) % units))
                 .Pairing(C(c), U(next), handover, null, U((c + 3) % units));
            }
            r.Cadre($"K-{c}", U(lead), V(c)).Grade($"K-{c}", c % 5 == 0 ? CadreGrade.Incompetent : c % 5 == 1 ? CadreGrade.Excellent : CadreGrade.Competent);
        }
        var start = new NodaTime.LocalDate(2018, 12, 1);
        for (int a = 0; a < activities; a++)
        {
            int u = random.Next(units);
            ActivityKind kind = kinds[random.Next(kinds.Length)];
            string on = start.PlusDays(random.Next(400)).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            string? by = kind.RequiresLeader || random.Next(2) == 0
                ? (random.Next(4) switch { 0 => "M-", 1 => "N-", 2 => "D-", _ => "O-" }) + u.ToString(CultureInfo.InvariantCulture)
                : null;
            string? county = kind.RequiresCounty || random.Next(3) == 0 ? C(random.Next(counties)) : null;
            r.Activity("A-" + a.ToString(CultureInfo.InvariantCulture), kind, U(u), on, county, by);
        }
        return r;
    }
}
