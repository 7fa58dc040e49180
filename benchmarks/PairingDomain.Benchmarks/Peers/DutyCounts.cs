using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Peers;

/// <summary>
/// The recorded count of every (unit, duty): what every peer computes, indexed <c>unit * DutyCatalog.Count + duty</c>.
/// </summary>
public sealed class DutyCounts
{
    /// <summary>Wraps a flat counter array.</summary>
    /// <param name="units">The number of units.</param>
    /// <param name="counts">The counters.</param>
    public DutyCounts(int units, int[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Length != units * DutyCatalog.Count)
        {
            throw new ArgumentException("One counter per unit and duty is expected.", nameof(counts));
        }
        Units = units;
        Counts = counts;
    }

    /// <summary>The number of units.</summary>
    public int Units { get; }

    /// <summary>The counters.</summary>
    public int[] Counts { get; }

    /// <summary>The sum of all counters.</summary>
    public long Total => Counts.Sum(c => (long)c);

    /// <summary>The count of one unit and duty.</summary>
    /// <param name="unit">The unit's index.</param>
    /// <param name="duty">The duty's index in <see cref="DutyCatalog.Duties"/>.</param>
    public int this[int unit, int duty] => Counts[(unit * DutyCatalog.Count) + duty];

    /// <summary>Builds counts from (unit identifier, rule ID) pairs.</summary>
    /// <param name="flat">The case, for unit indices.</param>
    /// <param name="counts">The counts.</param>
    /// <returns>The counts.</returns>
    public static DutyCounts FromPairs(FlatCase flat, IEnumerable<KeyValuePair<(string Unit, string Rule), int>> counts)
    {
        ArgumentNullException.ThrowIfNull(flat);
        ArgumentNullException.ThrowIfNull(counts);
        var result = new int[flat.UnitIds.Length * DutyCatalog.Count];
        foreach (KeyValuePair<(string Unit, string Rule), int> pair in counts)
        {
            int duty = Array.FindIndex(DutyCatalog.Duties, d => d.Rule == pair.Key.Rule);
            result[(flat.UnitIndex[pair.Key.Unit] * DutyCatalog.Count) + duty] += pair.Value;
        }
        return new DutyCounts(flat.UnitIds.Length, result);
    }

    /// <summary>The library's <see cref="DutyResult.Recorded"/> counts, for comparison.</summary>
    /// <param name="assessment">The library's assessment.</param>
    /// <returns>The counts; a duty a unit does not have counts 0.</returns>
    public static DutyCounts FromAssessment(AnnualAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var result = new int[assessment.Units.Length * DutyCatalog.Count];
        for (int u = 0; u < assessment.Units.Length; u++)
        {
            foreach (DutyResult duty in assessment.Units[u].Duties)
            {
                int d = Array.FindIndex(DutyCatalog.Duties, x => x.Rule == duty.Rule.Value);
                result[(u * DutyCatalog.Count) + d] = duty.Recorded;
            }
        }
        return new DutyCounts(assessment.Units.Length, result);
    }

    /// <summary>The first few (unit, duty) whose counts differ, for a readable test failure.</summary>
    /// <param name="other">The counts to compare with.</param>
    /// <param name="unitIds">The units' identifiers.</param>
    /// <returns>"unit duty: this ≠ other" lines.</returns>
    public IReadOnlyList<string> Differences(DutyCounts other, IReadOnlyList<string> unitIds)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(unitIds);
        var lines = new List<string>();
        for (int i = 0; i < Math.Max(Counts.Length, other.Counts.Length) && lines.Count < 20; i++)
        {
            int a = i < Counts.Length ? Counts[i] : -1, b = i < other.Counts.Length ? other.Counts[i] : -1;
            if (a != b)
            {
                lines.Add($"{unitIds[i / DutyCatalog.Count]} {DutyCatalog.Duties[i % DutyCatalog.Count].Rule}: {a} != {b}");
            }
        }
        return lines;
    }
}
