namespace CustomerGraph.Graph.RateLimits;

/// <summary>
/// The caller's rate limit after the current operation, as <c>Query.rateLimit</c> answers it: the host charges the
/// operation before execution and leaves this record in the request items under <see cref="ItemKey"/>.
/// </summary>
/// <param name="Cost">The operation's estimated cost, as charged.</param>
/// <param name="Remaining">What remains of the budget after the charge.</param>
/// <param name="ResetIn">Milliseconds until the window resets (rounded up).</param>
/// <param name="Limit">The budget per window.</param>
public sealed record RateLimitStatus(int Cost, int Remaining, int ResetIn, int Limit)
{
    /// <summary>The request item the host stores the status under.</summary>
    public const string ItemKey = "CustomerGraph.RateLimitStatus";
}
