using StackExchange.Redis;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// Two hosts, A and B, each with its own SQLite file, sharing one real redis-server under a key prefix of their own;
/// <see cref="Inspector"/> is a separate connection that reads what they wrote.
/// </summary>
public sealed class SharedRedisHosts : IDisposable
{
    public SharedRedisHosts()
    {
        Redis = new RedisServer();
        A = new RedisHost(Redis, KeyPrefix);
        B = new RedisHost(Redis, KeyPrefix);
        Connection = ConnectionMultiplexer.Connect(Redis.Configuration);
    }

    public RedisServer Redis { get; }

    public string KeyPrefix { get; } = $"customergraph-test-{Guid.NewGuid():N}:";

    public RedisHost A { get; }

    public RedisHost B { get; }

    public IConnectionMultiplexer Connection { get; }

    public IDatabase Inspector => Connection.GetDatabase();

    public void Dispose()
    {
        Connection.Dispose();
        A.Dispose();
        B.Dispose();
        Redis.Dispose();
    }
}
