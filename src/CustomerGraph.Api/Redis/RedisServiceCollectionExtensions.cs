using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Api.Health;
using CustomerGraph.Api.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CustomerGraph.Api.Redis;

/// <summary>Puts the rate limit budgets and automatic persisted queries in Redis when one is configured.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Binds section <c>Redis</c>; when <c>Redis:Configuration</c> is set, registers the connection, the Redis
    /// <see cref="IRateLimitStore"/> and <see cref="IAutomaticPersistedQueryStore"/> (before the in-memory defaults,
    /// which then stand aside) and a readiness check named <c>redis</c>. Without it nothing changes.
    /// </summary>
    public static IServiceCollection AddRedisWhenConfigured(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var section = configuration.GetSection(RedisOptions.Section);
        services
            .AddOptions<RedisOptions>()
            .Bind(section)
            .Validate(
                options => options.Timeout > TimeSpan.Zero,
                "Redis:Timeout must be positive, e.g. 00:00:00.250."
            )
            .Validate(
                options => options.PersistedQueryTtl >= TimeSpan.FromSeconds(1),
                "Redis:PersistedQueryTtl must be at least one second, e.g. 1.00:00:00."
            )
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(section["Configuration"]))
            return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IConnectionMultiplexer>(provider =>
            ConnectionMultiplexer.Connect(
                ConnectionOptions(provider.GetRequiredService<IOptions<RedisOptions>>().Value)
            )
        );
        services.AddSingleton<RedisStoreFailures>();
        services.AddSingleton<IRateLimitStore, RedisRateLimitStore>();
        services.AddSingleton<IAutomaticPersistedQueryStore, RedisAutomaticPersistedQueryStore>();
        services
            .AddHealthChecks()
            .AddCheck<RedisHealthCheck>(
                "redis",
                failureStatus: HealthStatus.Degraded,
                tags: [HealthEndpoints.ReadyTag]
            );
        return services;
    }

    /// <summary>
    /// The configuration string with the host's defaults: the host starts and serves while Redis is down
    /// (<c>abortConnect=false</c>), commands fail at once while disconnected instead of queueing, timeouts are short
    /// and reconnection is attempted every half second, so recovery needs no restart.
    /// </summary>
    internal static ConfigurationOptions ConnectionOptions(RedisOptions options)
    {
        var text = options.Configuration!;
        var parsed = ConfigurationOptions.Parse(text);
        var timeout = (int)Math.Max(1, options.Timeout.TotalMilliseconds);
        if (!Mentions(text, "connectTimeout"))
            parsed.ConnectTimeout = timeout;
        if (!Mentions(text, "syncTimeout"))
            parsed.SyncTimeout = timeout;
        if (!Mentions(text, "asyncTimeout"))
            parsed.AsyncTimeout = timeout;
        parsed.AbortOnConnectFail = false;
        parsed.BacklogPolicy = BacklogPolicy.FailFast;
        parsed.ReconnectRetryPolicy = new LinearRetry(500);
        return parsed;
    }

    private static bool Mentions(string configuration, string setting) =>
        configuration.Contains(setting + "=", StringComparison.OrdinalIgnoreCase);
}
