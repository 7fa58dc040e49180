using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PairingDomain.Tests.Conventions;

/// <summary>
/// The conventions of the core assembly, checked by reflection so that a new type cannot break them unnoticed
/// (style.md: architecture tests enforce the conventions): what it references, that its public classes are closed and
/// its public structs immutable, that its value methods are pure (<c>ConventionsTests.Purity.cs</c>), and that what
/// takes an identifier refuses the default one (<c>ConventionsTests.Identifiers.cs</c>); and, in the source text, one
/// spelling of dates and no inline framework names (<c>ConventionsTests.Source.cs</c>).
/// </summary>
public sealed partial class ConventionsTests
{
    private static readonly Assembly s_core = typeof(PairingCase).Assembly;

    /// <summary>The core's public types, nested ones included, in name order.</summary>
    private static IEnumerable<Type> PublicTypes() =>
        s_core.GetTypes().Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>
    /// Public classes that are neither sealed, abstract nor static, each with the reason it may stay so.
    /// </summary>
    private static readonly Dictionary<string, string> s_openClasses = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Core_References_OnlyTheBclNodaTimeAndSmartEnum()
    {
        string[] others = [.. s_core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !IsBcl(n) && n is not "NodaTime" and not "Ardalis.SmartEnum")
            .Order(StringComparer.Ordinal)];

        string.Join(", ", others).Should().BeEmpty("the core is pure: integrations are packages of their own");
        s_core.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("NodaTime").And.Contain("Ardalis.SmartEnum");
    }

    private static bool IsBcl(string name) =>
        name is "System" or "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal);

    [Fact]
    public void PublicClasses_AreSealedAbstractOrStatic()
    {
        string[] open = [.. PublicTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && IsExtensible(t))   // a static class is abstract and sealed in IL
            .Select(t => t.FullName!)
            .Where(n => !s_openClasses.ContainsKey(n))];

        string.Join(", ", open).Should().BeEmpty("a public class is sealed, abstract or static (or named in s_openClasses with its reason)");
        string[] closedSince = [.. s_openClasses.Keys.Where(n => s_core.GetType(n) is not { IsSealed: false, IsAbstract: false })];
        string.Join(", ", closedSince).Should().BeEmpty("these are closed now, or gone: remove them from s_openClasses");
        PublicTypes().Where(t => t.IsClass && t.IsSealed).Should().NotBeEmpty();
        IsExtensible(typeof(PairingDomain.Policy.PolicyRule)).Should().BeFalse("its constructor is private protected");
        IsExtensible(typeof(ConventionsTests)).Should().BeTrue();
    }

    /// <summary>
    /// Whether code outside the core can derive from <paramref name="t"/>: it has a public or protected constructor. A
    /// class whose constructors are all private, internal or private protected (<c>PolicyRule</c>, the base of
    /// <c>DutyRule</c> only) is a closed hierarchy and counts as closed.
    /// </summary>
    private static bool IsExtensible(Type t) =>
        t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly);

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        Type[] structs = [.. PublicTypes().Where(t => t.IsValueType && !t.IsEnum)];
        string[] mutable = [.. structs.Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), false)).Select(t => t.FullName!)];

        string.Join(", ", mutable).Should().BeEmpty("a public struct is a readonly struct");
        structs.Should().Contain(typeof(UnitId));
    }
}
