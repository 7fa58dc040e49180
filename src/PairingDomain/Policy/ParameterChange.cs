using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>One parameter that differs between two editions' versions of a rule.</summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Name">
/// The parameter, or <c>text-zh</c>, <c>text-en</c> (the texts as stated, with their placeholders), <c>source</c>, <c>enabled</c>, <c>evaluated</c>, or a parameter's
/// own source as <c>name.source</c>.
/// </param>
/// <param name="Before">Its value in the first edition, or null when absent.</param>
/// <param name="After">Its value in the second edition, or null when absent.</param>
public sealed record ParameterChange(string Name, string? Before, string? After);
