using System.Net;
using System.Text.Json;
using CustomerGraph.Api.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>The customer graph on loopback with a budget of 1,000 per 10-minute window.</summary>
public sealed class RateLimitHost() : LoopbackHost(("RateLimiting:Budget", "1000"));

/// <summary>
/// The complexity budget per API user over HTTP: <c>Query.rateLimit</c>, refusals with 429 and <c>Retry-After</c> on
/// GraphQL and REST, window resets on a fake clock, and separate budgets per signed-in user and per remote address.
/// </summary>
public sealed class RateLimitTests(RateLimitHost host) : IClassFixture<RateLimitHost>
{
    private const string Status = "{ rateLimit { cost remaining resetIn limit } }";

    // 10 for the query, then 1 for nodes and 489 × id: 500, half the budget.
    private const string HalfTheBudget = "{ customers(first: 489) { nodes { id } } }";

    [Fact]
    public async Task RateLimit_tells_the_cost_what_remains_and_when_the_window_resets()
    {
        using var client = NewUser();
        Assert.Equal((5, 995, 600_000, 1000), await StatusAsync(client));
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal((5, 990, 570_000, 1000), await StatusAsync(client));
        var answer = await PostAsync(
            client,
            "{ customers(first: 100) { nodes { id } } rateLimit { cost remaining } }"
        );
        var rateLimit = answer.Json.GetProperty("data").GetProperty("rateLimit");
        Assert.Equal(114, rateLimit.GetProperty("cost").GetInt32());
        Assert.Equal(876, rateLimit.GetProperty("remaining").GetInt32());
        Assert.Equal("876", Header(answer, "X-RateLimit-Remaining"));
        Assert.Equal("1000", Header(answer, "X-RateLimit-Limit"));
        Assert.Equal("570", Header(answer, "X-RateLimit-Reset"));
    }

