using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Exits;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.ExitCases;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Every exit rule changes the assessment when the edition switches it off, and only its own part (as
/// <see cref="Version2RuleSensitivityTests"/> checks for the other rules pairing-case/2 feeds).
/// </summary>
public class ExitRuleSensitivityTests
{
    // V1 claims its 2019 exit on a record without a clinic; C1 claims its delisting with no record; H-1 is below the line.
    private static readonly TestRoster s_roster = new TestRoster().Unit(U1).Main(U1, M1)
        .County(C1, plannedDelistingYear: 2019, delistedYear: 2019).Village(V1, plannedExitYear: 2019, exitedYear: 2019).Pairing(C1, U1);

    private static readonly Action<ExitIndicatorBookBuilder> s_records = b => b
        .AddHousehold(Household(income: 3000m)).AddVillage(Village(clinic: false));

    private static string[] Parts(AnnualAssessment a) =>
    [
        .. a.Exits.Households.Select(r => $"household {r.Subject} {string.Join("/", r.Failed)}"),
        .. a.Exits.Villages.Select(r => $"village {r.Subject} {string.Join("/", r.Failed)}"),
        .. a.Exits.Counties.Select(r => $"county {r.Subject} {string.Join("/", r.Failed)}"),
        .. a.Findings.Select(f => $"{f.Rule} {f.Subject}"),
    ];

    [Fact]
    public void Assess_AllOn_EveryExitRuleFires() =>
        Parts(s_roster.AssessWithExits(s_records)).Should().BeEquivalentTo(
            "household H-1 income", $"village {V1} clinic", $"EXIT-CLAIM-UNSUPPORTED {V1}", $"EXIT-CLAIM-UNSUPPORTED {C1}");

    [Theory]
    [InlineData("EXIT-HOUSEHOLD", "household H-1 income")]
    // With the village standard off, V1's record is not judged, so its claim is no longer unsupported.
    [InlineData("EXIT-VILLAGE", "village 513428100001 clinic", "EXIT-CLAIM-UNSUPPORTED 513428100001")]
    [InlineData("EXIT-CLAIM-UNSUPPORTED", "EXIT-CLAIM-UNSUPPORTED 513428100001", "EXIT-CLAIM-UNSUPPORTED 513428")]
    public void Assess_RuleSwitchedOff_RemovesExactlyWhatItProduced(string id, params string[] produced)
    {
        string[] all = Parts(s_roster.AssessWithExits(s_records));
        string[] off = Parts(s_roster.AssessWithExits(s_records, PolicyEditions.Sichuan2019.WithRuleEnabled(new RuleId(id), false)));

        off.Should().BeEquivalentTo(all.Except(produced));
        all.Should().Contain(produced);
    }

    [Fact]
    public void Assess_CountyStandardSwitchedOff_JudgesNoCountyRecord()
    {
        Action<ExitIndicatorBookBuilder> records = b => b.AddCounty(County(approval: 0.5m));
        Parts(s_roster.AssessWithExits(records)).Should().Contain([$"county {C1} approval-rate", $"EXIT-CLAIM-UNSUPPORTED {C1}"]);
        Parts(s_roster.AssessWithExits(records, PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ExitCounty, false)))
            .Should().NotContain(p => p.StartsWith("county", StringComparison.Ordinal) || p.EndsWith(C1, StringComparison.Ordinal));
    }
}
