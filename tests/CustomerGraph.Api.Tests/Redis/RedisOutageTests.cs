using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using CustomerGraph.Api.Redis;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// Redis stopped mid-run and started again, with the hosts running throughout: rate limits follow
/// <c>RateLimiting:OnStoreFailure</c> (Allow serves, Deny answers 429 <c>RATE_LIMITED</c> with a retry hint),
/// persisted queries are not found (the client resends the document), <c>/readyz</c> reports Redis degraded,
/// failures are counted and warned about once per interval, and everything is shared again once Redis is back.
/// </summary>
public sealed class RedisOutageTests(RedisOutageHosts hosts) : IClassFixture<RedisOutageHosts>, IDisposable
{
    private const string Costs16 = "{ customers(last: 5) { nodes { id } } }";

    // Every test leaves Redis running for the next.
    public void Dispose() => hosts.Redis.Start();

    [Fact]
    public async Task Rate_limits_follow_OnStoreFailure_while_Redis_is_down_and_are_shared_again_once_it_is_back()
    {
        var user = Guid.NewGuid().ToString();
        using var allow = hosts.Allow.As(user);
        using var deny = hosts.Deny.As(user);
        Assert.Equal(
            "984",
            Header(await PostAsync(allow, Costs16, HttpStatusCode.OK), "X-RateLimit-Remaining")
        );
        hosts.Redis.Stop();

        var served = await PostAsync(allow, Costs16, HttpStatusCode.OK);
        Assert.Equal(
            5,
            served.Json.GetProperty("data").GetProperty("customers").GetProperty("nodes").GetArrayLength()
        );
        var refused = await PostAsync(deny, Costs16, HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Message.Headers.RetryAfter?.Delta);
        var error = refused.Json.GetProperty("errors")[0];
        Assert.Equal(
            "The rate limit cannot be checked right now. Please wait 5 seconds before retrying.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(5000, error.GetProperty("extensions").GetProperty("resetIn").GetInt32());
        // REST is refused the same way.
        var rest = await deny.GetAsync(CustomerGraph.Api.Rest.RestApi.BasePath + "/customers");
        Assert.Equal(HttpStatusCode.TooManyRequests, rest.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), rest.Headers.RetryAfter?.Delta);

        hosts.Redis.Start();
        // Each host reconnects on its own; then Redis (back empty) holds one fresh window for both.
        await ReconnectedAsync(hosts.Allow);
        await ReconnectedAsync(hosts.Deny);
        Assert.Equal(
            "984",
            Header(await PostAsync(deny, Costs16, HttpStatusCode.OK), "X-RateLimit-Remaining")
        );
        var status = await PostAsync(allow, "{ rateLimit { cost remaining } }", HttpStatusCode.OK);
        Assert.Equal(
            981,
            status.Json.GetProperty("data").GetProperty("rateLimit").GetProperty("remaining").GetInt32()
        );
        Assert.Equal(19, (long)await hosts.ReadAsync("ratelimit:user:" + user));
    }

    [Fact]
    public async Task Persisted_queries_are_not_found_while_Redis_is_down_and_shared_again_once_it_is_back()
    {
        var query = $"query Outage{Guid.NewGuid():N} {{ customers(first: 1) {{ nodes {{ name }} }} }}";
        var hash = DocumentCache.HashOf(query);
        using var allow = hosts.Allow.As("apq-outage");
        using var deny = hosts.Deny.As("apq-outage");
        Assert.Equal(
            HttpStatusCode.OK,
            (await Http.PostJsonAsync(allow, SharedRedisTests.Registration(query, hash))).Status
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await Http.PostJsonAsync(allow, SharedRedisTests.ByHash(hash))).Status
        );
        hosts.Redis.Stop();

