// A provincial application's first use of the packages: read a case, assess it, check a duty; generate a province;
// write the case template and the province's results workbook.
using System;
using System.IO;
using System.Linq;
using PairingDomain;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Spreadsheets;
using PairingDomain.Testing;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Consumer CASE.json");
    return 2;
}
using FileStream file = File.OpenRead(args[0]);
CaseReadResult read = CaseReader.Read(file);
if (!read.Success)
{
    foreach (Problem problem in read.Problems)
    {
        Console.Error.WriteLine(problem);
    }
    return 1;
}
AnnualAssessment assessment = read.Case.Assess();
DutyResult deputy = assessment.ForUnit(new UnitId("U-101"))!.Duty(RuleIds.DutyDeputyVisits)!;
bool exampleRight = deputy.Status == DutyStatus.Short && deputy.ShortPeriods.Select(p => p.ToString()).SequenceEqual(["2019-Q3"])
    && deputy.Recorded == 3 && deputy.Required == 4;
Console.WriteLine($"example-1 U-101 {deputy}: short in {string.Join(", ", deputy.ShortPeriods)}");

PairingCase province = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
AnnualAssessment provinceAssessment = province.Assess();
bool provinceRight = provinceAssessment.Units.Length == 370 && AssessmentWriter.Write(provinceAssessment).Length > 0;
Console.WriteLine($"synthetic Sichuan 2019: {provinceAssessment.Units.Length} units, {provinceAssessment.Findings.Length} findings");

// PairingDomain.Spreadsheets: each workbook is a zip (an .xlsx starts with the local-file signature PK\x03\x04).
using var template = new MemoryStream();
CaseWorkbookWriter.WriteTemplate(template);
using var results = new MemoryStream();
AssessmentWorkbookWriter.Write(results, provinceAssessment, province);
static bool IsZip(MemoryStream stream) => stream.Length > 4 && stream.GetBuffer() is [0x50, 0x4B, 0x03, 0x04, ..];
bool workbooksRight = IsZip(template) && IsZip(results);
Console.WriteLine($"workbooks: template {template.Length} bytes, results {results.Length} bytes");

if (!exampleRight || !provinceRight || !workbooksRight)
{
    Console.Error.WriteLine("consumer check: FAILED");
    return 1;
}
Console.WriteLine("consumer check: ok");
return 0;
