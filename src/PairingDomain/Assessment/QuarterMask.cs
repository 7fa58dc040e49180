using System.Numerics;
using System.Runtime.CompilerServices;

namespace PairingDomain.Assessment;

/// <summary>
/// A set of the periods of the assessed year: bits 0 to 3 the quarters, bit 4 the whole year. The quarters in force for
/// a target, and the periods a duty was short in, are both such sets.
/// </summary>
/// <remarks>
/// A zero-cost wrapper over one <see cref="int"/>. <see cref="NotOwed"/> (−1 inside) marks a county slot the unit
/// never led, for which a per-county-led duty is not owed at all — unlike <see cref="None"/>, a target owed for no
/// quarter, whose counts are still recorded.
/// </remarks>
internal readonly struct QuarterMask
{
    /// <summary>The number of distinct sets of the five periods: the size of a table indexed by <see cref="Bits"/>.</summary>
    internal const int Combinations = 1 << 5;

    private const int QuarterBits = 0b1111, YearBit = 1 << 4, NotOwedValue = -1;

    private readonly int _bits;

    private QuarterMask(int bits) => _bits = bits;

    internal static QuarterMask None => default;

    internal static QuarterMask AllQuarters => new(QuarterBits);

    /// <summary>The duty is not owed for this target.</summary>
    internal static QuarterMask NotOwed => new(NotOwedValue);

    /// <summary>The bits, 0 to <see cref="Combinations"/> − 1 when <see cref="IsOwed"/>.</summary>
    internal int Bits => _bits;

    internal bool IsOwed
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _bits != NotOwedValue;
    }

    internal bool IsEmpty => _bits == 0;

    internal bool HasYear => (_bits & YearBit) != 0;

    /// <summary>How many quarters the set holds.</summary>
    internal int QuarterCount => BitOperations.PopCount((uint)(_bits & QuarterBits));

    internal static QuarterMask FromBits(int bits) => new(bits);

    /// <summary>Whether the set holds quarter <paramref name="quarter"/> (0 to 3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool HasQuarter(int quarter) => (_bits & (1 << quarter)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal QuarterMask WithQuarter(int quarter) => new(_bits | (1 << quarter));

    internal QuarterMask WithYear() => new(_bits | YearBit);
}
