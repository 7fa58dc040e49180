using System.Threading;

namespace PairingDomain.Samples.Service;

/// <summary>
/// The requests in progress (issue 18: "in-progress count returns to zero" after a client goes away), reported by
/// <c>GET /health</c>, which itself is not counted.
/// </summary>
public sealed class RequestGauge
{
    private int _inProgress;

    /// <summary>The requests started and not yet finished.</summary>
    public int InProgress => Volatile.Read(ref _inProgress);

    /// <summary>Counts a request in.</summary>
    public void Enter() => Interlocked.Increment(ref _inProgress);

    /// <summary>Counts a request out, however it ended.</summary>
    public void Leave() => Interlocked.Decrement(ref _inProgress);
}
