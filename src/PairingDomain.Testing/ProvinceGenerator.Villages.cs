using System.Collections.Generic;
using System.Globalization;
using System;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Time;

namespace PairingDomain.Testing;

internal sealed partial class ProvinceGenerator
{
    /// <summary>The share of the year's villages that miss their exit (a late minority).</summary>
    private const double LateVillageShare = 0.012;

    private string _cadreFormat = "D5";

    /// <summary>
    /// Posts villages to units (each unit at least one while there are enough), cadres to villages (at least one
    /// each), keeping to 1–4 cadres in post per unit when the totals allow it; the cadres beyond those in post at the
    /// year's end are predecessors who rotated out during the year.
    /// </summary>
    private void PlanVillagesAndCadres()
    {
        int units = _units.Count;
        int villages = _options.PostedVillages;
        int sent = _options.Cadres;
        int inPost = Math.Min(sent, Math.Max(villages, (int)Math.Round(sent * ConcurrentShare, MidpointRounding.AwayFromZero)));
        inPost = Math.Max(inPost, (sent + 1) / 2);
        bool capped = villages <= CadresPerUnitCap * units && (sent + 1) / 2 <= CadresPerUnitCap * units;
        if (capped)
        {
            inPost = Math.Min(inPost, CadresPerUnitCap * units);
        }
        int cap = capped ? CadresPerUnitCap : int.MaxValue;

        var villageCount = new int[units];
        if (villages >= units)
        {
            Array.Fill(villageCount, 1);
            Distribute(villageCount, villages - units, cap);
        }
        else
        {
            int[] chosen = Shuffled(units);
            for (int i = 0; i < villages; i++)
            {
                villageCount[chosen[i]] = 1;
            }
        }
        var cadreCount = (int[])villageCount.Clone();
        Distribute(cadreCount, inPost - villages, cap, villageCount);

        for (int u = 0; u < units; u++)
        {
            UnitPlan unit = _units[u];
            for (int i = 0; i < villageCount[u]; i++)
            {
                int county = unit.Counties.Count == 1 || _random.NextDouble() < 0.8
                    ? unit.Counties[0]
                    : unit.Counties[_random.Next(unit.Counties.Count)];
                VillageCode code = NextVillageCode(_counties[county]);
                unit.Villages.Add((county, code));
                _villages.Add(PlanVillage(code, county));
            }
        }
        MarkLateVillages();
        _villages.Sort((a, b) => string.CompareOrdinal(a.Code.Value, b.Code.Value));

        _cadreFormat = "D" + Math.Max(5, Digits(sent)).ToString(CultureInfo.InvariantCulture);
        bool[] rotated = new bool[inPost];
        int[] pick = Shuffled(inPost);
        for (int i = 0; i < sent - inPost; i++)
        {
            rotated[pick[i]] = true;
        }
        int j = 0;
        for (int u = 0; u < units; u++)
        {
            UnitPlan unit = _units[u];
            int extra = cadreCount[u] - villageCount[u];
            var perVillage = new int[unit.Villages.Count];
            Array.Fill(perVillage, 1);
            for (int e = 0; e < extra; e++)
            {
                perVillage[_random.Next(perVillage.Length)]++;
            }
            for (int v = 0; v < perVillage.Length; v++)
            {
                for (int k = 0; k < perVillage[v]; k++)
                {
                    CadrePost post = k == 0 ? CadrePost.FirstSecretary : CadrePost.TeamMember;
                    AddCadres(unit, unit.Villages[v].Code, post, rotated[j++]);
                }
            }
        }
    }

    private void AddCadres(UnitPlan unit, VillageCode village, CadrePost post, bool rotated)
    {
        if (!rotated)
        {
            // In post since some day between March two years before and the end of March of the year.
            LocalDate from = new LocalDate(_year - 2, 3, 1).PlusDays(_random.Next(760));
            AddCadre(unit, village, post, DateRange.From(from), true);
            return;
        }
        LocalDate change = _yearStart.PlusDays(_random.Next(31, 273));
        LocalDate start = change.PlusYears(-2).PlusDays(_random.Next(-20, 21));
        AddCadre(unit, village, post, new DateRange(start, change.PlusDays(-1)), false);
        AddCadre(unit, village, post, DateRange.From(change), true);
    }

    private void AddCadre(UnitPlan unit, VillageCode village, CadrePost post, DateRange posting, bool inPostAtYearEnd)
    {
        string id = "C-" + (_cadres.Count + 1).ToString(_cadreFormat, CultureInfo.InvariantCulture);
        _cadres.Add(new StationedCadre(new CadreId(id), SyntheticNames.Person(_random), unit.Unit.Id, village, post, posting));
        _inPostAtYearEnd.Add(inPostAtYearEnd);
    }

    private VillagePlan PlanVillage(VillageCode code, int county)
    {
        int due = _counties[county].PlannedDelistingYear;
        // Villages of a county due after the year exit over the years up to it; others by the year at the latest.
        int planned = due > _year
            ? _year - 2 + PickWeighted([15, 25, 35, 25])
            : _year - 3 + PickWeighted([15, 20, 30, 35]);
        int? exited = planned < _year || (planned == _year && _fullYear) ? planned : null;
        return new VillagePlan(code, county, SyntheticNames.Village(_random), planned, exited);
    }

    private void MarkLateVillages()
    {
        if (!_fullYear)
        {
            return;
        }
        var due = new List<int>();
        for (int v = 0; v < _villages.Count; v++)
        {
            if (_villages[v].PlannedExitYear == _year)
            {
                due.Add(v);
            }
        }
        if (due.Count == 0)
        {
            return;
        }
        int late = Math.Max(1, (int)Math.Round(due.Count * LateVillageShare, MidpointRounding.AwayFromZero));
        int[] pick = Shuffled(due.Count);
        for (int i = 0; i < late; i++)
        {
            _villages[due[pick[i]]].ExitedYear = null;
        }
    }

    private VillageCode NextVillageCode(CountyPlan county)
    {
        int townships = county.Townships.Length;
        int t = _random.Next(townships);
        for (int probe = 0; probe < townships; probe++, t = (t + 1) % townships)
        {
            // Village committees are numbered 2xx–9xx within a township: 799 a township.
            if (county.NextVillage[t] < 799)
            {
                int number = 201 + county.NextVillage[t]++;
                return VillageCode.Parse(county.Townships[t] + number.ToString("D3", CultureInfo.InvariantCulture));
            }
        }
        throw new InvalidOperationException($"County {county.Code} has no village codes left; use more counties for {_options.PostedVillages} villages.");
    }

    /// <summary>Adds <paramref name="extra"/> one at a time to random entries below <paramref name="cap"/>.</summary>
    private void Distribute(int[] counts, int extra, int cap, int[]? atLeastOne = null)
    {
        var open = new List<int>(counts.Length);
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < cap && (atLeastOne is null || atLeastOne[i] > 0))
            {
                open.Add(i);
            }
        }
        for (int e = 0; e < extra; e++)
        {
            if (open.Count == 0)
            {
                throw new InvalidOperationException("No room left to distribute; the options are inconsistent.");
            }
            int k = _random.Next(open.Count);
            int i = open[k];
            if (++counts[i] >= cap)
            {
                open[k] = open[^1];
                open.RemoveAt(open.Count - 1);
            }
        }
    }
}
