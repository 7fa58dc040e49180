using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Ardalis.SmartEnum;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Tests;

public sealed partial class BilingualEnumerationTests
{
    [Theory]
    [InlineData("ProvincialDepartment", "provincial-department")]
    [InlineData("StateOwnedEnterprise", "state-owned-enterprise")]
    [InlineData("Yi", "yi")]
    [InlineData("Met", "met")]
    public void ContractIds_FromPascalCase_IsKebabCase(string pascal, string kebab) =>
        ContractIds.FromPascalCase(pascal).Should().Be(kebab);

    [Fact]
    public void ContractId_IsTheKebabCaseOfTheName()
    {
        UnitKind.StateOwnedEnterprise.ContractId.Should().Be("state-owned-enterprise");
        LeaderPost.MainLeader.ContractId.Should().Be("main-leader");
        CadreGrade.BasicallyCompetent.ContractId.Should().Be("basically-competent");
        Region.Yi.ContractId.Should().Be("yi");
    }

    [Fact]
    public void ContractId_OfTheCaseFormat2Enumerations_IsTheContractsId()
    {
        LocalCadreLevel.List.OrderBy(l => l.Value).Select(l => l.ContractId).Should().Equal("city", "county", "township");
        CadreReviewKind.List.OrderBy(k => k.Value).Select(k => k.ContractId).Should().Equal("routine", "end-of-term");
        CommitteeActivityKind.List.Select(k => k.ContractId).Should().Equal("demonstration-training");
        CadreReviewKind.FromChineseName("期满考核").Should().BeSameAs(CadreReviewKind.EndOfTerm);
    }

    [Fact]
    public void FromContractId_AndFromChineseName_FindTheValue()
    {
        UnitKind.FromContractId("financial-institution").Should().BeSameAs(UnitKind.FinancialInstitution);
        LeaderPost.FromChineseName("分管负责同志").Should().BeSameAs(LeaderPost.DeputyLeader);
        CadrePost.TryFromContractId("team-leader", out CadrePost? post).Should().BeTrue();
        post.Should().BeSameAs(CadrePost.TeamLeader);
        UnitKind.TryFromChineseName("高校", out UnitKind? kind).Should().BeTrue();
        kind.Should().BeSameAs(UnitKind.University);
    }

    [Theory]
    [InlineData("FinancialInstitution")]
    [InlineData("Financial-institution")]
    [InlineData("financial-institution ")]
    [InlineData("bank")]
    [InlineData("")]
    public void FromContractId_OtherText_IsNotFound(string text)
    {
        UnitKind.TryFromContractId(text, out UnitKind? kind).Should().BeFalse();
        kind.Should().BeNull();
        FluentActions.Invoking(() => UnitKind.FromContractId(text)).Should().Throw<SmartEnumNotFoundException>()
            .Where(e => e.Message.Contains(nameof(UnitKind), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hospital")]
    [InlineData("hospital")]
    [InlineData("主要负责同志")] // a LeaderPost, not a UnitKind
    [InlineData("医院 ")]
    [InlineData("")]
    public void FromChineseName_OtherText_IsNotFound(string text)
    {
        UnitKind.TryFromChineseName(text, out UnitKind? kind).Should().BeFalse();
        kind.Should().BeNull();
        FluentActions.Invoking(() => UnitKind.FromChineseName(text)).Should().Throw<SmartEnumNotFoundException>()
            .Where(e => e.Message.Contains(nameof(UnitKind), StringComparison.Ordinal));
    }

    [Fact]
    public void Null_IsNotFound_OrRefused()
    {
        UnitKind.TryFromContractId(null, out _).Should().BeFalse();
        UnitKind.TryFromChineseName(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => UnitKind.FromContractId(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => UnitKind.FromChineseName(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Enumerations_AreEveryBilingualEnumerationOfTheCore() =>
        EnumerationTypes().Select(t => t.Name).Should().BeEquivalentTo(
            "ActivityKind", "ActivityVerdict", "CadreGrade", "CadreWorkPart", "CadrePost", "CadreReviewKind", "CommitteeActivityKind",
            "CountingScope", "DutyHolder", "DutyPeriodKind", "DutyStatus", "FocusTopic", "LeaderPost", "LocalCadreLevel", "MechanismPart",
            "OutcomeMeasure", "OutcomeUnit", "PairingRole", "Region", "ScoreGrade", "SupervisingAuthority", "UnitKind");

    [Theory]
    [MemberData(nameof(EveryValueOfEveryEnumeration))]
    public void EveryValue_IsFoundByItsContractIdAndByItsChineseName(Type type, string name)
    {
        object value = Values(type).Single(v => NameOf(v) == name);
        Type enumeration = typeof(BilingualEnumeration<>).MakeGenericType(type);
        string contractId = (string)enumeration.GetProperty("ContractId")!.GetValue(value)!;
        string chineseName = (string)enumeration.GetProperty("ChineseName")!.GetValue(value)!;

        contractId.Should().Be(ContractIds.FromPascalCase(name));
        Call(enumeration, "FromContractId", contractId).Should().BeSameAs(value);
        Call(enumeration, "FromChineseName", chineseName).Should().BeSameAs(value);
        TryCall(enumeration, "TryFromContractId", contractId).Should().BeSameAs(value);
        TryCall(enumeration, "TryFromChineseName", chineseName).Should().BeSameAs(value);
    }

    [Theory]
    [MemberData(nameof(EveryEnumeration))]
    public void ContractIdsAndChineseNames_AreDistinctWithinAnEnumeration(Type type)
    {
        Type enumeration = typeof(BilingualEnumeration<>).MakeGenericType(type);
        object[] values = Values(type);
        values.Select(v => enumeration.GetProperty("ContractId")!.GetValue(v)).Should().OnlyHaveUniqueItems();
        values.Select(v => enumeration.GetProperty("ChineseName")!.GetValue(v)).Should().OnlyHaveUniqueItems();
    }

    public static TheoryData<Type> EveryEnumeration() => new(EnumerationTypes());

    public static TheoryData<Type, string> EveryValueOfEveryEnumeration()
    {
        var data = new TheoryData<Type, string>();
        foreach (Type type in EnumerationTypes())
        {
            foreach (object value in Values(type))
            {
                data.Add(type, NameOf(value));
            }
        }
        return data;
    }

    private static Type[] EnumerationTypes() =>
        typeof(BilingualEnumeration<>).Assembly.GetExportedTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(BilingualEnumeration<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

    private static object[] Values(Type type) =>
        ((IEnumerable)type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!
            .GetValue(null)!).Cast<object>().ToArray();

    private static string NameOf(object value) => (string)value.GetType().GetProperty("Name")!.GetValue(value)!;

    private static object? Call(Type enumeration, string method, string argument) =>
        enumeration.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [argument]);

    private static object? TryCall(Type enumeration, string method, string argument)
    {
        object?[] arguments = [argument, null];
        bool found = (bool)enumeration.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
        found.Should().BeTrue();
        return arguments[1];
    }
}
