namespace PairingDomain.Json;

/// <summary>
/// The <c>format</c> values of the JSON documents of case-format.md.
/// </summary>
/// <remarks><threadsafety>Constants only.</threadsafety></remarks>
public static class JsonFormats
{
    /// <summary>A case: the roster, the activity ledger and the grades to assess.</summary>
    public const string Case = "pairing-case/1";

    /// <summary>
    /// A case of version 2 (case-format-2.md): read by <see cref="CaseReader"/> only where its internal option asks,
    /// until the assessment writer emits <c>pairing-assessment/2</c>; the public path reports it
    /// <c>unsupported-format</c>.
    /// </summary>
    internal const string CaseVersion2 = "pairing-case/2";

    /// <summary>The assessment of a valid case.</summary>
    public const string Assessment = "pairing-assessment/1";

    /// <summary>Every problem of an invalid case.</summary>
    public const string Errors = "pairing-errors/1";
}
