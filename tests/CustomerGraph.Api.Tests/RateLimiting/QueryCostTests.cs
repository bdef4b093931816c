using System.Net;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>The customer graph with default settings on loopback.</summary>
public sealed class QueryCostHost() : LoopbackHost();

/// <summary>
/// Query cost over HTTP: operations over the complexity limit are refused before any resolver runs, with the exact
/// message; the estimate of typical operations, read back as what the rate limit charged.
/// </summary>
public sealed class QueryCostTests(QueryCostHost host) : IClassFixture<QueryCostHost>
{
    private const string TooComplex =
        "{ customers(first: 1000) { nodes { contacts(first: 1000) { nodes { name } } } } }";

    /// <summary>The benchmark's query: 20 customers with three contacts each.</summary>
    public const string NestedCustomers =
        "{ customers(first: 20) { nodes { name email contacts(first: 3) { nodes { name email } } } } }";

    public static TheoryData<string, string?, int> Operations() =>
        new()
        {
            // 10 for the query, then 20 × (name, email, contacts: 1 + nodes: 1 + 3 × 2).
            { NestedCustomers, null, 211 },
            {
                "{ customers { pageInfo { hasNextPage endCursor count } edges { cursor node { id name } } } }",
                null,
                104
            },
            { "query ($n: Int) { customers(first: $n) { nodes { id } } }", """{"n": 100}""", 111 },
            { "{ customers(last: 5) { nodes { id } } }", null, 16 },
            { """{ nodes(ids: ["a", "b"]) { id } }""", null, 3 },
            {
                """{ node(id: "x") { ... on Customer { contacts(first: 2) { nodes { name } } } } }""",
                null,
                5
            },
            { "{ customFieldDefinitions { key options } }", null, 110 },
            { "{ rateLimit { cost remaining resetIn limit } }", null, 5 },
            { "{ __typename }", null, 0 },
            {
                """mutation { createCustomer(input: { name: "Costed ApS" }) { customer { id } errors { ... on ValidationError { message } } } }""",
                null,
                23
            },
            { IntrospectionQuery, null, 199 },
        };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task The_charge_of_an_operation_is_its_estimated_cost(
        string query,
        string? variables,
        int cost
    )
    {
        using var client = host.As(Guid.NewGuid().ToString());
        var body = variables is null
            ? JsonSerializer.Serialize(new { query })
            : $$"""{"query": {{JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""";
        var answer = await Http.PostAsync(client, body);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json.TryGetProperty("data", out _), answer.Body);
        var limit = int.Parse(Header(answer, "X-RateLimit-Limit"));
        Assert.Equal(10_000_000, limit);
        Assert.Equal(limit - cost, int.Parse(Header(answer, "X-RateLimit-Remaining")));
    }

    [Theory]
    [InlineData(Http.GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_operation_over_the_limit_is_refused_with_its_estimate(
        string accept,
        HttpStatusCode status
    )
    {
        using var client = host.As(Guid.NewGuid().ToString());
        var answer = await Http.PostJsonAsync(client, new { query = TooComplex }, accept);
        Assert.Equal(status, answer.Status);
        Assert.False(answer.Json.TryGetProperty("data", out _));
        var error = answer.Json.GetProperty("errors")[0];
        // 10 for the query, then 1,000 × (contacts: 1 + nodes: 1 + 1,000 × name).
        Assert.Equal(
            "The query is too complex. The estimated complexity of the query is 1002011, which is greater than the maximum allowed complexity limit of 50000.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal("QUERY_COMPLEXITY_REACHED", answer.FirstErrorCode);
        // Refused before it ran, so nothing was charged.
        Assert.False(answer.Message.Headers.Contains("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_refused_mutation_changes_nothing()
    {
        using var client = host.As(Guid.NewGuid().ToString());
        var name = "Never " + Guid.NewGuid().ToString("N");
        var aliases = string.Concat(
            Enumerable
                .Range(0, 100)
                .Select(i =>
                    $$"""m{{i}}: createCustomer(input: { name: "{{name}}" }) { customer { contacts(first: 1000) { nodes { id } } } } """
                )
        );
        var refused = await Http.PostJsonAsync(client, new { query = "mutation { " + aliases + "}" });
        Assert.Equal("QUERY_COMPLEXITY_REACHED", refused.FirstErrorCode);
        var found = await Http.PostJsonAsync(
            client,
            new { query = $$"""{ customers(filters: { search: "{{name}}" }) { nodes { id } } }""" }
        );
        Assert.Equal(
            0,
            found.Json.GetProperty("data").GetProperty("customers").GetProperty("nodes").GetArrayLength()
        );
    }

    private static string Header(HttpAnswer answer, string name) =>
        answer.Message.Headers.GetValues(name).Single();

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) {
            name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}

/// <summary>The transport tests' small schema with a configured complexity limit of 3.</summary>
public sealed class ConfiguredComplexityLimitTests : IDisposable
{
    private readonly ApiFactory _factory = new(("GraphQL:Execution:MaxOperationComplexity", "3"));
    private readonly HttpClient _client;

    public ConfiguredComplexityLimitTests() => _client = _factory.StartLoopbackClient();

    [Fact]
    public async Task The_configured_limit_refuses_what_passes_it_and_runs_what_meets_it()
    {
        var ran = await Http.PostJsonAsync(_client, new { query = "{ a: hello b: hello c: hello }" });
        Assert.Equal(HttpStatusCode.OK, ran.Status);
        Assert.Equal("Hello world", ran.Json.GetProperty("data").GetProperty("c").GetString());
        var refused = await Http.PostJsonAsync(
            _client,
            new { query = "{ a: hello b: hello c: hello d: hello }" }
        );
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(
            "The query is too complex. The estimated complexity of the query is 4, which is greater than the maximum allowed complexity limit of 3.",
            refused.Json.GetProperty("errors")[0].GetProperty("message").GetString()
        );
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
