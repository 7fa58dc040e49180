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
/// The exit standards of domain.md §8 (《四川省贫困县贫困村贫困户退出实施方案》, 2016) as case-format-2.md §2 states them:
/// EXIT-HOUSEHOLD "一超六有" (income above the national line of the year, 2019: 3,218 yuan), EXIT-VILLAGE "一低五有"
/// (incidence below 3%, collective income above 0, Interpretation COLLECTIVE-INCOME-POSITIVE), EXIT-COUNTY "一低三有"
/// (below 3%, every township with its three facilities; wrongful exits and missed registrations below 2%, approval above
/// 90%), each figure a parameter of sichuan-2019.
/// </summary>
public class ExitStandardsTests
{
    private static ExitStandardResult OneHousehold(HouseholdIndicators h, PolicyEdition? edition = null) =>
        Standard().AssessWithExits(b => b.AddHousehold(h), edition).Exits.Households.Single();

    private static ExitStandardResult OneVillage(VillageIndicators v, PolicyEdition? edition = null) =>
        Standard().AssessWithExits(b => b.AddVillage(v), edition).Exits.Villages.Single();

    private static ExitStandardResult OneCounty(CountyIndicators c, PolicyEdition? edition = null) =>
        Standard().AssessWithExits(b => b.AddCounty(c), edition).Exits.Counties.Single();

    [Fact]
    public void Household_AboveThe2019LineWithAllSix_IsMet()
    {
        ExitStandardResult result = OneHousehold(Household(income: 3218.01m));
        result.Met.Should().BeTrue();
        result.Failed.Should().BeEmpty();
        result.Subject.Should().Be("H-1");
        result.Rule.Should().Be(RuleIds.ExitHousehold);
    }

    [Fact]
    public void Household_AtTheLine_IsNotAbove() =>
        // "人均纯收入稳定超过国家扶贫标准": at 3,218 yuan exactly the income does not exceed the 2019 line.
        OneHousehold(Household(income: 3218m)).Failed.Should().Equal("income");

    [Fact]
    public void Household_EveryCriterionFailed_IsListedInTheContractsOrder() =>
        OneHousehold(Household(income: 1000m, food: false, education: false, medical: false, housing: false, water: false,
                electricity: false, broadcast: false)).Failed
            .Should().Equal("income", "food-and-clothing", "education", "medical", "housing", "water", "electricity", "broadcast");

    [Theory]
    [InlineData("food", "food-and-clothing")]
    [InlineData("education", "education")]
    [InlineData("medical", "medical")]
    [InlineData("housing", "housing")]
    [InlineData("water", "water")]
    [InlineData("electricity", "electricity")]
    [InlineData("broadcast", "broadcast")]
    public void Household_EachOfTheSix_FailsAlone(string which, string criterion) =>
        OneHousehold(Household(food: which != "food", education: which != "education", medical: which != "medical",
            housing: which != "housing", water: which != "water", electricity: which != "electricity", broadcast: which != "broadcast"))
            .Failed.Should().Equal(criterion);

    [Fact]
    public void Household_TheLineIsTheEditionsParameter()
    {
        PolicyEdition raised = PolicyEditions.Sichuan2019.WithParameter(RuleIds.ExitHousehold, "poverty-line-2019", "4000");
        OneHousehold(Household(income: 3500m), raised).Failed.Should().Equal("income");
        OneHousehold(Household(income: 3500m)).Met.Should().BeTrue();
    }

    [Fact]
    public void Household_RecordsOfOtherYears_AreNotJudged() =>
        Standard().AssessWithExits(b => b.AddHousehold(Household(year: 2016)).AddHousehold(Household("H-2"))).Exits.Households
            .Select(h => h.Subject).Should().Equal("H-2");

    [Fact]
    public void Village_AllFive_IsMet() => OneVillage(Village(incidence: 0.0299m, income: 0.01m)).Met.Should().BeTrue();

    [Fact]
    public void Village_IncidenceOfThreePercent_IsNotBelow() =>
        // "贫困发生率原则上低于3%".
        OneVillage(Village(incidence: 0.03m)).Failed.Should().Equal("poverty-incidence");

    [Fact]
    public void Village_NoCollectiveIncome_Fails() =>
        // COLLECTIVE-INCOME-POSITIVE: "有集体经济收入" is an income above 0 yuan.
        OneVillage(Village(income: 0m)).Failed.Should().Equal("collective-income");

    [Fact]
    public void Village_EveryCriterionFailed_IsListedInTheContractsOrder() =>
        OneVillage(Village(incidence: 0.5m, income: 0m, road: false, clinic: false, culture: false, network: false)).Failed
            .Should().Equal("poverty-incidence", "collective-income", "hardened-road", "clinic", "culture-room", "network");

    [Fact]
    public void Village_ThresholdsAreTheEditionsParameters()
    {
        PolicyEdition central = PolicyEditions.Sichuan2019.WithParameter(RuleIds.ExitVillage, "incidence-below-percent", "2")
            .WithParameter(RuleIds.ExitVillage, "collective-income-above-yuan", "50000");
        OneVillage(Village(incidence: 0.025m, income: 50000m), central).Failed.Should().Equal("poverty-incidence", "collective-income");
        OneVillage(Village(incidence: 0.025m, income: 50000m)).Met.Should().BeTrue();
    }

