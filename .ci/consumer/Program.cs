// A provincial application's first use of the packages: read a case, assess it, check a duty; generate a province;
// write the case template and the province's results workbook; store the case in a SQLite file and load it back.
using System;
using System.IO;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using PairingDomain;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore;
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

// PairingDomain.EntityFrameworkCore: the example case saved to a SQLite file made by the committed migrations, and
// loaded back to the same bytes.
string folder = Path.Combine(Path.GetTempPath(), "pairing-consumer-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
bool storeRight;
try
{
    DbContextOptions<PairingDbContext> options = new DbContextOptionsBuilder<PairingDbContext>()
        .UseSqlite($"Data Source={Path.Combine(folder, "cases.db")};Pooling=False").Options;
    await using (var db = new PairingDbContext(options))
    {
        await db.Database.MigrateAsync();
        await CaseStore.SaveAsync(db, "example-1", read.Case);
    }
    await using (var db = new PairingDbContext(options))
    {
        CaseLoadResult loaded = await CaseStore.LoadAsync(db, "example-1");
        storeRight = loaded.Success && CaseWriter.Write(loaded.Case).AsSpan().SequenceEqual(CaseWriter.Write(read.Case));
        Console.WriteLine($"stored case: {(loaded.Success ? loaded.Case.Ledger.Count + " activities loaded back" : loaded.Problems[0].ToString())}");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

if (!exampleRight || !provinceRight || !workbooksRight || !storeRight)
{
    Console.Error.WriteLine("consumer check: FAILED");
    return 1;
}
Console.WriteLine("consumer check: ok");
return 0;
