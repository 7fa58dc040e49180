using System;
using System.Linq;
using System.Reflection;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// The spreadsheet package keeps the core's conventions (PairingDomain.Tests' <c>Conventions/ConventionsTests</c>): it
/// references only the BCL, NodaTime, SmartEnum, SpreadCheetah, the Open XML SDK and Sylvan.Data.Csv (the readers), the
/// core and PairingDomain.Json (the one checking path), and its public classes are sealed, abstract or static.
/// </summary>
public sealed class ConventionsTests
{
    private static readonly Assembly s_package = typeof(CaseWorkbookWriter).Assembly;

    private static readonly string[] s_allowedReferences = [
        "PairingDomain", "PairingDomain.Json", "NodaTime", "Ardalis.SmartEnum", "SpreadCheetah", "DocumentFormat.OpenXml",
        "DocumentFormat.OpenXml.Framework", "Sylvan.Data.Csv",
    ];

    [Fact]
    public void Spreadsheets_References_OnlyTheBclNodaTimeSmartEnumTheSpreadsheetLibrariesAndTheCore()
    {
        string[] others = [.. s_package.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n is not ("System" or "netstandard") && !n.StartsWith("System.", StringComparison.Ordinal))
            .Where(n => !s_allowedReferences.Contains(n))];

        string.Join(", ", others).Should().BeEmpty();
        s_package.GetReferencedAssemblies().Select(a => a.Name).Should().Contain(["PairingDomain", "PairingDomain.Json", "SpreadCheetah"]);
    }

    [Fact]
    public void PublicTypes_AreClosedAndFew()
    {
        Type[] types = [.. s_package.GetTypes().Where(t => t.IsVisible)];
        types.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Should().BeEmpty("a public class is sealed, abstract or static");
        types.Select(t => t.FullName).Should().BeEquivalentTo(
            [
                "PairingDomain.Spreadsheets.CaseWorkbookWriter", "PairingDomain.Spreadsheets.AssessmentWorkbookWriter",
                "PairingDomain.Spreadsheets.CaseWorkbookReader", "PairingDomain.Spreadsheets.CaseCsvReader",
                "PairingDomain.Spreadsheets.WorkbookAnnotator", "PairingDomain.Spreadsheets.WorkbookReadOptions",
                "PairingDomain.Spreadsheets.WorkbookReadResult", "PairingDomain.Spreadsheets.CsvFileEncoding",
                "PairingDomain.Spreadsheets.SpreadsheetProblemCodes",
            ]);
    }
}
