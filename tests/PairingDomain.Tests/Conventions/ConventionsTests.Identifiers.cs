using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Ardalis.SmartEnum;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Tests.Conventions;

/// <summary>
/// A default identifier is invalid (each identifier's remarks say so), and every public constructor or factory that
/// takes one refuses it: called with valid arguments it succeeds, and with the default in any identifier parameter it
/// throws an <see cref="ArgumentException"/> naming that parameter.
/// </summary>
/// <remarks>
/// An identifier is a public struct of the core whose identity is a string <c>Value</c> (<see cref="UnitId"/>,
/// <see cref="DivisionCode"/>, ...), found by reflection so that a new one is covered once it has a sample in
/// <see cref="s_samples"/>. A nullable identifier parameter is given a default identifier that is not null.
/// </remarks>
public sealed partial class ConventionsTests
{
    private static readonly LocalDate s_day = new(2019, 3, 1);

    /// <summary>A valid argument of each type the constructors take (besides enumerations and collections).</summary>
    private static readonly Dictionary<Type, object> s_samples = new()
    {
        [typeof(UnitId)] = new UnitId("U-1"),
        [typeof(LeaderId)] = new LeaderId("L-1"),
        [typeof(CadreId)] = new CadreId("K-1"),
        [typeof(ActivityId)] = new ActivityId("A-1"),
        [typeof(RuleId)] = RuleIds.BundleCadre, // a bundle, so that ExcellenceBlock accepts it too
        [typeof(InterpretationId)] = new InterpretationId("TEST-READING"),
        [typeof(Activity)] = new Activity(new ActivityId("A-1"), ActivityKind.List.OrderBy(k => k.Value).First(), new UnitId("U-1"), null,
            ActivityTime.On(s_day), null, null),
        [typeof(DivisionCode)] = DivisionCode.Parse("513428"),
        [typeof(VillageCode)] = VillageCode.Parse("513428100001"),
        [typeof(string)] = "x",
        [typeof(int)] = 2019,
        [typeof(decimal)] = 0.5m, // a rate of 0 to 1 and an amount of yuan alike
        [typeof(bool)] = true,
        [typeof(LocalDate)] = s_day,
        [typeof(YearMonth)] = new YearMonth(2019, 3),
        [typeof(DateRange)] = DateRange.From(s_day),
        [typeof(ActivityTime)] = ActivityTime.On(s_day),
        [typeof(FourInOneMechanism)] = FourInOneMechanism.None,
    };

    /// <summary>
    /// A valid argument for a parameter whose type's sample would not do, keyed <c>Type(parameter)</c>: an attendance
    /// record's counts are days of one month, and the year sample would exceed it.
    /// </summary>
    private static readonly Dictionary<string, object> s_parameterSamples = new(StringComparer.Ordinal)
    {
        ["AttendanceRecord(daysInVillage)"] = 20,
        ["AttendanceRecord(leaveDays)"] = 2,
    };

    /// <summary>
    /// Members allowed to accept a default identifier, each with the reason. None today: every constructor refuses it.
    /// The test fails when a listed member refuses the default, asking for its line to go.
    /// </summary>
    private static readonly Dictionary<string, string> s_notYetRefusingDefault = new(StringComparer.Ordinal)
    {
    };

    private static bool IsIdentifier(Type t) =>
        t.IsValueType && t.IsVisible && t.Assembly == s_core && t.GetProperty("Value")?.PropertyType == typeof(string);

    private static Type? IdentifierOf(Type t) =>
        IsIdentifier(t) ? t : Nullable.GetUnderlyingType(t) is { } u && IsIdentifier(u) ? u : null;

