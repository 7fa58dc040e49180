using System.Diagnostics.CodeAnalysis;

namespace PairingDomain.Assessment;

/// <summary>
/// Where a duty stands as of the assessment date (case-format.md): <c>short</c> when any period that ended on or before
/// the as-of date is below its minimum; otherwise <c>pending</c> when some period of the year ends after it; otherwise <c>met</c>.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class DutyStatus : BilingualEnumeration<DutyStatus>
{
    /// <summary>已达标: every period is over and at its minimum.</summary>
    public static readonly DutyStatus Met = new(nameof(Met), 1, "已达标", "met");

    /// <summary>未达标: some ended period is below its minimum.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "'short' is the contract's word for the status.")]
    public static readonly DutyStatus Short = new(nameof(Short), 2, "未达标", "short");

    /// <summary>进行中: no ended period is short, and some period is not over yet.</summary>
    public static readonly DutyStatus Pending = new(nameof(Pending), 3, "进行中", "pending");

    private DutyStatus(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
