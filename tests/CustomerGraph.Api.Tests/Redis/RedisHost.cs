using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The customer graph on loopback (its own SQLite file) with its rate limits and automatic persisted queries in a
/// shared Redis under <paramref name="keyPrefix"/>; a budget of 1,000 per 10 minutes and room for 20 persisted
/// queries unless <paramref name="settings"/> say otherwise. Its warnings and information logs are captured.
/// </summary>
public sealed class RedisHost(
    RedisServer redis,
    string keyPrefix,
    CapturedLogs logs,
    params (string Key, string? Value)[] settings
)
    : LoopbackHost(
        services => services.AddSingleton<ILoggerProvider>(logs),
        [
            ("Redis:Configuration", redis.Configuration),
            ("Redis:KeyPrefix", keyPrefix),
            ("RateLimiting:Budget", "1000"),
            ("GraphQL:PersistedOperations:AutomaticPersistedQueryCacheSize", "20"),
            .. settings,
        ]
    )
{
    /// <summary>Creates a host with a fresh log capture.</summary>
    public RedisHost(RedisServer redis, string keyPrefix, params (string Key, string? Value)[] settings)
        : this(redis, keyPrefix, new CapturedLogs(LogLevel.Information), settings) { }

    /// <summary>What the host logged at Information and above.</summary>
    public CapturedLogs Logs => logs;
}
