using System;

namespace PairingDomain;

/// <summary>
/// A problem with input data that stops it from being accepted: a duplicate identifier, a dangling reference,
/// a missing or malformed field. Every problem names the record and field it was found at.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is a JSONPath from the root of a <c>pairing-case/1</c> document, such as
/// <c>$.activities[3].on</c>; builders number records in the order they were added, and callers may pass their own
/// locator. <see cref="Code"/> is one of <see cref="ProblemCodes"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where the problem was found, as a JSONPath.</param>
    /// <param name="code">The stable problem code.</param>
    /// <param name="message">A human-readable description.</param>
    public Problem(string path, string code, string message)
    {
        Path = Preconditions.CheckNotNull(path, nameof(path));
        Code = Preconditions.CheckNotNull(code, nameof(code));
        Message = Preconditions.CheckNotNull(message, nameof(message));
    }

    /// <summary>Where the problem was found, as a JSONPath.</summary>
    public string Path { get; }

    /// <summary>The stable problem code, for example <c>duplicate-id</c>.</summary>
    public string Code { get; }

    /// <summary>A human-readable description; its wording may change between versions.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Code}: {Message}";
}

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
