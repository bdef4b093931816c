namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// Where the spending of each partition (API user) in its current window is kept: in memory by default
/// (<see cref="InMemoryRateLimitStore"/>); a store shared by several hosts can take its place.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>
    /// Atomically charges <paramref name="cost"/> to the partition's current window (starting a new window when the
    /// last one has ended) unless that would pass the budget and the policy is enforced; a refused charge spends
    /// nothing.
    /// </summary>
    ValueTask<RateLimitCharge> ChargeAsync(
        string partition,
        long cost,
        RateLimitPolicy policy,
        CancellationToken cancellationToken
    );
}
