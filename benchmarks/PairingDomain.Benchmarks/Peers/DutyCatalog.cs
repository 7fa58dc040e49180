namespace PairingDomain.Benchmarks.Peers;

/// <summary>Where a duty counts an activity: for the unit as a whole, only at a county it leads, or at any county it assists.</summary>
public enum DutyScope
{
    /// <summary>Per unit: a county it assists that day, or no county on a day it assists some county.</summary>
    Unit,

    /// <summary>Only at a county the unit leads that day.</summary>
    Led,

    /// <summary>At a county the unit assists that day.</summary>
    Assisted,
}

/// <summary>One duty as the peers see it: which kind feeds it, whose post it needs and where it counts.</summary>
/// <param name="Rule">The rule ID.</param>
/// <param name="Kind">The activity kind, kebab-case.</param>
/// <param name="Post">The leader post the <c>by</c> leader must hold that day, kebab-case, or null for none.</param>
/// <param name="Scope">Where the activity must take place.</param>
public sealed record PeerDuty(string Rule, string Kind, string? Post, DutyScope Scope);

/// <summary>
/// The qualification table of sichuan-2019 written out by hand (case-format.md "Assessment"), in the order of the
/// edition's duties — a test checks that order against <c>PolicyEditions.Sichuan2019.Duties</c>.
/// </summary>
public static class DutyCatalog
{
    /// <summary>The duties, in edition order.</summary>
    public static readonly PeerDuty[] Duties =
    [
        new("DUTY-LEAD-JOINT-MEETINGS", "joint-meeting", null, DutyScope.Led),
        new("DUTY-MAIN-LEADER-VISITS", "supervision-visit", "main-leader", DutyScope.Unit),
        new("DUTY-MAIN-LEADER-MEETINGS", "leadership-meeting", "main-leader", DutyScope.Unit),
        new("DUTY-ANNUAL-PLAN", "annual-plan", null, DutyScope.Assisted),
        new("DUTY-DEPUTY-VISITS", "supervision-visit", "deputy-leader", DutyScope.Unit),
        new("DUTY-DEPUTY-MEETINGS", "office-meeting", "deputy-leader", DutyScope.Unit),
        new("DUTY-STUDY-TOUR", "study-tour", null, DutyScope.Unit),
        new("DUTY-NIGHT-SCHOOL", "night-school", null, DutyScope.Unit),
    ];

    /// <summary>The number of duties.</summary>
    public static int Count => Duties.Length;
}
