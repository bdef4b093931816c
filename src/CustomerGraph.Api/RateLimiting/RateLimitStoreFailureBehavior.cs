namespace CustomerGraph.Api.RateLimiting;

/// <summary>What a charge does when its shared store cannot be reached (<c>RateLimiting:OnStoreFailure</c>).</summary>
public enum RateLimitStoreFailureBehavior
{
    /// <summary>Serve the request unmetered; the failure is logged (at most once per interval) and counted.</summary>
    Allow,

    /// <summary>Refuse the request with <c>RATE_LIMITED</c> (429) and a retry hint.</summary>
    Deny,
}