    [Theory]
    [InlineData(Http.GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task An_operation_over_budget_is_refused_with_429_and_the_wait(string accept)
    {
        using var client = NewUser();
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, HalfTheBudget);
        host.Clock.Advance(TimeSpan.FromSeconds(100));
        var refused = await Http.PostJsonAsync(client, new { query = Status }, accept);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(TimeSpan.FromSeconds(500), refused.Message.Headers.RetryAfter?.Delta);
        Assert.False(refused.Json.TryGetProperty("data", out _));
        var error = refused.Json.GetProperty("errors")[0];
        Assert.Equal(
            "The rate limit has been exceeded given the current estimated query complexity of 5. Please wait 8 minutes, 20 seconds before retrying.",
            error.GetProperty("message").GetString()
        );
        var extensions = error.GetProperty("extensions");
        Assert.Equal("RATE_LIMITED", extensions.GetProperty("code").GetString());
        Assert.Equal(5, extensions.GetProperty("cost").GetInt32());
        Assert.Equal(500_000, extensions.GetProperty("resetIn").GetInt32());
    }

    [Fact]
    public async Task A_refused_operation_spends_nothing_of_what_remains()
    {
        using var client = NewUser();
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, "{ customers(first: 389) { nodes { id } } }");
        var refused = await PostAsync(client, HalfTheBudget, HttpStatusCode.TooManyRequests);
        Assert.Equal("100", Header(refused, "X-RateLimit-Remaining"));
        var lastHundred = await PostAsync(client, "{ customers(first: 89) { nodes { id } } }");
        Assert.Equal("0", Header(lastHundred, "X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task The_budget_is_whole_again_when_the_window_resets()
    {
        using var client = NewUser();
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, Status, HttpStatusCode.TooManyRequests);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal((5, 995, 600_000, 1000), await StatusAsync(client));
    }

    [Fact]
    public async Task A_fresh_window_resets_in_ten_minutes_counted_in_milliseconds()
    {
        using var client = NewUser();
        var answer = await PostAsync(client, Status);
        var resetIn = answer
            .Json.GetProperty("data")
            .GetProperty("rateLimit")
            .GetProperty("resetIn")
            .GetInt32();
        Assert.InRange(resetIn, 599_000, 600_000);
        Assert.Equal("600", Header(answer, "X-RateLimit-Reset"));
    }

    [Fact]
    public async Task An_exhausted_budget_answers_trackunits_message_with_the_wait_in_milliseconds()
    {
        using var client = NewUser();
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, HalfTheBudget);
        // 13.649 s of the 10-minute window have gone: 9 minutes, 46 seconds, 351 milliseconds remain.
        host.Clock.Advance(TimeSpan.FromMilliseconds(13_649));
        var refused = await Http.PostJsonAsync(client, new { query = HalfTheBudget });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        var error = refused.Json.GetProperty("errors")[0];
        Assert.Equal(
            "The rate limit has been exceeded given the current estimated query complexity of 500. Please wait 9 minutes, 46 seconds, 351 milliseconds before retrying.",
            error.GetProperty("message").GetString()
        );
        var extensions = error.GetProperty("extensions");
        Assert.Equal("RATE_LIMITED", extensions.GetProperty("code").GetString());
        Assert.Equal(500, extensions.GetProperty("cost").GetInt32());
        Assert.Equal(586_351, extensions.GetProperty("resetIn").GetInt32());
        // Retry-After is whole seconds, rounded up: 586.351 s is 587.
        Assert.Equal(TimeSpan.FromSeconds(587), refused.Message.Headers.RetryAfter?.Delta);
        Assert.Equal("587", Header(refused, "X-RateLimit-Reset"));
    }

    [Fact]
    public async Task Each_signed_in_user_and_each_anonymous_address_has_a_budget_of_its_own()
    {
        using var spender = NewUser();
        using var other = NewUser();
        using var firstAddress = host.From("127.0.0.2");
        using var secondAddress = host.From("127.0.0.3");
        foreach (var client in new[] { spender, firstAddress })
        {
            await PostAsync(client, HalfTheBudget);
            await PostAsync(client, HalfTheBudget);
            await PostAsync(client, Status, HttpStatusCode.TooManyRequests);
        }
        Assert.Equal(995, (await StatusAsync(other)).Remaining);
        Assert.Equal(995, (await StatusAsync(secondAddress)).Remaining);
        // A signed-in user is charged as that user, wherever the request comes from.
        using var signedInFromFirstAddress = host.From("127.0.0.2");
        signedInFromFirstAddress.DefaultRequestHeaders.Authorization = LoopbackHost.TokenOf(
            Guid.NewGuid().ToString()
        );
        Assert.Equal(995, (await StatusAsync(signedInFromFirstAddress)).Remaining);
    }

    [Fact]
    public async Task A_rest_request_costs_one_and_a_list_page_one_more_per_item_it_asks_for()
    {
        using var client = NewUser();
        Assert.Equal(
            "949",
            Header(await GetAsync(client, "/customer/v1/customers?size=50"), "X-RateLimit-Remaining")
        );
        Assert.Equal(
            "928",
            Header(await GetAsync(client, "/customer/v1/customers"), "X-RateLimit-Remaining")
        );
        var missing = await GetAsync(
            client,
            $"/customer/v1/customers/{Guid.NewGuid()}",
            HttpStatusCode.NotFound
        );
        Assert.Equal("927", Header(missing, "X-RateLimit-Remaining"));
        // REST and GraphQL spend the same budget.
        Assert.Equal(922, (await StatusAsync(client)).Remaining);
    }

    [Fact]
    public async Task A_rest_request_over_budget_is_429_rate_limited_with_retry_after()
    {
        using var client = NewUser();
        await PostAsync(client, HalfTheBudget);
        await PostAsync(client, "{ customers(first: 479) { nodes { id } } }");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var refused = await GetAsync(
            client,
            "/customer/v1/customers?size=20",
            HttpStatusCode.TooManyRequests
        );
        Assert.Equal("application/json", refused.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(599), refused.Message.Headers.RetryAfter?.Delta);
        Assert.Equal(429, refused.Json.GetProperty("status").GetInt32());
        Assert.Equal("rate_limited", refused.Json.GetProperty("code").GetString());
        Assert.Equal(
            "The rate limit has been exceeded given the current estimated request cost of 21. Please wait 9 minutes, 59 seconds before retrying.",
            refused.Json.GetProperty("message").GetString()
        );
        // What remains still buys a smaller page.
        await GetAsync(client, "/customer/v1/customers?size=9");
    }

    [Fact]
    public async Task Each_operation_of_a_batch_is_charged_and_refused_on_its_own()
    {
        using var client = NewUser();
        var batch = JsonSerializer.Serialize(
            new[] { new { query = HalfTheBudget }, new { query = HalfTheBudget }, new { query = Status } }
        );
        var answer = await Http.PostAsync(client, batch);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json[1].TryGetProperty("data", out _));
        Assert.Equal(
            "RATE_LIMITED",
            answer.Json[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
        );
        Assert.Equal(TimeSpan.FromSeconds(600), answer.Message.Headers.RetryAfter?.Delta);
    }

    private HttpClient NewUser() => host.As(Guid.NewGuid().ToString());

    private static async Task<(int Cost, int Remaining, int ResetIn, int Limit)> StatusAsync(
        HttpClient client
    )
    {
        var rateLimit = (await PostAsync(client, Status)).Json.GetProperty("data").GetProperty("rateLimit");
        return (
            rateLimit.GetProperty("cost").GetInt32(),
            rateLimit.GetProperty("remaining").GetInt32(),
            rateLimit.GetProperty("resetIn").GetInt32(),
            rateLimit.GetProperty("limit").GetInt32()
        );
    }

    private static async Task<HttpAnswer> PostAsync(
        HttpClient client,
        string query,
        HttpStatusCode expected = HttpStatusCode.OK
    )
    {
        var answer = await Http.PostJsonAsync(client, new { query });
        Assert.True(expected == answer.Status, $"{answer.Status}: {answer.Body}");
        return answer;
    }

    private static async Task<HttpAnswer> GetAsync(
        HttpClient client,
        string path,
        HttpStatusCode expected = HttpStatusCode.OK
    )
    {
        var answer = await Http.GetAsync(client, path, accept: "application/json");
        Assert.True(expected == answer.Status, $"{answer.Status}: {answer.Body}");
        return answer;
    }

    private static string Header(HttpAnswer answer, string name) =>
        answer.Message.Headers.GetValues(name).Single();
}

/// <summary>Rate limiting on the transport tests' schema, which has no <c>rateLimit</c> field.</summary>
public sealed class RateLimitWithoutTheFieldTests
{
    [Fact]
    public async Task Operations_over_budget_are_refused_on_any_schema()
    {
        using var factory = new ApiFactory(("RateLimiting:Budget", "3"));
        using var client = factory.StartLoopbackClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(
                HttpStatusCode.OK,
                (await Http.PostJsonAsync(client, new { query = "{ hello }" })).Status
            );
        var refused = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.InRange(refused.Message.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 600);
    }

