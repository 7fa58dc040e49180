using System;
using System.Runtime.CompilerServices;

namespace PairingDomain.Assessment;

/// <summary>
/// Where an activity stands against its unit's pairings on its date, as <see cref="AssessmentPlan.Locate"/> finds it once
/// per activity: outside every pairing, at the unit (a meeting with no county), or at a county slot the unit leads or only
/// assists that day.
/// </summary>
/// <remarks>
/// A zero-cost wrapper over one <see cref="int"/>: 0 is <see cref="Outside"/>, <see cref="int.MaxValue"/> is
/// <see cref="AtUnit"/>, a positive value is the county slot's counter target (1-based) when the unit leads the county,
/// and its negation when the unit assisted without leading.
/// </remarks>
internal readonly struct Location
{
    private const int AtUnitValue = int.MaxValue;

    private readonly int _value;

    private Location(int value) => _value = value;

    /// <summary>Outside every pairing of the unit that day: <c>ACTIVITY-OUTSIDE-PAIRING</c>.</summary>
    internal static Location Outside => default;

    /// <summary>A meeting without a county on a day the unit may hold it; it counts for per-unit duties only.</summary>
    internal static Location AtUnit => new(AtUnitValue);

    internal bool IsOutside
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value == 0;
    }

    internal bool IsAtUnit
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value == AtUnitValue;
    }

    /// <summary>At a county the unit assisted that day without leading it.</summary>
    internal bool IsAssistedOnly
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _value < 0;
    }

    /// <summary>The county slot's counter target (1-based), whether led or only assisted.</summary>
    internal int Target
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Math.Abs(_value);
    }

    /// <summary>At the county slot whose counter target is <paramref name="target"/>, which the unit leads that day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Location Led(int target) => new(target);

    /// <summary>At the county slot whose counter target is <paramref name="target"/>, which the unit assists but does not lead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Location AssistedOnly(int target) => new(-target);
}
