namespace CustomerGraph.Api.RateLimiting;

/// <summary>The complexity budget every API user gets per window (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Whether operations over budget are refused; usage is metered and reported either way.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The cost one API user may spend per window. Large enough that real clients never meet it in normal use (two
    /// hundred operations at the complexity limit, or tens of thousands of typical ones, every window).
    /// </summary>
    public int Budget { get; set; } = 10_000_000;

    /// <summary>How long a budget lasts: it is whole again this long after the window's first charge.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// What a charge does when the shared store (Redis) cannot be reached: <see cref="RateLimitStoreFailureBehavior.Allow"/>
    /// serves the request unmetered, <see cref="RateLimitStoreFailureBehavior.Deny"/> refuses it with <c>RATE_LIMITED</c>.
    /// </summary>
    public RateLimitStoreFailureBehavior OnStoreFailure { get; set; } = RateLimitStoreFailureBehavior.Allow;

    /// <summary>The wait a refusal for an unreachable store asks for (<c>Retry-After</c>, <c>resetIn</c>).</summary>
    public TimeSpan StoreFailureRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
