using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Units;

namespace PairingDomain.Json.Tests;

public sealed class SmartEnumKebabCaseConverterTests
{
    private static readonly JsonSerializerOptions s_options = new() { Converters = { new SmartEnumKebabCaseConverterFactory() } };

    [Fact]
    public void Serialize_SmartEnums_WritesKebabCaseNames()
    {
        JsonSerializer.Serialize(LeaderPost.MainLeader, s_options).Should().Be("\"main-leader\"");
        JsonSerializer.Serialize(CadreGrade.BasicallyCompetent, s_options).Should().Be("\"basically-competent\"");
        JsonSerializer.Serialize(MechanismPart.UndertakingOffice, s_options).Should().Be("\"undertaking-office\"");
        JsonSerializer.Serialize(DutyStatus.Pending, s_options).Should().Be("\"pending\"");
    }

    [Fact]
    public void Deserialize_KebabCaseName_GivesTheValue()
    {
        JsonSerializer.Deserialize<UnitKind>("\"financial-institution\"", s_options).Should().BeSameAs(UnitKind.FinancialInstitution);
        JsonSerializer.Deserialize<CadreGrade>("\"incompetent\"", s_options).Should().BeSameAs(CadreGrade.Incompetent);
    }

    [Theory]
    [InlineData("\"FinancialInstitution\"")]
    [InlineData("\"bank\"")]
    [InlineData("5")]
    public void Deserialize_OtherValue_Throws(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<UnitKind>(json, s_options)).Should().Throw<JsonException>();

    [Fact]
    public void CanConvert_OnlySmartEnums()
    {
        var factory = new SmartEnumKebabCaseConverterFactory();

        factory.CanConvert(typeof(UnitKind)).Should().BeTrue();
        factory.CanConvert(typeof(string)).Should().BeFalse();
        factory.CanConvert(typeof(PairingCase)).Should().BeFalse();
    }

    [Fact]
    public void Names_EveryValueOfEveryContractEnum_RoundTrips()
    {
        foreach (UnitKind kind in UnitKind.List)
        {
            SmartEnumKebabNames<UnitKind>.TryParse(SmartEnumKebabNames<UnitKind>.NameOf(kind), out UnitKind? back).Should().BeTrue();
            back.Should().BeSameAs(kind);
        }
        SmartEnumKebabNames<Places.Region>.Names.Should().Equal("tibetan", "yi", "other");
        SmartEnumKebabNames<Cadres.CadrePost>.Names.Should().Equal("first-secretary", "team-leader", "team-member");
        SmartEnumKebabNames<Activities.ActivityKind>.Names.Should().Equal("supervision-visit", "leadership-meeting",
            "office-meeting", "joint-meeting", "annual-plan", "study-tour", "night-school", "party-lecture", "branch-guidance");
    }

    [Theory]
    [MemberData(nameof(EveryValueOfEveryEnumeration))]
    public void Converter_EveryValueOfEveryEnumeration_WritesAndReadsItsContractId(Type type, string name)
    {
        object value = type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!
            .GetValue(null) is System.Collections.IEnumerable list
            ? list.Cast<object>().Single(v => v.ToString() == name)
            : throw new InvalidOperationException(type.Name);
        string contractId = (string)type.GetProperty("ContractId")!.GetValue(value)!;

        string json = JsonSerializer.Serialize(value, type, s_options);

        json.Should().Be($"\"{contractId}\"");
        JsonSerializer.Deserialize(json, type, s_options).Should().BeSameAs(value);
    }

    public static TheoryData<Type, string> EveryValueOfEveryEnumeration()
    {
        var data = new TheoryData<Type, string>();
        foreach (Type type in typeof(BilingualEnumeration<>).Assembly.GetExportedTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(BilingualEnumeration<>))
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var list = (System.Collections.IEnumerable)type
                .GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!;
            foreach (object value in list)
            {
                data.Add(type, value.ToString()!);
            }
        }
        return data;
    }
}

public sealed class PairingJsonSerializerOptionsTests
{
    private sealed record Sample(NodaTime.LocalDate On, NodaTime.Instant At, LeaderPost Role, string Name);

    [Fact]
    public void Create_SerializesDomainValuesInTheContractsForms()
    {
        var sample = new Sample(new NodaTime.LocalDate(2019, 4, 12), NodaTime.Instant.FromUtc(2019, 9, 30, 18, 0), LeaderPost.DeputyLeader, "示例");

        string json = JsonSerializer.Serialize(sample, PairingJsonSerializerOptions.Create());

        json.Should().Be("{\"on\":\"2019-04-12\",\"at\":\"2019-09-30T18:00:00Z\",\"role\":\"deputy-leader\",\"name\":\"示例\"}");
        JsonSerializer.Deserialize<Sample>(json, PairingJsonSerializerOptions.Create()).Should().Be(sample);
    }
}
