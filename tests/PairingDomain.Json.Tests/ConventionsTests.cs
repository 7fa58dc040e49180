using System;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PairingDomain.Json.Tests;

/// <summary>
/// The JSON package keeps the core's conventions (PairingDomain.Tests' <c>Conventions/ConventionsTests</c>): it
/// references only the BCL, NodaTime (and its System.Text.Json serialization), SmartEnum and the core; its public
/// classes are sealed, abstract or static; its public structs are readonly, and their methods and any "with" method
/// carry <see cref="PureAttribute"/>.
/// </summary>
public sealed class ConventionsTests
{
    private static readonly Assembly s_json = typeof(CaseReader).Assembly;

    private static readonly string[] s_allowedReferences =
        ["PairingDomain", "NodaTime", "NodaTime.Serialization.SystemTextJson", "Ardalis.SmartEnum"];

    private static Type[] PublicTypes() =>
        [.. s_json.GetTypes().Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private static bool IsWithMethod(MethodInfo m) =>
        m.Name.Length > 4 && m.Name.StartsWith("With", StringComparison.Ordinal) && char.IsUpper(m.Name[4]);

    [Fact]
    public void Json_References_OnlyTheBclNodaTimeSmartEnumAndTheCore()
    {
        string[] others = [.. s_json.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n is not ("System" or "netstandard") && !n.StartsWith("System.", StringComparison.Ordinal))
            .Where(n => !s_allowedReferences.Contains(n))];

        string.Join(", ", others).Should().BeEmpty();
        s_json.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("PairingDomain");
    }

    [Fact]
    public void PublicTypes_AreClosedReadOnlyAndPure()
    {
        Type[] types = PublicTypes();
        string[] open = [.. types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName!)];
        string[] mutable = [.. types
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .Select(t => t.FullName!)];
        string[] impure = [.. types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => (t.IsValueType && !t.IsEnum) || (IsWithMethod(m) && !t.Name.EndsWith("Builder", StringComparison.Ordinal))))
            .Where(m => !m.IsSpecialName && !m.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Where(m => m.Name is not ("Equals" or "GetHashCode" or "ToString" or "CompareTo"))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.IsByRef))
            .Where(m => !m.IsDefined(typeof(PureAttribute), false))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")];

        string.Join(", ", open).Should().BeEmpty("a public class is sealed, abstract or static");
        string.Join(", ", mutable).Should().BeEmpty("a public struct is a readonly struct");
        string.Join(", ", impure)
            .Should().BeEmpty("these carry [Pure]; the project must define CONTRACTS_FULL, or the compiler drops it");
        types.Should().Contain(t => t.IsClass && t.IsSealed && !t.IsAbstract, "the filter sees the package's sealed classes");
    }
}
