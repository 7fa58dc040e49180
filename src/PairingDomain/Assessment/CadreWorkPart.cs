namespace PairingDomain.Assessment;

/// <summary>
/// What a stationed cadre's yearly work record lacks for <c>DUTY-CADRE-FULL-TIME</c> (§III.4, case-format-2.md §2): the
/// record itself, the work plan, the work ledger, or full-time presence (the cadre still carried home-unit duties).
/// </summary>
/// <remarks>
/// The contract ids are <c>record</c>, <c>work-plan</c>, <c>work-ledger</c>, <c>full-time</c>, listed in
/// that order.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreWorkPart : BilingualEnumeration<CadreWorkPart>
{
    /// <summary>无记录: no work record for the cadre and year.</summary>
    public static readonly CadreWorkPart Record = new(nameof(Record), 1, "无工作记录", "No work record");

    /// <summary>帮扶工作计划: the work plan was not kept.</summary>
    public static readonly CadreWorkPart WorkPlan = new(nameof(WorkPlan), 2, "帮扶工作计划", "Work plan");

    /// <summary>帮扶工作台账: the work ledger was not kept.</summary>
    public static readonly CadreWorkPart WorkLedger = new(nameof(WorkLedger), 3, "帮扶工作台账", "Work ledger");

    /// <summary>全脱产: the cadre still carried duties at the home unit.</summary>
    public static readonly CadreWorkPart FullTime = new(nameof(FullTime), 4, "全脱产", "Full-time presence");

    private CadreWorkPart(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
