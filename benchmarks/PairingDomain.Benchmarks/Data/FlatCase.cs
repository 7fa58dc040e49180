using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Pairings;
using PairingDomain.Units;

namespace PairingDomain.Benchmarks.Data;

/// <summary>A leader as an application would keep it: a plain record class with string keys.</summary>
/// <param name="Id">The leader's identifier.</param>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Post">The post, kebab-case (<c>main-leader</c>, <c>deputy-leader</c>, <c>other-leader</c>).</param>
/// <param name="From">First day in post.</param>
/// <param name="To">Last day in post, or null.</param>
public sealed record LeaderRow(string Id, string Unit, string Post, DateOnly From, DateOnly? To);

/// <summary>One unit's part in a county pairing.</summary>
/// <param name="County">The county code.</param>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="Lead">Whether the unit leads the county.</param>
/// <param name="From">First day in force.</param>
/// <param name="To">Last day in force, or null.</param>
public sealed record PairingRow(string County, string Unit, bool Lead, DateOnly From, DateOnly? To);

/// <summary>An activity as an application would keep it.</summary>
/// <param name="Id">The activity's identifier.</param>
/// <param name="Kind">The kind, kebab-case (<c>supervision-visit</c>, ...).</param>
/// <param name="Unit">The unit's identifier.</param>
/// <param name="By">The leader's identifier, or null.</param>
/// <param name="Date">The local date in China Standard Time.</param>
/// <param name="County">The county code, or null.</param>
public sealed record ActivityRow(string Id, string Kind, string Unit, string? By, DateOnly Date, string? County);

/// <summary>An activity as integers: indices into <see cref="FlatCase"/>'s tables, the date as a day number.</summary>
/// <param name="Unit">The unit's index.</param>
/// <param name="Leader">The leader's index in <see cref="FlatCase.Leaders"/>, or −1.</param>
/// <param name="Day">The date's <see cref="DateOnly.DayNumber"/>.</param>
/// <param name="County">The county's index, or −1.</param>
/// <param name="Kind">The kind's index in <see cref="FlatCase.Kinds"/>.</param>
public readonly record struct RawActivity(int Unit, int Leader, int Day, int County, byte Kind);

/// <summary>
/// The records of a <see cref="PairingCase"/> flattened once, through its public API only, for the peers: what an
/// application without this library would hold.
/// </summary>
public sealed class FlatCase
{
    /// <summary>The activity kinds in kebab-case; a <see cref="RawActivity.Kind"/> indexes this list.</summary>
    public static readonly string[] Kinds =
        ["supervision-visit", "leadership-meeting", "office-meeting", "joint-meeting", "annual-plan", "study-tour", "night-school",
            "party-lecture", "branch-guidance"];

    private FlatCase(PairingCase source)
    {
        Source = source;
        YearStart = new DateOnly(source.Year, 1, 1);
        AsOf = source.EffectiveAsOf.ToDateOnly();
        global::PairingDomain.Rosters.Roster roster = source.Roster;
        UnitIds = [.. roster.Units.Select(u => u.Id.Value)];
        UnitIndex = UnitIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        CountyCodes = [.. roster.Counties.Select(c => c.Code.Value)];
        CountyIndex = CountyCodes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        Leaders = [.. roster.Units.SelectMany(u => u.Leaders.Select(l => new LeaderRow(l.Id.Value, u.Id.Value, Kebab(l.Post.Name),
            l.Tenure.Start.ToDateOnly(), l.Tenure.End?.ToDateOnly())))];
        LeaderIndex = Leaders.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var pairings = new List<PairingRow>();
        foreach (CountyPairing p in roster.Pairings)
        {
            foreach (UnitId unit in p.Units)
            {
                pairings.Add(new PairingRow(p.County.Value, unit.Value, unit == p.Lead, p.Validity.Start.ToDateOnly(),
                    p.Validity.End?.ToDateOnly()));
            }
        }
        Pairings = [.. pairings];
        ActivityCount = source.Ledger.Count;
    }

    /// <summary>The case flattened.</summary>
    public PairingCase Source { get; }

    /// <summary>1 January of the assessed year.</summary>
    public DateOnly YearStart { get; }

    /// <summary>The as-of date in effect.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The units' identifiers, in roster order.</summary>
    public string[] UnitIds { get; }

    /// <summary>Unit identifier → index.</summary>
    public Dictionary<string, int> UnitIndex { get; }

    /// <summary>The county codes, in roster order.</summary>
    public string[] CountyCodes { get; }

    /// <summary>County code → index.</summary>
    public Dictionary<string, int> CountyIndex { get; }

    /// <summary>Every leader of every unit.</summary>
    public LeaderRow[] Leaders { get; }

    /// <summary>Leader identifier → index in <see cref="Leaders"/>.</summary>
    public Dictionary<string, int> LeaderIndex { get; }

    /// <summary>One row per unit per pairing.</summary>
    public PairingRow[] Pairings { get; }

    /// <summary>The number of activities.</summary>
    public int ActivityCount { get; }

    /// <summary>Flattens a case's roster; the activities are flattened on demand.</summary>
    /// <param name="source">The case.</param>
    /// <returns>The flat case.</returns>
    public static FlatCase From(PairingCase source) => new(source ?? throw new ArgumentNullException(nameof(source)));

    /// <summary>The activities as record classes, by enumerating the ledger.</summary>
    /// <param name="limit">At most this many, from the start of the ledger.</param>
    /// <returns>The activities.</returns>
    public ActivityRow[] ActivityRows(int limit = int.MaxValue)
    {
        var rows = new ActivityRow[Math.Min(limit, ActivityCount)];
        int i = 0;
        foreach (Activity a in Source.Ledger)
        {
            if (i == rows.Length)
            {
                break;
            }
            rows[i++] = new ActivityRow(a.Id.Value, Kebab(a.Kind.Name), a.Unit.Value, a.By?.Value, a.Time.Date.ToDateOnly(),
                a.County?.Value);
        }
        return rows;
    }

    /// <summary>The activities as integer structs, by enumerating the ledger.</summary>
    /// <returns>The activities.</returns>
    public RawActivity[] RawActivities()
    {
        var kinds = Kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => (byte)p.i, StringComparer.Ordinal);
        var rows = new RawActivity[ActivityCount];
        int i = 0;
        foreach (Activity a in Source.Ledger)
        {
            rows[i++] = new RawActivity(UnitIndex[a.Unit.Value], a.By is { } by ? LeaderIndex[by.Value] : -1,
                a.Time.Date.ToDateOnly().DayNumber, a.County is { } c ? CountyIndex[c.Value] : -1, kinds[Kebab(a.Kind.Name)]);
        }
        return rows;
    }

    /// <summary>The kebab-case form of a PascalCase name, as in the JSON contract.</summary>
    /// <param name="name">A PascalCase name.</param>
    /// <returns>Its kebab-case form.</returns>
    public static string Kebab(string name) => s_kebab.TryGetValue(name, out string? k) ? k : ToKebab(name);

    private static readonly Dictionary<string, string> s_kebab = new[]
    {
        "SupervisionVisit", "LeadershipMeeting", "OfficeMeeting", "JointMeeting", "AnnualPlan", "StudyTour", "NightSchool",
        "PartyLecture", "BranchGuidance", "MainLeader", "DeputyLeader", "OtherLeader",
    }.ToDictionary(n => n, ToKebab, StringComparer.Ordinal);

    private static string ToKebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(ch) : ch.ToString()));
}
