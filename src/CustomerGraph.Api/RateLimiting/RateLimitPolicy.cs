namespace CustomerGraph.Api.RateLimiting;

/// <summary>The budget per window, and whether charges that would pass it are refused.</summary>
public readonly record struct RateLimitPolicy(long Budget, TimeSpan Window, bool Enforce);
