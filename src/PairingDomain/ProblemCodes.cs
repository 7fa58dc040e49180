namespace PairingDomain;

/// <summary>
/// The stable codes of the <see cref="Problem"/>s the core builders report, as case-format.md lists them.
/// </summary>
/// <remarks>
/// A reader of another format adds its own codes for problems of its text and shape (the JSON reader's are in
/// <c>PairingDomain.Json.JsonProblemCodes</c>). The strings are the contract; they never change.
/// <threadsafety>Constants only.</threadsafety>
/// </remarks>
public static class ProblemCodes
{
    /// <summary>A required field is absent or null.</summary>
    public const string MissingField = "missing-field";

    /// <summary>A value of the wrong type, an enumeration value not in the list, or a malformed code.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>An identifier or code used by two records.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference to a record that does not exist, or of the wrong owner.</summary>
    public const string UnknownReference = "unknown-reference";

    /// <summary>A cadre grade outside the policy edition's grade scale.</summary>
    public const string GradeNotInScale = "grade-not-in-scale";

    /// <summary>
    /// A household's exit indicators for a year that has no national poverty line in the case's edition
    /// (case-format-2.md §1; domain.md §8: a line missing for a year is an error the caller must fill, never a guess).
    /// </summary>
    public const string UnknownPovertyLine = "unknown-poverty-line";
}
