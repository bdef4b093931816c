using System.Net;

namespace CustomerGraph.Api.Tests;

/// <summary>The host as `dotnet run` starts it: the customer graph over a migrated, seeded SQLite file.</summary>
public sealed class CustomerGraphHostTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-host-" + Guid.NewGuid().ToString("N")
    );

    [Fact]
    public async Task The_host_migrates_seeds_and_serves_the_customer_graph()
    {
        using var factory = new ApiFactory(
            ("CustomerGraph:Enabled", "true"),
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
        var client = factory.CreateClient();

        var answer = await Http.PostAsync(
            client,
            """{"query":"{ customers(first: 3) { pageInfo { count hasNextPage } nodes { name contacts(first: 1) { nodes { name } } } } }"}"""
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var customers = answer.Json.GetProperty("data").GetProperty("customers");
        Assert.Equal(200, customers.GetProperty("pageInfo").GetProperty("count").GetInt32());
        Assert.Equal(3, customers.GetProperty("nodes").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(_dataFolder, "customergraph.db")));

        var ready = await Http.GetAsync(client, "/readyz", accept: null);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal(
            "Healthy",
            ready.Json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString()
        );
    }

    [Fact]
    public async Task Expected_mutation_failures_come_back_as_typed_errors_over_http()
    {
        using var factory = new ApiFactory(
            ("CustomerGraph:Enabled", "true"),
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
        var answer = await Http.PostAsync(
            factory.CreateClient(),
            """{"query":"mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { name } errors { __typename ... on ValidationError { field code } } } }","variables":{"input":{"name":"","email":"not-an-email"}}}"""
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var payload = answer.Json.GetProperty("data").GetProperty("createCustomer");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("customer").ValueKind);
        var fields = payload
            .GetProperty("errors")
            .EnumerateArray()
            .Select(e => e.GetProperty("field").GetString())
            .ToList();
        Assert.Contains("name", fields);
        Assert.Contains("email", fields);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }
}
