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
