namespace CustomerGraph.Api.RateLimiting;

/// <summary>What a charge came to: whether it was made, what the window has spent since, and when it resets.</summary>
public readonly record struct RateLimitCharge(bool Charged, long Spent, TimeSpan ResetIn);
