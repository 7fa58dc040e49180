using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Ardalis.SmartEnum;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Catalogue;

/// <summary>
/// Renders the library's published catalogue as text, deterministically: every edition of
/// <see cref="PolicyEditions.All"/> with every rule, parameter and interpretation, the grade scales, and every value of
/// every smart enumeration of the library with all its properties.
/// </summary>
internal static class CatalogueText
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# PairingDomain catalogue: regenerate with PAIRINGDOMAIN_UPDATE_GOLDEN=1 (see Support/Golden.cs).\n");
        text.Append(CultureInfo.InvariantCulture, $"document {PolicyEditions.Sichuan2019Document}\n");
        foreach (KeyValuePair<string, PolicyEdition> entry in PolicyEditions.All.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append('\n');
            AppendEdition(text, entry.Key, entry.Value);
        }
        text.Append('\n');
        foreach (GradeScale scale in new[] { GradeScale.ThreeGrade, GradeScale.FourGrade })
        {
            text.Append(CultureInfo.InvariantCulture, $"grade-scale {scale.Name}: {string.Join(", ", scale.Grades.Select(g => g.Name))}\n");
        }
        foreach (Type type in SmartEnumerations())
        {
            text.Append('\n');
            AppendEnumeration(text, type);
        }
        return text.ToString();
    }

    private static void AppendEdition(StringBuilder text, string key, PolicyEdition edition)
    {
        text.Append(CultureInfo.InvariantCulture, $"edition {key} id={edition.Id} year={edition.Year}\n");
        text.Append(CultureInfo.InvariantCulture, $"  years: {edition.FirstYear}-{edition.LastYear}\n");
        text.Append(CultureInfo.InvariantCulture, $"  title-zh: {edition.ChineseTitle}\n");
        text.Append(CultureInfo.InvariantCulture, $"  title-en: {edition.EnglishTitle}\n");
        text.Append(CultureInfo.InvariantCulture, $"  grade-scale: {edition.GradeScale.Name}\n");
        text.Append(CultureInfo.InvariantCulture, $"  scoring-table: {edition.ScoringTable}\n");
        text.Append(CultureInfo.InvariantCulture, $"  duties evaluated: {string.Join(", ", edition.Duties.Select(d => d.Id))}\n");
        foreach (PolicyRule rule in edition.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"  rule {rule.Id} ({rule.GetType().Name})\n");
            text.Append(CultureInfo.InvariantCulture, $"    zh: {rule.ChineseText}\n");
            text.Append(CultureInfo.InvariantCulture, $"    en: {rule.EnglishText}\n");
            text.Append(CultureInfo.InvariantCulture, $"    source: {rule.Source}\n");
            text.Append(CultureInfo.InvariantCulture, $"    evaluated: {Format(rule.IsEvaluated)} enabled: {Format(rule.IsEnabled)} applies: {Format(edition.Applies(rule.Id))}\n");
            if (rule is DutyRule duty)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"    duty: holder={duty.Holder.Name} post={Format(duty.Holder.Post)} activity={Format(duty.ActivityKind)} minimum={duty.Minimum} period={duty.Period.Name} scope={duty.Scope.Name}\n");
            }
            foreach (RuleParameter p in rule.Parameters)
            {
                text.Append(CultureInfo.InvariantCulture, $"    parameter {p.Name}={p.Value} source={Format(p.Source)}\n");
            }
        }
        foreach (Interpretation i in edition.Interpretations)
        {
            text.Append(CultureInfo.InvariantCulture, $"  interpretation {i.Id}\n");
            text.Append(CultureInfo.InvariantCulture, $"    zh: {i.ChineseText}\n");
            text.Append(CultureInfo.InvariantCulture, $"    en: {i.EnglishText}\n");
            text.Append(CultureInfo.InvariantCulture,
                $"    adopted: {Format(i.IsAdopted)} adopts: {Format(edition.Adopts(i.Id))} can-be-set-aside: {Format(i.CanBeSetAside)} set-aside-by: {Format(i.SetAsideBy)}\n");
        }
    }

    /// <summary>Every concrete smart enumeration of the library, by full name.</summary>
    private static IEnumerable<Type> SmartEnumerations() =>
        typeof(PolicyEdition).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && IsSmartEnum(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsSmartEnum(Type type)
    {
        for (Type? t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(SmartEnum<,>))
            {
                return true;
            }
        }
        return false;
    }

    private static void AppendEnumeration(StringBuilder text, Type type)
    {
        text.Append(CultureInfo.InvariantCulture, $"enumeration {type.FullName}\n");
        PropertyInfo list = type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            ?? throw new InvalidOperationException($"{type} has no List.");
        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name is not ("Name" or "Value"))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        IEnumerable<object> values = ((IEnumerable)list.GetValue(null)!).Cast<object>()
            .OrderBy(v => (int)type.GetProperty("Value")!.GetValue(v)!);
        foreach (object value in values)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"  {Format(type.GetProperty("Value")!.GetValue(value))} {type.GetProperty("Name")!.GetValue(value)}\n");
            foreach (PropertyInfo p in properties)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {p.Name}: {Format(p.GetValue(value))}\n");
            }
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "(null)",
        bool b => b ? "true" : "false",
        string s => s,
        _ when IsSmartEnum(value.GetType()) => (string)value.GetType().GetProperty("Name")!.GetValue(value)!,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(null)",
    };
}
