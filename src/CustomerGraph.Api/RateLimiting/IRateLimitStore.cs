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

/// <summary>The budget per window, and whether charges that would pass it are refused.</summary>
public readonly record struct RateLimitPolicy(long Budget, TimeSpan Window, bool Enforce);

/// <summary>What a charge came to: whether it was made, what the window has spent since, and when it resets.</summary>
public readonly record struct RateLimitCharge(bool Charged, long Spent, TimeSpan ResetIn);
