using StackExchange.Redis;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// A redis-server the tests stop and start again, and two hosts sharing it: <see cref="Allow"/> with the default
/// <c>RateLimiting:OnStoreFailure</c> and <see cref="Deny"/> with <c>Deny</c>.
/// </summary>
public sealed class RedisOutageHosts : IDisposable
{
    public RedisOutageHosts()
    {
        Redis = new RedisServer();
        Allow = new RedisHost(Redis, KeyPrefix);
        Deny = new RedisHost(Redis, KeyPrefix, ("RateLimiting:OnStoreFailure", "Deny"));
    }

    public RedisServer Redis { get; }

    public string KeyPrefix { get; } = $"customergraph-test-{Guid.NewGuid():N}:";

    public RedisHost Allow { get; }

    public RedisHost Deny { get; }

    /// <summary>Reads a key with a connection of the test's own, made for the one call.</summary>
    public async Task<RedisValue> ReadAsync(string key)
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration);
        return await connection.GetDatabase().StringGetAsync(KeyPrefix + key);
    }

    public void Dispose()
    {
        Allow.Dispose();
        Deny.Dispose();
        Redis.Dispose();
    }
}
