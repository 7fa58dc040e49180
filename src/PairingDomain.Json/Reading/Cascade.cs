namespace PairingDomain.Json.Reading;

/// <summary>
/// A problem the reader has reported that the core builders would report again, as another problem, at a field that
/// depends on it: one row each of the cascade-suppression policy in <see cref="ProblemLog"/>.
/// </summary>
internal enum Cascade
{
    /// <summary>An activity's <c>kind</c> is unreadable.</summary>
    ActivityKindUnreadable,

    /// <summary>An activity's <c>county</c> is unreadable.</summary>
    ActivityCountyUnreadable,

    /// <summary>A cadre grade's <c>year</c> is unreadable.</summary>
    GradeYearUnreadable,

    /// <summary>The record names a leader whose <c>id</c> is used in two units (reported as <c>duplicate-id</c>).</summary>
    LeaderOfTwoUnits,

    /// <summary>The record names, by its raw text, a county whose own <c>code</c> is unreadable (a number, say).</summary>
    CountyCodeUnreadable,

    /// <summary>An attendance record's <c>month</c> is unreadable (<c>pairing-case/2</c>).</summary>
    AttendanceMonthUnreadable,

    /// <summary>A cadre work record's <c>year</c> is unreadable (<c>pairing-case/2</c>).</summary>
    WorkYearUnreadable,
}
