using System.Net;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>A host configured with a Redis that is down when it starts: it starts, serves, and uses Redis once it answers.</summary>
public sealed class RedisAtStartTests
{
    [Fact]
    public async Task A_host_started_while_Redis_is_down_serves_and_uses_Redis_once_it_answers()
    {
        using var redis = new RedisServer(start: false);
        var prefix = $"customergraph-test-{Guid.NewGuid():N}:";
        using var host = new RedisHost(redis, prefix);
        var user = Guid.NewGuid().ToString();
        using var client = host.As(user);
        var query = JsonSerializer.Serialize(new { query = "{ customers(last: 5) { nodes { id } } }" });

        var served = await Http.PostAsync(client, query);
        Assert.Equal(HttpStatusCode.OK, served.Status);
        using var probe = new HttpClient { BaseAddress = host.Server };
        var ready = await Http.GetAsync(probe, "/readyz", accept: null);
        Assert.Equal(
            "Degraded",
            ready.Json.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString()
        );

        redis.Start();
        await Eventually.TrueAsync(
            async () =>
                (await Http.GetAsync(probe, "/readyz", accept: null)).Json.GetProperty("status").GetString()
                == "Healthy",
            "readyz healthy once Redis answers"
        );
        var metered = await Http.PostAsync(client, query);
        Assert.Equal("984", SharedRedisTests.Header(metered, "X-RateLimit-Remaining"));
        using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(
            redis.Configuration
        );
        Assert.Equal(
            16,
            (long)await connection.GetDatabase().StringGetAsync(prefix + "ratelimit:user:" + user)
        );
    }
}
