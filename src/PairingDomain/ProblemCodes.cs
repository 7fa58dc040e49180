using System;

namespace PairingDomain;

/// <summary>
/// The stable codes of <see cref="Problem"/>, as case-format.md lists them.
/// </summary>
/// <remarks><threadsafety>Constants only.</threadsafety></remarks>
public static class ProblemCodes
{
    /// <summary>The input is not well-formed JSON.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The document's <c>format</c> is not one this library reads.</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>The named policy edition is not known.</summary>
    public const string UnknownPolicy = "unknown-policy";

    /// <summary>A field the format does not define.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A required field is absent or null.</summary>
    public const string MissingField = "missing-field";

    /// <summary>A value of the wrong type, an enumeration value not in the list, or a malformed code.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>A date or instant that does not exist or cannot be read.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>An interval whose <c>from</c> is after its <c>to</c>, or an as-of date outside the year.</summary>
    public const string DateOrder = "date-order";

    /// <summary>An identifier or code used by two records.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference to a record that does not exist, or of the wrong owner.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>An activity with both <c>on</c> and <c>at</c>, or neither.</summary>
    public const string OnAndAt = "on-and-at";

    /// <summary>A cadre grade outside the policy edition's grade scale.</summary>
    public const string GradeNotInScale = "grade-not-in-scale";

    /// <summary>The input exceeds a documented size limit.</summary>
    public const string LimitExceeded = "limit-exceeded";
}
