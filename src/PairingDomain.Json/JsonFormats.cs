namespace PairingDomain.Json;

/// <summary>
/// The <c>format</c> values of the JSON documents of case-format.md and case-format-2.md.
/// </summary>
/// <remarks><threadsafety>Constants only.</threadsafety></remarks>
public static class JsonFormats
{
    /// <summary>A case: the roster, the activity ledger and the grades to assess.</summary>
    public const string Case = "pairing-case/1";

    /// <summary>
    /// A case of version 2 (case-format-2.md): version 1 plus the stationed cadres' work, the teams' local members, the
    /// reviews and the Work Committee's activities.
    /// </summary>
    public const string CaseVersion2 = "pairing-case/2";

    /// <summary>The assessment of a valid case.</summary>
    public const string Assessment = "pairing-assessment/1";

    /// <summary>
    /// The assessment of a valid <c>pairing-case/2</c> case (case-format-2.md §3): version 1 plus the cadres' own
    /// duties, the main leaders of the window and the Work Committee's duties.
    /// </summary>
    public const string AssessmentVersion2 = "pairing-assessment/2";

    /// <summary>A policy edition kept as data (edition-format.md): its rules, grade scale and interpretations.</summary>
    public const string Edition = "pairing-edition/1";

    /// <summary>Every problem of an invalid case.</summary>
    public const string Errors = "pairing-errors/1";
}
