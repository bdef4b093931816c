using CustomerGraph.Api.GraphQLHttp;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CustomerGraph.Api.Redis;

/// <summary>
/// Automatic persisted queries shared by every host: the document under <c>{KeyPrefix}apq:{sha256}</c>, expiring
/// <see cref="RedisOptions.PersistedQueryTtl"/> after it was last registered or used, and an index
/// <c>{KeyPrefix}apq-index</c> (a sorted set of hashes by last use) that keeps at most
/// <see cref="PersistedOperationOptions.AutomaticPersistedQueryCacheSize"/> documents, the least recently used
/// dropped first. Each lookup and registration is one Lua script. Unreachable, lookups find nothing (the client
/// resends the document) and registrations are skipped.
/// </summary>
public sealed class RedisAutomaticPersistedQueryStore(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> redisOptions,
    IOptions<PersistedOperationOptions> persistedOptions,
    RedisStoreFailures failures
) : IAutomaticPersistedQueryStore
{
    /// <summary>The <c>store</c> tag of this store's failures.</summary>
    public const string StoreName = "persisted_queries";

    // Last use is Redis's own clock (TIME, in whole milliseconds, which Lua writes exactly): one clock for all hosts.
    // KEYS document, index; ARGV ttl (ms), hash.
    private const string GetScript = """
        local document = redis.call('GET', KEYS[1])
        if document then
          local time = redis.call('TIME')
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          redis.call('ZADD', KEYS[2], time[1] * 1000 + math.floor(time[2] / 1000), ARGV[2])
          redis.call('PEXPIRE', KEYS[2], ARGV[1])
        end
        return document
        """;

    // KEYS document, index; ARGV document, ttl (ms), hash, capacity, document key prefix. Forgets the index entries
    // whose documents have expired, then the least recently used documents beyond the capacity.
    private const string AddScript = """
        local time = redis.call('TIME')
        local now = time[1] * 1000 + math.floor(time[2] / 1000)
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        redis.call('ZADD', KEYS[2], now, ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[2]))
        local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[4])
        if excess > 0 then
          local evicted = redis.call('ZPOPMIN', KEYS[2], excess)
          for i = 1, #evicted, 2 do
            redis.call('DEL', ARGV[5] .. evicted[i])
          end
        end
        return 1
        """;

    private readonly string _documentPrefix = redisOptions.Value.KeyPrefix + "apq:";
    private readonly RedisKey _index = redisOptions.Value.KeyPrefix + "apq-index";
    private readonly long _ttl = (long)redisOptions.Value.PersistedQueryTtl.TotalMilliseconds;
    private readonly int _capacity = Math.Max(1, persistedOptions.Value.AutomaticPersistedQueryCacheSize);

    /// <summary>The key of the document registered under <paramref name="hash"/>.</summary>
    public string KeyOf(string hash) => _documentPrefix + hash;

    public async ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        try
        {
            var result = await redis
                .GetDatabase()
                .ScriptEvaluateAsync(GetScript, [KeyOf(hash), _index], [_ttl, hash])
                .WaitAsync(cancellationToken);
            failures.Succeeded();
            return result.IsNull ? null : (string?)result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            failures.Report(StoreName, exception);
            return null;
        }
    }

    public async ValueTask AddAsync(string hash, string document, CancellationToken cancellationToken)
    {
        try
        {
            await redis
                .GetDatabase()
                .ScriptEvaluateAsync(
                    AddScript,
                    [KeyOf(hash), _index],
                    [document, _ttl, hash, _capacity, _documentPrefix]
                )
                .WaitAsync(cancellationToken);
            failures.Succeeded();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            failures.Report(StoreName, exception);
        }
    }
}