    [Fact]
    public void County_AllCriteria_IsMet() =>
        OneCounty(County(incidence: 0.0299m, wrongful: 0.0199m, missed: 0.0199m, approval: 0.9001m)).Met.Should().BeTrue();

    [Fact]
    public void County_AtEveryBoundary_FailsEach() =>
        // below 3%, below 2%, below 2%, above 90%: each boundary value itself fails.
        OneCounty(County(incidence: 0.03m, wrongful: 0.02m, missed: 0.02m, approval: 0.90m)).Failed
            .Should().Equal("poverty-incidence", "wrongful-exit-rate", "missed-registration-rate", "approval-rate");

    [Fact]
    public void County_ATownshipWithoutAFacility_FailsThatFacility() =>
        // "每个乡镇都有标准中心校、合格卫生院、便民服务中心".
        OneCounty(County(townships: 10, school: 9, health: 10, service: 0)).Failed
            .Should().Equal("township-school", "township-service-centre");

    [Fact]
    public void County_HealthCentreMissing_IsNamed() =>
        OneCounty(County(health: 9)).Failed.Should().Equal("township-health-centre");

    [Fact]
    public void County_ThresholdsAreTheEditionsParameters()
    {
        PolicyEdition strict = PolicyEditions.Sichuan2019.WithParameter(RuleIds.ExitCounty, "approval-above-percent", "96")
            .WithParameter(RuleIds.ExitCounty, "wrongful-exit-below-percent", "1");
        OneCounty(County(wrongful: 0.01m, approval: 0.95m), strict).Failed.Should().Equal("wrongful-exit-rate", "approval-rate");
    }

    [Fact]
    public void Results_AreInCaseOrder() =>
        new TestRoster().Unit(U1).Main(U1, M1).County(C1).County(C2).Village(V1).Village(V2).Pairing(C1, U1)
            .AssessWithExits(b => b.AddVillage(Village(V2)).AddVillage(Village(V1, incidence: 0.1m)).AddCounty(County(C2)).AddCounty(County(C1)))
            .Exits.Should().Match<ExitResults>(e => e.Villages.Select(v => v.Subject).SequenceEqual(new[] { V2, V1 })
                && e.Counties.Select(c => c.Subject).SequenceEqual(new[] { C2, C1 }) && !e.Villages[1].Met);

    [Fact]
    public void DisabledStandard_JudgesNothing()
    {
        PolicyEdition off = PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ExitVillage, false);
        Standard().AssessWithExits(b => b.AddVillage(Village()), off).Exits.Villages.Should().BeEmpty();
    }

    [Fact]
    public void Version1Case_HasNoExits() =>
        Standard().Village(V2, exitedYear: 2019).County(C2).Assess().Exits.Should().BeSameAs(ExitResults.None);

    [Theory]
    [InlineData("incidence-below-percent", null)]
    [InlineData("incidence-below-percent", "120")]
    [InlineData("incidence-below-percent", "three")]
    [InlineData("collective-income-above-yuan", null)]
    [InlineData("collective-income-above-yuan", "-1")]
    public void Builder_AnEvaluatedVillageStandardWithoutItsFigure_IsRefused(string name, string? value)
    {
        PolicyRule old = PolicyEditions.Sichuan2019.GetRule(RuleIds.ExitVillage);
        RuleParameter[] parameters = [.. old.Parameters.Where(p => p.Name != name)];
        if (value is not null)
        {
            parameters = [.. parameters, new RuleParameter(name, value)];
        }
        BuildResult<PolicyEdition> result = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).RemoveRule(RuleIds.ExitVillage)
            .AddRule(PolicyRule.Create(old.Id, old.ChineseText, old.EnglishText, old.Source, true, true, parameters)).Build();
        result.Problems.Select(p => p.Path).Should().Equal($"rules[EXIT-VILLAGE].parameters.{name}");
    }

    [Fact]
    public void Builder_AMalformedPovertyLine_IsRefused()
    {
        Action act = () => PolicyEditions.Sichuan2019.WithParameter(RuleIds.ExitHousehold, "poverty-line-2018", "0");
        act.Should().Throw<InvalidOperationException>().WithMessage("*poverty-line-2018*");
    }

    [Fact]
    public void Sichuan2019_HoldsTheCurrentPriceLinesOfDomainSection8()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.ExitHousehold);
        rule.Parameters.Where(p => p.Name.StartsWith("poverty-line-", StringComparison.Ordinal)).Select(p => (p.Name, p.Value)).Should().Equal(
            ("poverty-line-2011", "2536"), ("poverty-line-2012", "2625"), ("poverty-line-2013", "2736"), ("poverty-line-2014", "2800"),
            ("poverty-line-2015", "2855"), ("poverty-line-2016", "2952"), ("poverty-line-2019", "3218"));
        PolicyEditions.Sichuan2019.Adopts(InterpretationIds.CollectiveIncomePositive).Should().BeTrue();
    }
}
