using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PairingDomain.Tests.Conventions;

/// <summary>
/// Value methods carry <see cref="PureAttribute"/>, so that an analyzer warns a caller who drops their result
/// (style.md, after NodaTime's <c>PurityTest</c>): every public method of a public struct, and every "with" method
/// (<c>WithX</c>) of a public type, which returns a changed copy.
/// </summary>
public sealed partial class ConventionsTests
{
    /// <summary>Pure by nature, as NodaTime counts them: the object members and the comparison.</summary>
    private static readonly HashSet<string> s_implicitlyPure = new(StringComparer.Ordinal)
    {
        nameof(Equals), nameof(GetHashCode), nameof(ToString), "CompareTo",
    };

    private static string Name(MethodInfo m) => $"{m.DeclaringType!.FullName}.{m.Name}";

    private static bool IsMarkedPure(MethodInfo m) => m.IsDefined(typeof(PureAttribute), inherit: false);

    /// <summary>
    /// Public methods declared on public structs, instance and static, except operators and accessors (special names),
    /// what the compiler writes (a record's <c>Deconstruct</c>, <c>PrintMembers</c>), the implicitly pure ones, and a
    /// method that writes through a <c>ref</c> or <c>out</c> parameter (<c>TryParse</c>), which is not pure.
    /// </summary>
    private static IEnumerable<MethodInfo> StructMethods() =>
        PublicTypes()
            .Where(t => t.IsValueType && !t.IsEnum)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName)
            .Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Where(m => !s_implicitlyPure.Contains(m.Name))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRef));

    /// <summary>
    /// Public <c>WithX</c> methods declared on public types. A builder's <c>WithX</c> sets a field of the builder and
    /// returns it, so it is not pure: types named <c>...Builder</c> are left out.
    /// </summary>
    private static IEnumerable<MethodInfo> WithMethods() =>
        PublicTypes()
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.Length > 4 && m.Name.StartsWith("With", StringComparison.Ordinal) && char.IsUpper(m.Name[4]))
            .Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute), false));

    [Fact]
    public void PublicStructMethods_ArePure()
    {
        MethodInfo[] methods = [.. StructMethods()];

        string.Join(", ", methods.Where(m => !IsMarkedPure(m)).Select(Name))
            .Should().BeEmpty("a public struct's methods carry [Pure] (kept by CONTRACTS_FULL in the project)");
        methods.Select(Name).Should().Contain("PairingDomain.Time.DateRange.Contains", "the filter still finds struct methods");
    }

    [Fact]
    public void WithMethods_ArePure()
    {
        MethodInfo[] methods = [.. WithMethods()];

        string.Join(", ", methods.Where(m => !IsMarkedPure(m)).Select(Name))
            .Should().BeEmpty("a \"with\" method returns a changed copy and carries [Pure] (kept by CONTRACTS_FULL in the project)");
        methods.Select(Name).Should().Contain("PairingDomain.Policy.DutyRule.WithMinimum", "the filter still finds \"with\" methods");
    }
}
