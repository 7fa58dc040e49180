namespace PairingDomain.Cadres;

/// <summary>
/// The post of a stationed cadre in a village work team (驻村工作队), domain.md §1 and §8.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CadrePost : BilingualEnumeration<CadrePost>
{
    /// <summary>第一书记, the first secretary, who in principle leads the team.</summary>
    public static readonly CadrePost FirstSecretary = new(nameof(FirstSecretary), 1, "第一书记", "First secretary");

    /// <summary>驻村工作队队长, the team leader.</summary>
    public static readonly CadrePost TeamLeader = new(nameof(TeamLeader), 2, "驻村工作队队长", "Team leader");

    /// <summary>驻村工作队队员, a team member.</summary>
    public static readonly CadrePost TeamMember = new(nameof(TeamMember), 3, "驻村工作队队员", "Team member");

    private CadrePost(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
