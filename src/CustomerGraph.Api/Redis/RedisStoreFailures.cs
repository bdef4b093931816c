using System.Diagnostics.Metrics;
using CustomerGraph.Api.Observability;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Redis;

/// <summary>
/// Counts every failed Redis command of the shared stores (metric <c>customergraph.redis.store.failures</c>, tag
/// <c>store</c>, on the host's <see cref="GraphQLTelemetry.Name"/> meter) and logs a warning at most once per
/// <see cref="RedisOptions.FailureLogInterval"/>, then once when Redis answers again.
/// </summary>
public sealed class RedisStoreFailures
{
    /// <summary>The name of the failure counter.</summary>
    public const string MetricName = "customergraph.redis.store.failures";

    private readonly Counter<long> _failures;
    private readonly ILogger<RedisStoreFailures> _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private long _nextWarningTicks = long.MinValue;
    private long _unlogged;
    private int _failing;

    public RedisStoreFailures(
        IMeterFactory meterFactory,
        ILogger<RedisStoreFailures> logger,
        TimeProvider time,
        IOptions<RedisOptions> options
    )
    {
        // The factory hands out the host's one meter of this name, the one the telemetry export listens to.
        _failures = meterFactory
            .Create(GraphQLTelemetry.Name)
            .CreateCounter<long>(
                MetricName,
                unit: "{failure}",
                description: "Redis commands of the shared stores that failed (Redis unreachable or too slow)."
            );
        _logger = logger;
        _time = time;
        _interval = options.Value.FailureLogInterval;
    }

    /// <summary>Counts a failed command of <paramref name="store"/> and warns unless it did lately.</summary>
    public void Report(string store, Exception exception)
    {
        _failures.Add(1, new KeyValuePair<string, object?>("store", store));
        Volatile.Write(ref _failing, 1);
        var now = _time.GetUtcNow().UtcTicks;
        var due = Volatile.Read(ref _nextWarningTicks);
        if (
            now < due
            || Interlocked.CompareExchange(ref _nextWarningTicks, now + _interval.Ticks, due) != due
        )
        {
            Interlocked.Increment(ref _unlogged);
            return;
        }
        _logger.LogWarning(
            "Redis is unreachable ({Store}: {Reason}); {Unlogged} more failures since the last warning. Rate limits follow RateLimiting:OnStoreFailure and persisted queries must be resent until it answers",
            store,
            exception.Message,
            Interlocked.Exchange(ref _unlogged, 0)
        );
    }

    /// <summary>Notes a command that succeeded: the first one after failures is logged.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _failing) == 0 || Interlocked.Exchange(ref _failing, 0) == 0)
            return;
        _logger.LogInformation("Redis answers again: the shared stores are back in use");
    }
}
