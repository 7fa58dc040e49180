namespace PairingDomain.Json;

/// <summary>
/// The stable codes of the <see cref="Problem"/>s that only <see cref="CaseReader"/> reports, as case-format.md lists
/// them: problems of the document's text and shape, which the core builders never see.
/// </summary>
/// <remarks>
/// The reader also reports the codes of <see cref="ProblemCodes"/> (<c>missing-field</c>, <c>invalid-value</c>,
/// <c>duplicate-id</c>, <c>unknown-reference</c>, <c>grade-not-in-scale</c>), which the core builders report too. The
/// strings are the contract; they never change.
/// <threadsafety>Constants only.</threadsafety>
/// </remarks>
public static class JsonProblemCodes
{
    /// <summary>The input is not well-formed JSON, or not UTF-8.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The document's <c>format</c> is not one this library reads.</summary>
    public const string UnsupportedFormat = "unsupported-format";

    /// <summary>The named policy edition is not known.</summary>
    public const string UnknownPolicy = "unknown-policy";

    /// <summary>A member the format does not define.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>A date or instant that does not exist or cannot be read.</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>An interval whose <c>from</c> is after its <c>to</c>, or an as-of date outside the year.</summary>
    public const string DateOrder = "date-order";

    /// <summary>An activity with both <c>on</c> and <c>at</c>, or neither.</summary>
    public const string OnAndAt = "on-and-at";

    /// <summary>The input exceeds a documented size limit (its length, or its nesting depth).</summary>
    public const string LimitExceeded = "limit-exceeded";
}
