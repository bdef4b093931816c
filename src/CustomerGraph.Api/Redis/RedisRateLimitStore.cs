using CustomerGraph.Api.RateLimiting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CustomerGraph.Api.Redis;

/// <summary>
/// The rate limit store several hosts share: each partition's window is one Redis integer,
/// <c>{KeyPrefix}ratelimit:{partition}</c> (e.g. <c>customergraph:ratelimit:user:alice</c>), holding what the
/// window has spent and expiring with it. A charge is one Lua script, so concurrent charges from every host are
/// serialised by Redis: no read-modify-write race, and Redis alone ends the window. Unreachable, the charge follows
/// <see cref="RateLimitingOptions.OnStoreFailure"/>.
/// </summary>
public sealed class RedisRateLimitStore(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> redisOptions,
    IOptions<RateLimitingOptions> rateLimitingOptions,
    RedisStoreFailures failures
) : IRateLimitStore
{
    /// <summary>The <c>store</c> tag of this store's failures.</summary>
    public const string StoreName = "rate_limit";

    // KEYS[1] the window; ARGV cost, budget, window (ms), enforce (1/0). A missing window (or one without expiry)
    // starts now, even for a refused charge, as the in-memory store's does. Returns { charged, spent, ms left }.
    private const string ChargeScript = """
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('SET', KEYS[1], 0, 'PX', ARGV[3])
          ttl = tonumber(ARGV[3])
        end
        local spent = tonumber(redis.call('GET', KEYS[1]))
        local charged = 0
        if ARGV[4] == '0' or tonumber(ARGV[1]) <= tonumber(ARGV[2]) - spent then
          spent = redis.call('INCRBY', KEYS[1], ARGV[1])
          charged = 1
        end
        return { charged, spent, ttl }
        """;

    private readonly string _keyPrefix = redisOptions.Value.KeyPrefix + "ratelimit:";

    /// <summary>The key of a partition's window.</summary>
    public string KeyOf(string partition) => _keyPrefix + partition;

    public async ValueTask<RateLimitCharge> ChargeAsync(
        string partition,
        long cost,
        RateLimitPolicy policy,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var result = await redis
                .GetDatabase()
                .ScriptEvaluateAsync(
                    ChargeScript,
                    [KeyOf(partition)],
                    [cost, policy.Budget, (long)policy.Window.TotalMilliseconds, policy.Enforce ? 1 : 0]
                )
                .WaitAsync(cancellationToken);
            failures.Succeeded();
            var values = (RedisResult[])result!;
            return new RateLimitCharge(
                (long)values[0] == 1,
                (long)values[1],
                TimeSpan.FromMilliseconds((long)values[2])
            );
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            failures.Report(StoreName, exception);
            var settings = rateLimitingOptions.Value;
            return settings.OnStoreFailure == RateLimitStoreFailureBehavior.Deny
                ? new RateLimitCharge(
                    false,
                    policy.Budget,
                    settings.StoreFailureRetryAfter,
                    StoreUnavailable: true
                )
                // Served unmetered: the status reads as a fresh window charged with this request alone.
                : new RateLimitCharge(true, cost, policy.Window, StoreUnavailable: true);
        }
    }
}
