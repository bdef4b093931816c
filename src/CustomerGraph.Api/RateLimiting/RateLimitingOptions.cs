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
}
