using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CustomerGraph.Api.Redis;

/// <summary>
/// Readiness of the shared Redis: a PING. Unreachable, the host still serves (the stores fall back as documented),
/// so the check reports <see cref="HealthStatus.Degraded"/>, not unhealthy.
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Redis answered in {latency.TotalMilliseconds:0.#} ms."
                )
            );
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                "Redis is unreachable: rate limits follow RateLimiting:OnStoreFailure and automatic persisted queries are not found until it answers."
            );
        }
    }
}
