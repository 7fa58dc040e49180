namespace PairingDomain.Benchmarks.Data;

/// <summary>The size and seed of a <see cref="TrapCase"/>.</summary>
/// <param name="Units">Assistance units.</param>
/// <param name="Counties">Counties.</param>
/// <param name="Villages">Villages, spread evenly over the counties.</param>
/// <param name="Cadres">Stationed cadres.</param>
/// <param name="Activities">Activities in the ledger.</param>
/// <param name="Seed">The seed of the deterministic generator.</param>
/// <param name="AsOf">The as-of month and day in 2019 as (month, day), or null for a full-year assessment.</param>
public sealed record TrapCaseOptions(int Units, int Counties, int Villages, int Cadres, int Activities, ulong Seed = 2019,
    (int Month, int Day)? AsOf = null)
{
    /// <summary>Sichuan 2019: 370 units, 88 counties, about 1,000 villages, 1,500 cadres, 50,000 activities.</summary>
    public static TrapCaseOptions Province { get; } = new(370, 88, 1_000, 1_500, 50_000);

    /// <summary>A national programme: 50,000 units, 250,000 villages, 1,000,000 cadres, 10,000,000 activities.</summary>
    public static TrapCaseOptions National { get; } = new(50_000, 2_000, 250_000, 1_000_000, 10_000_000);

    /// <summary>The reduced stand-in for <see cref="National"/> when <c>PAIRINGDOMAIN_BENCH_SCALE=ci</c>.</summary>
    public static TrapCaseOptions CiNational { get; } = new(2_000, 200, 5_000, 10_000, 200_000);

    /// <summary>A small case for the peer-equality tests.</summary>
    public static TrapCaseOptions Small { get; } = new(60, 14, 140, 200, 20_000);
}