        var miss = await Http.PostJsonAsync(allow, SharedRedisTests.ByHash(hash), accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, miss.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        Assert.Equal(
            "PersistedQueryNotFound",
            miss.Json.GetProperty("errors")[0].GetProperty("message").GetString()
        );
        // The client's answer to that, the document with its hash, runs.
        var resent = await Http.PostJsonAsync(allow, SharedRedisTests.Registration(query, hash));
        Assert.Equal(HttpStatusCode.OK, resent.Status);
        Assert.Equal(
            1,
            resent.Json.GetProperty("data").GetProperty("customers").GetProperty("nodes").GetArrayLength()
        );

        hosts.Redis.Start();
        // Redis came back empty: registered through one host again, found through the other.
        await Eventually.TrueAsync(
            async () =>
                (await Http.PostJsonAsync(allow, SharedRedisTests.Registration(query, hash))).Status
                    == HttpStatusCode.OK
                && (await hosts.ReadAsync("apq:" + hash)).HasValue,
            "the registration reaches Redis"
        );
        await ReconnectedAsync(hosts.Deny);
        var hit = await Http.PostJsonAsync(deny, SharedRedisTests.ByHash(hash));
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(resent.Json.GetProperty("data").GetRawText(), hit.Json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Readyz_reports_Redis_degraded_while_it_is_down_and_healthy_once_it_is_back()
    {
        using var probe = new HttpClient { BaseAddress = hosts.Allow.Server };
        var up = await ReadyAsync(probe);
        Assert.Equal(("Healthy", "Healthy"), (up.Status, up.Redis));
        hosts.Redis.Stop();

        var down = await ReadyAsync(probe);
        Assert.Equal(HttpStatusCode.OK, down.Http);
        Assert.Equal(("Degraded", "Degraded"), (down.Status, down.Redis));
        Assert.Equal(
            "Redis is unreachable: rate limits follow RateLimiting:OnStoreFailure and automatic persisted queries are not found until it answers.",
            down.Description
        );
        Assert.Equal("Healthy", down.Database);

        hosts.Redis.Start();
        await Eventually.TrueAsync(
            async () => (await ReadyAsync(probe)).Status == "Healthy",
            "readyz healthy again"
        );
    }

    [Fact]
    public async Task Failures_are_counted_and_warned_about_once_per_interval()
    {
        using var allow = hosts.Allow.As(Guid.NewGuid().ToString());
        var failures = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Name == RedisStoreFailures.MetricName)
                meterListener.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref failures, value));
        listener.Start();
        // Whatever earlier tests logged, the next failure is due a warning.
        hosts.Allow.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = Warnings();
        hosts.Redis.Stop();

        for (var request = 0; request < 5; request++)
            await PostAsync(allow, Costs16, HttpStatusCode.OK);
        Assert.True(Interlocked.Read(ref failures) >= 5, $"{failures} failures counted");
        Assert.Single(Warnings().Skip(before.Count));
        hosts.Allow.Clock.Advance(TimeSpan.FromMinutes(1));
        await PostAsync(allow, Costs16, HttpStatusCode.OK);
        var warnings = Warnings().Skip(before.Count).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("4 more failures since the last warning", warnings[1]);

        var recoveries = Recoveries();
        hosts.Redis.Start();
        await Eventually.TrueAsync(
            async () =>
            {
                await PostAsync(allow, Costs16, HttpStatusCode.OK);
                return Recoveries() == recoveries + 1;
            },
            "the recovery is logged once"
        );
        await PostAsync(allow, Costs16, HttpStatusCode.OK);
        Assert.Equal(recoveries + 1, Recoveries());
    }

    private static async Task ReconnectedAsync(RedisHost host)
    {
        using var probe = new HttpClient { BaseAddress = host.Server };
        await Eventually.TrueAsync(
            async () => (await ReadyAsync(probe)).Redis == "Healthy",
            "the host reaches Redis again"
        );
    }

    private int Recoveries() => hosts.Allow.Logs.Lines.Count(line => line.Contains("Redis answers again"));

    private List<string> Warnings() =>
        hosts.Allow.Logs.Lines.Where(line => line.Contains("Redis is unreachable (")).ToList();

    private static async Task<(
        HttpStatusCode Http,
        string Status,
        string? Redis,
        string? Description,
        string? Database
    )> ReadyAsync(HttpClient probe)
    {
        var answer = await Http.GetAsync(probe, "/readyz", accept: null);
        var checks = answer.Json.GetProperty("checks");
        var redis = checks.GetProperty("redis");
        return (
            answer.Status,
            answer.Json.GetProperty("status").GetString()!,
            redis.GetProperty("status").GetString(),
            redis.GetProperty("description").GetString(),
            checks.GetProperty("database").GetProperty("status").GetString()
        );
    }

    private static async Task<HttpAnswer> PostAsync(HttpClient client, string query, HttpStatusCode status)
    {
        var answer = await Http.PostAsync(client, JsonSerializer.Serialize(new { query }));
        Assert.True(status == answer.Status, answer.Body);
        return answer;
    }

    private static string Header(HttpAnswer answer, string name) => SharedRedisTests.Header(answer, name);
}
