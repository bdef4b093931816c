namespace CustomerGraph.Api.Redis;

/// <summary>
/// The Redis server several hosts share (configuration section <c>Redis</c>): rate limit budgets and automatic
/// persisted queries live there when <see cref="Configuration"/> is set, in each host's memory otherwise.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379,password=…</c>; empty keeps every store in
    /// memory. <c>abortConnect</c> is always false (the host starts with Redis down); <c>connectTimeout</c>,
    /// <c>syncTimeout</c> and <c>asyncTimeout</c> default to <see cref="Timeout"/> unless the string sets them.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key the host writes, so that several applications can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "customergraph:";

    /// <summary>
    /// How long connecting and each command may take before the store counts as unreachable: short, so that a dead
    /// Redis delays no request by more than this.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long an automatic persisted query stays in Redis after it was last registered or used.</summary>
    public TimeSpan PersistedQueryTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>At most one warning per this interval while Redis is unreachable; every failure is counted.</summary>
    public TimeSpan FailureLogInterval { get; set; } = TimeSpan.FromMinutes(1);
}
