using System;

namespace PairingDomain.Units;

/// <summary>
/// The declared parts of a unit's four-in-one mechanism (四位一体), rule <c>MECH-FOUR-IN-ONE</c>.
/// </summary>
/// <remarks>
/// Three parts are declared by the unit; the fourth, stationed cadres, derives from the roster's postings and is
/// judged by the assessment. A blank undertaking office counts as absent.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record FourInOneMechanism
{
    /// <summary>Creates a mechanism declaration.</summary>
    /// <param name="leadershipTeam">Whether the leadership team bears main responsibility (领导班子主责).</param>
    /// <param name="undertakingOffice">The name of the undertaking office (承办机构), or null when none is named.</param>
    /// <param name="allStaff">Whether all staff help (单位全员主帮).</param>
    public FourInOneMechanism(bool leadershipTeam, string? undertakingOffice, bool allStaff)
    {
        LeadershipTeam = leadershipTeam;
        UndertakingOffice = undertakingOffice;
        AllStaff = allStaff;
    }

    /// <summary>A mechanism with no declared part.</summary>
    public static FourInOneMechanism None { get; } = new(false, null, false);

    /// <summary>Whether the leadership team bears main responsibility.</summary>
    public bool LeadershipTeam { get; }

    /// <summary>The undertaking office's name, or null.</summary>
    public string? UndertakingOffice { get; }

    /// <summary>Whether all staff help.</summary>
    public bool AllStaff { get; }

    /// <summary>Whether an undertaking office is named (absent or blank is not).</summary>
    public bool HasUndertakingOffice => !string.IsNullOrWhiteSpace(UndertakingOffice);
}
