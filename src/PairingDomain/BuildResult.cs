using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace PairingDomain;

/// <summary>
/// The outcome of assembling a value from records that may be invalid: the value, or every problem found.
/// </summary>
/// <typeparam name="T">The type assembled.</typeparam>
/// <remarks>
/// Shaped like NodaTime's <c>ParseResult&lt;T&gt;</c>: failure that callers expect is returned, not thrown.
/// An import either accepts every record or reports every rejected one.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class BuildResult<T>
    where T : class
{
    private readonly T? _value;

    private BuildResult(T? value, ImmutableArray<Problem> problems)
    {
        _value = value;
        Problems = problems;
    }

    /// <summary>Whether the value was built: true exactly when <see cref="Problems"/> is empty.</summary>
    public bool Success => _value is not null;

    /// <summary>Every problem found, in the order the records were given.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>The value built.</summary>
    /// <exception cref="InvalidOperationException">The build failed.</exception>
    public T Value => _value ?? throw new InvalidOperationException(
        $"The {typeof(T).Name} has {Problems.Length} problem(s); check Success first. First: {Problems.FirstOrDefault()}");

    /// <summary>The value, or an exception that lists every problem.</summary>
    /// <exception cref="InvalidOperationException">The build failed.</exception>
    public T GetValueOrThrow() => _value ?? throw new InvalidOperationException(
        $"The {typeof(T).Name} could not be built:{Environment.NewLine}" + string.Join(Environment.NewLine, Problems));

    /// <summary>The value built, without an exception when the build failed.</summary>
    /// <param name="value">The value when the build succeeded; otherwise null.</param>
    /// <returns>Whether the value was built (<see cref="Success"/>); when false, <see cref="Problems"/> says why.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    internal static BuildResult<T> ForValue(T value) => new(value, ImmutableArray<Problem>.Empty);

    internal static BuildResult<T> ForProblems(ImmutableArray<Problem> problems) => new(null, problems);
}
