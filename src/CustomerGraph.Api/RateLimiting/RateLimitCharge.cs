namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// What a charge came to: whether it was made, what the window has spent since, and when it resets;
/// <paramref name="StoreUnavailable"/> when the store could not be reached and the charge follows
/// <see cref="RateLimitingOptions.OnStoreFailure"/> instead.
/// </summary>
public readonly record struct RateLimitCharge(
    bool Charged,
    long Spent,
    TimeSpan ResetIn,
    bool StoreUnavailable = false
);
