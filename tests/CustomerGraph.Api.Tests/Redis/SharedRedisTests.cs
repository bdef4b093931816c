using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// Two hosts sharing one Redis over real sockets: one API user's budget is one budget whichever host charges it
/// (exactly, also under concurrent charges through both), Redis ends the window, and an automatic persisted query
/// registered through one host is found through the other, with the shared store bounded.
/// </summary>
public sealed class SharedRedisTests(SharedRedisHosts hosts) : IClassFixture<SharedRedisHosts>
{
    // 10 for the query, 1 for nodes, 5 × id.
    private const string Costs16 = "{ customers(last: 5) { nodes { id } } }";
    private const string Status = "{ rateLimit { cost remaining resetIn limit } }";

    [Fact]
    public async Task What_one_host_spends_is_what_remains_through_the_other()
    {
        var user = Guid.NewGuid().ToString();
        using var a = hosts.A.As(user);
        using var b = hosts.B.As(user);
        var spent = await PostAsync(a, Costs16);
        Assert.Equal("984", Header(spent, "X-RateLimit-Remaining"));
        var status = (await PostAsync(b, Status)).Json.GetProperty("data").GetProperty("rateLimit");
        Assert.Equal(5, status.GetProperty("cost").GetInt32());
        Assert.Equal(979, status.GetProperty("remaining").GetInt32());
        Assert.Equal(1000, status.GetProperty("limit").GetInt32());
        Assert.InRange(status.GetProperty("resetIn").GetInt32(), 1, 600_000);
        var again = await PostAsync(a, Status);
        Assert.Equal(
            974,
            again.Json.GetProperty("data").GetProperty("rateLimit").GetProperty("remaining").GetInt32()
        );
        // The documented key: the window's spending, expiring with the window.
        var key = hosts.KeyPrefix + "ratelimit:user:" + user;
        Assert.Equal(26, (long)await hosts.Inspector.StringGetAsync(key));
        var ttl = await hosts.Inspector.KeyTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Eight_concurrent_workers_through_both_hosts_never_spend_more_than_the_budget()
    {
        var user = Guid.NewGuid().ToString();
        var admitted = new ConcurrentBag<int>();
        var refused = 0;
        var workers = Enumerable
            .Range(0, 8)
            .Select(worker =>
                Task.Run(async () =>
                {
                    using var client = (worker % 2 == 0 ? hosts.A : hosts.B).As(user);
                    while (true)
                    {
                        var answer = await Http.PostJsonAsync(client, new { query = Costs16 });
                        if (answer.Status == HttpStatusCode.TooManyRequests)
                        {
                            Assert.Equal("RATE_LIMITED", answer.FirstErrorCode);
                            Interlocked.Increment(ref refused);
                            return;
                        }
                        Assert.Equal(HttpStatusCode.OK, answer.Status);
                        admitted.Add(int.Parse(Header(answer, "X-RateLimit-Remaining")));
                    }
                })
            )
            .ToList();
        await Task.WhenAll(workers);
        // 62 charges of 16 fit in 1,000: every one admitted saw a remainder no other charge saw.
        Assert.Equal(8, refused);
        Assert.Equal(62, admitted.Count);
        Assert.True(admitted.Count * 16 <= 1000);
        Assert.Equal(Enumerable.Range(1, 62).Select(charge => 1000 - 16 * charge).Order(), admitted.Order());
        Assert.Equal(
            992,
            (long)await hosts.Inspector.StringGetAsync(hosts.KeyPrefix + "ratelimit:user:" + user)
        );
    }

    [Fact]
    public async Task The_window_ends_when_Redis_expires_it_for_both_hosts()
    {
        var user = Guid.NewGuid().ToString();
        using var a = hosts.A.As(user);
        using var b = hosts.B.As(user);
        await PostAsync(a, "{ customers(first: 989) { nodes { id } } }");
        await PostAsync(b, Costs16, HttpStatusCode.TooManyRequests);
        // The hosts' clocks stand still: only Redis can end the window.
        var key = hosts.KeyPrefix + "ratelimit:user:" + user;
        Assert.True(await hosts.Inspector.KeyExpireAsync(key, TimeSpan.FromMilliseconds(1)));
        await Eventually.TrueAsync(async () => !await hosts.Inspector.KeyExistsAsync(key));
        var fresh = await PostAsync(b, Costs16);
        Assert.Equal("984", Header(fresh, "X-RateLimit-Remaining"));
        Assert.Equal("600", Header(fresh, "X-RateLimit-Reset"));
    }

    [Fact]
    public async Task A_persisted_query_registered_through_one_host_is_a_hit_through_the_other()
    {
        var query = $"query Shared{Guid.NewGuid():N} {{ customers(first: 2) {{ nodes {{ name }} }} }}";
        var hash = DocumentCache.HashOf(query);
        using var a = hosts.A.As("apq-user");
        using var b = hosts.B.As("apq-user");
        var miss = await Http.PostJsonAsync(b, ByHash(hash), accept: "application/json");
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        var registered = await Http.PostJsonAsync(a, Registration(query, hash));
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        var hit = await Http.PostJsonAsync(b, ByHash(hash));
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(
            registered.Json.GetProperty("data").GetRawText(),
            hit.Json.GetProperty("data").GetRawText()
        );
        Assert.Equal(
            2,
            hit.Json.GetProperty("data").GetProperty("customers").GetProperty("nodes").GetArrayLength()
        );
        // The documented keys: the document with its time to live, and its entry in the index.
        Assert.Equal(query, (string?)await hosts.Inspector.StringGetAsync(hosts.KeyPrefix + "apq:" + hash));
        var ttl = await hosts.Inspector.KeyTimeToLiveAsync(hosts.KeyPrefix + "apq:" + hash);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        Assert.NotNull(await hosts.Inspector.SortedSetScoreAsync(hosts.KeyPrefix + "apq-index", hash));
    }

    [Fact]
    public async Task The_shared_persisted_queries_are_bounded_least_recently_used_first()
    {
        using var a = hosts.A.As("apq-bound");
        using var b = hosts.B.As("apq-bound");
        var queries = Enumerable
            .Range(0, 25)
            .Select(index => $"query Bounded{index}x{Guid.NewGuid():N} {{ __typename }}")
            .ToList();
        foreach (var (query, index) in queries.Select((query, index) => (query, index)))
        {
            var answer = await Http.PostJsonAsync(
                index % 2 == 0 ? a : b,
                Registration(query, DocumentCache.HashOf(query))
            );
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            // Redis's clock orders them by last use: one millisecond apart at least.
            await Task.Delay(2);
        }
        Assert.Equal(20, await hosts.Inspector.SortedSetLengthAsync(hosts.KeyPrefix + "apq-index"));
        foreach (var query in queries.Take(5))
        {
            var hash = DocumentCache.HashOf(query);
            Assert.False(await hosts.Inspector.KeyExistsAsync(hosts.KeyPrefix + "apq:" + hash));
            var miss = await Http.PostJsonAsync(b, ByHash(hash), accept: "application/json");
            Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        }
        foreach (var query in queries.Skip(5))
        {
            var hit = await Http.PostJsonAsync(a, ByHash(DocumentCache.HashOf(query)));
            Assert.Equal(HttpStatusCode.OK, hit.Status);
        }
    }

    internal static object ByHash(string hash) =>
        new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

    internal static object Registration(string query, string hash) =>
        new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

    private static async Task<HttpAnswer> PostAsync(
        HttpClient client,
        string query,
        HttpStatusCode status = HttpStatusCode.OK
    )
    {
        var answer = await Http.PostAsync(client, JsonSerializer.Serialize(new { query }));
        Assert.True(status == answer.Status, answer.Body);
        return answer;
    }

    internal static string Header(HttpAnswer answer, string name) =>
        string.Join(",", answer.Message.Headers.GetValues(name));
}
