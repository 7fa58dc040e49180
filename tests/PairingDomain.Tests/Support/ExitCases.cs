using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Exits;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;

namespace PairingDomain.Tests.Support;

/// <summary>Indicator records and pairing-case/2 assessments with them, for the exit standards' tests.</summary>
internal static class ExitCases
{
    public static HouseholdIndicators Household(string id = "H-1", string village = TestRoster.V1, int year = 2019, decimal income = 4000m,
        bool food = true, bool education = true, bool medical = true, bool housing = true, bool water = true, bool electricity = true,
        bool broadcast = true) =>
        new(id, VillageCode.Parse(village), year, income, food, education, medical, housing, water, electricity, broadcast);

    public static VillageIndicators Village(string village = TestRoster.V1, int year = 2019, decimal incidence = 0.02m, decimal income = 50000m,
        bool road = true, bool clinic = true, bool culture = true, bool network = true) =>
        new(VillageCode.Parse(village), year, incidence, income, road, clinic, culture, network);

    public static CountyIndicators County(string county = TestRoster.C1, int year = 2019, decimal incidence = 0.02m, int townships = 10,
        int school = 10, int health = 10, int service = 10, decimal wrongful = 0.01m, decimal missed = 0.01m, decimal approval = 0.95m) =>
        new(DivisionCode.Parse(county), year, incidence, townships, school, health, service, wrongful, missed, approval);

    /// <summary>Assesses as a pairing-case/2 case with no cadres' work beyond the roster and the records <paramref name="exits"/> adds.</summary>
    public static AnnualAssessment AssessWithExits(this TestRoster roster, Action<ExitIndicatorBookBuilder> exits, PolicyEdition? edition = null,
        string? asOf = null, int year = 2019)
    {
        edition ??= PolicyEditions.Sichuan2019;
        Roster built = roster.BuildRoster();
        ActivityLedger ledger = roster.BuildLedger(built);
        var builder = new ExitIndicatorBookBuilder(built, edition);
        exits(builder);
        var pairingCase = new PairingCase(edition, year, asOf is null ? null : TestRoster.D(asOf), ledger,
            roster.BuildGrades(built, edition.GradeScale), CadreWorkBook.Empty(built)).WithExitIndicators(builder.Build().GetValueOrThrow());
        return pairingCase.Assess();
    }

    /// <summary><paramref name="edition"/> with parameter <paramref name="name"/> of <paramref name="rule"/> set to <paramref name="value"/> (null removes it).</summary>
    public static PolicyEdition WithParameter(this PolicyEdition edition, RuleId rule, string name, string? value)
    {
        PolicyRule old = edition.GetRule(rule);
        RuleParameter[] parameters = [.. old.Parameters.Where(p => p.Name != name)];
        if (value is not null)
        {
            parameters = [.. parameters, new RuleParameter(name, value)];
        }
        PolicyRule changed = PolicyRule.Create(old.Id, old.ChineseText, old.EnglishText, old.Source, old.IsEvaluated, old.IsEnabled, parameters);
        return PolicyEditionBuilder.From(edition).WithIdentity(edition.Id + "-variant", edition.Year).RemoveRule(rule).AddRule(changed)
            .Build().GetValueOrThrow();
    }
}
