using System;
using System.Collections.Immutable;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// A stored case loaded back (<see cref="CaseStore.LoadAsync"/>): the case, or every problem of its rows, each at
/// <c>table[key]</c> and the contract's field (<c>activities[A-0001].unit</c>).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class CaseLoadResult
{
    private readonly PairingCase? _case;

    internal CaseLoadResult(PairingCase? @case, ImmutableArray<Problem> problems)
    {
        _case = @case;
        Problems = problems;
    }

    /// <summary>Whether the case was built: true exactly when <see cref="Problems"/> is empty.</summary>
    public bool Success => _case is not null;

    /// <summary>Every problem found, the loader's own (rows the domain's constructors refuse) before the builder's.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>The case.</summary>
    /// <exception cref="InvalidOperationException">The load failed (<see cref="Success"/> is false).</exception>
    public PairingCase Case => _case ?? throw new InvalidOperationException(
        $"The stored case has {Problems.Length} problem(s); the first: {(Problems.IsEmpty ? "none" : Problems[0].ToString())}");
}
