namespace PairingDomain.Committee;

/// <summary>
/// The kind of an activity of the Work Committee itself (case-format-2.md §1, <c>committeeActivities[].kind</c>): the
/// activities that feed <c>DUTY-COMMITTEE-TRAINING</c> (§III.6, domain.md §4: the Work Committee holds demonstration
/// trainings for stationed cadres, 5 in 2019).
/// </summary>
/// <remarks>
/// Apart from <see cref="Activities.ActivityKind"/>: a unit's ledger never holds these, and the committee's activities
/// are not among the unit activity statistics. The contract id is <c>demonstration-training</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CommitteeActivityKind : BilingualEnumeration<CommitteeActivityKind>
{
    /// <summary>驻村干部示范培训: a demonstration training for stationed cadres.</summary>
    public static readonly CommitteeActivityKind DemonstrationTraining =
        new(nameof(DemonstrationTraining), 1, "驻村干部示范培训", "Demonstration training");

    private CommitteeActivityKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