    [Fact]
    public async Task When_disabled_usage_is_metered_but_never_refused()
    {
        using var factory = new ApiFactory(("RateLimiting:Budget", "3"), ("RateLimiting:Enabled", "false"));
        using var client = factory.StartLoopbackClient();
        HttpAnswer? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await Http.PostJsonAsync(client, new { query = "{ hello }" });
            Assert.Equal(HttpStatusCode.OK, last.Status);
        }
        Assert.Equal("0", last!.Message.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Theory]
    [InlineData("RateLimiting:Budget", "0", "RateLimiting:Budget must be at least 1.")]
    [InlineData("RateLimiting:Window", "00:00:00", "RateLimiting:Window must be at least one second")]
    public void Invalid_settings_stop_the_host_at_start_up(string key, string value, string message)
    {
        using var factory = new ApiFactory((key, value));
        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(message, exception.ToString());
    }
}

/// <summary>The wait of a refused request as a person writes it, in the message of both surfaces.</summary>
public sealed class RateLimitWaitTests
{
    [Theory]
    [InlineData(586_351, "9 minutes, 46 seconds, 351 milliseconds")]
    [InlineData(600_000, "10 minutes")]
    [InlineData(500_000, "8 minutes, 20 seconds")]
    [InlineData(60_000, "1 minute")]
    [InlineData(61_001, "1 minute, 1 second, 1 millisecond")]
    [InlineData(1_000, "1 second")]
    [InlineData(2_500, "2 seconds, 500 milliseconds")]
    [InlineData(999, "999 milliseconds")]
    [InlineData(1, "1 millisecond")]
    [InlineData(0, "1 millisecond")]
    [InlineData(-5, "1 millisecond")]
    [InlineData(3_600_000, "1 hour")]
    [InlineData(3_601_000, "1 hour, 1 second")]
    [InlineData(7_322_003, "2 hours, 2 minutes, 2 seconds, 3 milliseconds")]
    [InlineData(90_000_000, "25 hours")]
    public void Zero_parts_are_left_out_and_one_is_singular(long milliseconds, string wait) =>
        Assert.Equal(wait, RateLimitWait.Describe(milliseconds));
}

/// <summary>The in-memory store: atomic under contention, and windows that ended are swept out.</summary>
public sealed class InMemoryRateLimitStoreTests
{
    private static readonly RateLimitPolicy Policy = new(500, TimeSpan.FromMinutes(10), Enforce: true);

    [Fact]
    public async Task Concurrent_charges_never_spend_more_than_the_budget()
    {
        var store = new InMemoryRateLimitStore(new FakeTimeProvider());
        var charges = await Task.WhenAll(
            Enumerable
                .Range(0, 2_000)
                .Select(_ => Task.Run(async () => await store.ChargeAsync("user:a", 1, Policy, default)))
        );
        Assert.Equal(500, charges.Count(charge => charge.Charged));
        Assert.Equal(500, charges.Max(charge => charge.Spent));
    }

    [Fact]
    public async Task Windows_that_ended_are_evicted()
    {
        var clock = new FakeTimeProvider();
        var store = new InMemoryRateLimitStore(clock);
        await store.ChargeAsync("user:a", 1, Policy, default);
        await store.ChargeAsync("user:b", 1, Policy, default);
        Assert.Equal(2, store.Count);
        clock.Advance(TimeSpan.FromMinutes(10));
        var fresh = await store.ChargeAsync("user:c", 1, Policy, default);
        Assert.Equal(1, store.Count);
        Assert.Equal(1, fresh.Spent);
        Assert.Equal(1, (await store.ChargeAsync("user:a", 1, Policy, default)).Spent);
    }
}
