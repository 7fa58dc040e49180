using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Json;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Testing;

namespace PairingDomain.PropertyTests;

/// <summary>Generators of small synthetic cases, and the rebuilding of a case with some of its parts changed.</summary>
internal static class CaseGen
{
    /// <summary>Iterations per property: enough to shrink to a small case, small enough for CI on two cores.</summary>
    internal const int Iterations = 60;

    internal const int Year = 2019;

    /// <summary>An as-of date in <see cref="Year"/>, or null (full year), one time in four.</summary>
    internal static readonly Gen<LocalDate?> AsOf =
        Gen.Frequency(
            (1, Gen.Const((LocalDate?)null)),
            (3, Gen.Int[1, 365].Select(d => (LocalDate?)new LocalDate(Year, 1, 1).PlusDays(d - 1))));

    /// <summary>Options of a small province: a few units, counties, villages and cadres, any seed.</summary>
    internal static readonly Gen<SyntheticOptions> Options =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 10], Gen.Int[1, 4], Gen.Int[0, 8], Gen.Int[0, 4], AsOf, Gen.Int[0, 3])
            .Select((seed, units, counties, villages, extraCadres, asOf, intensity) => new SyntheticOptions
            {
                Seed = seed,
                Year = Year,
                AsOf = asOf,
                Units = units,
                Counties = counties,
                PostedVillages = villages,
                Cadres = villages == 0 ? 0 : villages + extraCadres,
                ActivityIntensity = intensity * 0.5,
            });

    /// <summary>A generated case.</summary>
    internal static readonly Gen<PairingCase> Case = Options.Select(SyntheticProvince.Generate);

    /// <summary>The assessment as its canonical bytes (evidence included), the form compared for equality.</summary>
    internal static byte[] Bytes(AnnualAssessment assessment) => AssessmentWriter.Write(assessment);

    /// <summary>The case with another ledger, grade book, counties, villages or as-of date; the rest is kept.</summary>
    internal static PairingCase Rebuild(
        PairingCase source,
        IEnumerable<Activity>? activities = null,
        IEnumerable<AnnualGrade>? grades = null,
        Func<County, County>? county = null,
        Func<Village, Village>? village = null)
    {
        Roster old = source.Roster;
        var builder = new RosterBuilder();
        foreach (var unit in old.Units)
        {
            builder.AddUnit(unit);
        }
        foreach (County c in old.Counties)
        {
            builder.AddCounty(county is null ? c : county(c));
        }
        foreach (Village v in old.Villages)
        {
            builder.AddVillage(village is null ? v : village(v));
        }
        foreach (var pairing in old.Pairings)
        {
            builder.AddPairing(pairing);
        }
        foreach (var cadre in old.Cadres)
        {
            builder.AddCadre(cadre);
        }
        Roster roster = builder.Build().GetValueOrThrow();

        List<Activity> list = (activities ?? source.Ledger).ToList();
        var ledgerBuilder = new ActivityLedgerBuilder(roster, list.Count);
        foreach (Activity activity in list)
        {
            ledgerBuilder.Add(activity);
        }
        var gradeBuilder = new GradeBookBuilder(roster, source.Grades.Scale);
        foreach (AnnualGrade grade in grades ?? source.Grades.Grades)
        {
            gradeBuilder.Add(grade);
        }
        return new PairingCase(source.Edition, source.Year, source.AsOf,
            ledgerBuilder.Build().GetValueOrThrow(), gradeBuilder.Build().GetValueOrThrow());
    }

    /// <summary>The recorded count and status of every duty of every unit, keyed by unit and rule.</summary>
    internal static Dictionary<(UnitId Unit, string Rule), DutyResult> Duties(AnnualAssessment assessment) =>
        assessment.Units.SelectMany(u => u.Duties.Select(d => (u.Unit, d)))
            .ToDictionary(x => (x.Unit, x.d.Rule.Value), x => x.d);
}
