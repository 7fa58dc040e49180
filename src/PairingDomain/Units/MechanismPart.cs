namespace PairingDomain.Units;

/// <summary>
/// One of the four parts of the four-in-one mechanism (四位一体), rule <c>MECH-FOUR-IN-ONE</c>, §II.1 and §III.2.
/// </summary>
/// <remarks>
/// The values are ordered as case-format.md lists a mechanism's missing parts.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class MechanismPart : BilingualEnumeration<MechanismPart>
{
    /// <summary>领导班子主责: the leadership team bears main responsibility.</summary>
    public static readonly MechanismPart LeadershipTeam = new(nameof(LeadershipTeam), 1, "领导班子主责", "Leadership team bears main responsibility");

    /// <summary>承办机构主推: a named undertaking office drives the work.</summary>
    public static readonly MechanismPart UndertakingOffice = new(nameof(UndertakingOffice), 2, "承办机构主推", "Undertaking office drives the work");

    /// <summary>单位全员主帮: all staff help.</summary>
    public static readonly MechanismPart AllStaff = new(nameof(AllStaff), 3, "单位全员主帮", "All staff help");

    /// <summary>驻村干部主干: stationed cadres are the backbone.</summary>
    public static readonly MechanismPart StationedCadres = new(nameof(StationedCadres), 4, "驻村干部主干", "Stationed cadres are the backbone");

    private MechanismPart(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