    /// <summary>Public constructors, and public static methods returning their own type, that take an identifier.</summary>
    private static IEnumerable<MethodBase> TakingAnIdentifier() =>
        PublicTypes()
            .Where(t => !t.IsAbstract && !t.ContainsGenericParameters)
            .SelectMany(t => t.GetConstructors().Cast<MethodBase>()
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.ReturnType == t)))
            .Where(m => m.GetParameters().Any(p => IdentifierOf(p.ParameterType) is not null));

    private static string Name(MethodBase m, ParameterInfo p) => $"{m.DeclaringType!.Name}.{(m.IsConstructor ? "ctor" : m.Name)}({p.Name})";

    private static object? Sample(ParameterInfo p)
    {
        Type t = p.ParameterType;
        if (Nullable.GetUnderlyingType(t) is not null
            || (!t.IsValueType && new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable))
        {
            return null;
        }
        if (s_parameterSamples.TryGetValue($"{p.Member.DeclaringType!.Name}({p.Name})", out object? forParameter))
        {
            return forParameter;
        }
        if (s_samples.TryGetValue(t, out object? sample))
        {
            return sample;
        }
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(t.GetGenericArguments()[0], 0);
        }
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return t.GetField(nameof(ImmutableArray<int>.Empty))!.GetValue(null);
        }
        if (IsSmartEnum(t))
        {
            PropertyInfo list = t.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!;
            return ((IEnumerable)list.GetValue(null)!).Cast<object>().First();
        }
        throw new InvalidOperationException(
            $"No sample argument of type {t} for {p.Member.DeclaringType!.Name}({p.Name}): add one to s_samples.");
    }

    private static bool IsSmartEnum(Type t)
    {
        for (Type? b = t.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                return true;
            }
        }
        return false;
    }

    private static object? Invoke(MethodBase m, object?[] arguments) =>
        m is ConstructorInfo c ? c.Invoke(arguments) : m.Invoke(null, arguments);

    [Fact]
    public void IdentifierTypes_AreFound()
    {
        string[] found = [.. PublicTypes().Where(IsIdentifier).Select(t => t.Name)];

        found.Should().Contain([nameof(UnitId), nameof(LeaderId), nameof(CadreId), nameof(ActivityId), nameof(RuleId),
            nameof(DivisionCode), nameof(VillageCode)]);
        found.Should().OnlyContain(n => s_samples.Keys.Select(k => k.Name).Contains(n), "every identifier has a sample");
        TakingAnIdentifier().Should().Contain(m => m.DeclaringType == typeof(AssistanceUnit));
        TakingAnIdentifier().Should().Contain(m => m.DeclaringType == typeof(AttendanceRecord), "s_parameterSamples serves it");
    }

    [Fact]
    public void ConstructorsAndFactories_ValidArguments_Succeed()
    {
        var failures = new List<string>();
        foreach (MethodBase m in TakingAnIdentifier())
        {
            try
            {
                Invoke(m, [.. m.GetParameters().Select(Sample)]);
            }
            catch (TargetInvocationException e)
            {
                failures.Add($"{m.DeclaringType!.Name}: {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
            }
        }

        string.Join("; ", failures).Should().BeEmpty("the samples must be valid for the default-identifier test to mean anything");
    }

    [Fact]
    public void ConstructorsAndFactories_DefaultIdentifier_ThrowArgumentExceptionNamingIt()
    {
        var outcomes = new Dictionary<string, string?>(StringComparer.Ordinal);   // null when refused as it should be
        foreach (MethodBase m in TakingAnIdentifier())
        {
            ParameterInfo[] parameters = m.GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                if (IdentifierOf(parameters[i].ParameterType) is { } id)
                {
                    outcomes[Name(m, parameters[i])] = WithDefault(m, parameters, i, id);
                }
            }
        }

        string[] accepted = [.. outcomes.Where(o => o.Value is not null && !s_notYetRefusingDefault.ContainsKey(o.Key))
            .Select(o => $"{o.Key}: {o.Value}")];
        string[] fixedSince = [.. s_notYetRefusingDefault.Keys.Where(k => outcomes.TryGetValue(k, out string? o) && o is null)];
        string[] unknown = [.. s_notYetRefusingDefault.Keys.Where(k => !outcomes.ContainsKey(k))];

        string.Join("; ", accepted)
            .Should().BeEmpty("a constructor or factory refuses a default identifier with an ArgumentException naming it");
        string.Join(", ", fixedSince).Should().BeEmpty("these refuse the default now: remove them from s_notYetRefusingDefault");
        string.Join(", ", unknown).Should().BeEmpty("s_notYetRefusingDefault names only members that take an identifier");
        outcomes.Count.Should().BeGreaterThan(10);
    }

    /// <summary>Null when the member refuses a default in parameter <paramref name="i"/>; otherwise what it did.</summary>
    private static string? WithDefault(MethodBase m, ParameterInfo[] parameters, int i, Type identifier)
    {
        object?[] arguments = [.. parameters.Select(Sample)];
        arguments[i] = Activator.CreateInstance(identifier);
        try
        {
            Invoke(m, arguments);
            return "accepted";
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException a && a.ParamName == parameters[i].Name)
        {
            return null;
        }
        catch (TargetInvocationException e)
        {
            return $"{e.InnerException!.GetType().Name} naming '{(e.InnerException as ArgumentException)?.ParamName}'";
        }
    }
}
