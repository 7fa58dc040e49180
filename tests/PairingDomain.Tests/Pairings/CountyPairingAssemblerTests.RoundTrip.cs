using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PairingDomain.Pairings;
using NodaTime.Text;
using PairingDomain.Places;

namespace PairingDomain.Tests.Pairings;

public sealed partial class CountyPairingAssemblerTests
{
    private static readonly LocalDate s_first = new(2018, 12, 1), s_last = new(2020, 1, 31);

    /// <summary>
    /// Random valid memberships (each county's leads one after another, participants from a pool of their own, each
    /// unit's rows apart): expanding the pairings built back to days gives every day's members of the input, no two
    /// pairings of a county share a day, and two adjacent pairings never have the same members.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Build_RandomValidRows_ExpandBackToTheSameMembersEveryDay(int seed)
    {
        var random = new Random(seed);
        var rows = new List<PairingMembership>();
        DivisionCode[] counties = [Zhaojue, Butuo, DivisionCode.Parse("513432")];
        foreach (DivisionCode county in counties)
        {
            // Leads: consecutive intervals, sometimes with a gap, the last sometimes open.
            LocalDate day = s_first.PlusDays(random.Next(60));
            LocalDate leadStart = day, leadEnd = day;
            for (int n = 0; n < 1 + random.Next(4) && day <= s_last; n++)
            {
                LocalDate end = day.PlusDays(20 + random.Next(200));
                bool open = end > s_last || random.Next(6) == 0;
                rows.Add(M(county, "L-" + random.Next(3), PairingRole.Lead, Iso(day), open ? null : Iso(end)));
                leadEnd = open ? s_last.PlusDays(400) : end;
                if (open)
                {
                    break;
                }
                day = end.PlusDays(1 + (random.Next(4) == 0 ? random.Next(30) : 0));
            }
            // Participants within the first lead's start and the last lead's end (gaps between leads excepted by
            // keeping only the rows whose every day has a lead).
            for (int p = 0; p < 5; p++)
            {
                string unit = "P-" + p;
                LocalDate from = leadStart.PlusDays(random.Next(100));
                while (from < leadEnd && random.Next(3) > 0)
                {
                    LocalDate to = from.PlusDays(random.Next(150));
                    bool open = random.Next(8) == 0;
                    PairingMembership row = M(county, unit, PairingRole.Participant, Iso(from), open ? null : Iso(to));
                    if (EveryDayHasALead(rows, county, row))
                    {
                        rows.Add(row);
                    }
                    if (open)
                    {
                        break;
                    }
                    from = to.PlusDays(1 + random.Next(40));
                }
            }
        }
        var assembler = new CountyPairingAssembler();
        foreach (PairingMembership row in rows.OrderBy(_ => random.Next()))
        {
            assembler.Add(row);
        }

        IReadOnlyList<CountyPairing> pairings = assembler.Build().GetValueOrThrow();

        foreach (DivisionCode county in counties)
        {
            CountyPairing[] mine = [.. pairings.Where(p => p.County == county)];
            for (LocalDate day = s_first; day <= s_last.PlusDays(500); day = day.PlusDays(1))
            {
                string[] expected = [.. rows.Where(r => r.County == county && r.Contains(day))
                    .Select(r => $"{r.Unit}:{r.Role.ContractId}").Order(StringComparer.Ordinal)];
                CountyPairing[] inForce = [.. mine.Where(p => p.Validity.Contains(day))];
                inForce.Should().HaveCountLessThanOrEqualTo(1, $"county {county} on {day}");
                string[] actual = [.. inForce.SelectMany(p => p.Participants.Select(u => $"{u}:participant").Prepend($"{p.Lead}:lead"))
                    .Order(StringComparer.Ordinal)];
                actual.Should().Equal(expected, $"county {county} on {Iso(day)}");
            }
            for (int k = 1; k < mine.Length; k++)
            {
                bool adjacent = mine[k - 1].Validity.End is LocalDate end && end.PlusDays(1) == mine[k].Validity.Start;
                bool same = mine[k - 1].Lead == mine[k].Lead && mine[k - 1].Participants.SequenceEqual(mine[k].Participants);
                (adjacent && same).Should().BeFalse($"{Show(mine[k - 1])} and {Show(mine[k])} are maximal");
            }
        }
        pairings.Should().HaveCountGreaterThan(counties.Length);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static bool EveryDayHasALead(List<PairingMembership> rows, DivisionCode county, PairingMembership row)
    {
        LocalDate end = row.To ?? s_last.PlusDays(500);
        for (LocalDate day = row.From; day <= end; day = day.PlusDays(1))
        {
            if (!rows.Any(r => r.County == county && r.Role == PairingRole.Lead && r.Contains(day)))
            {
                return false;
            }
        }
        return true;
    }
}
