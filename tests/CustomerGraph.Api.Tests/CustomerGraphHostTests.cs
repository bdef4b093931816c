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
            ApiFactory.CustomerGraph,
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
            ApiFactory.CustomerGraph,
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

    [Fact]
    public async Task The_same_host_runs_on_PostgreSQL_without_code_changes()
    {
        var server =
            Environment.GetEnvironmentVariable("CUSTOMERGRAPH_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "CUSTOMERGRAPH_TEST_POSTGRES is not set: ./test.sh starts PostgreSQL and sets it."
            );
        var database = "customergraph_test_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            using var factory = new ApiFactory(
                ApiFactory.CustomerGraph,
                ("GraphQL:SchemaDirectory", "schema"),
                ("Database:Provider", "PostgreSql"),
                ("Database:ConnectionString", $"{server};Database={database}")
            );
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Add("TU-PREVIEW", "custom-fields");
            var read = await Http.PostAsync(
                client,
                """{"query":"{ customers(first: 2, filters: { search: \"and\" }) { pageInfo { count } nodes { name contacts(first: 2) { nodes { name } pageInfo { count } } assets(first: 1) { nodes { asset { name } } } customFields { key } } } }"}"""
            );
            Assert.Equal(HttpStatusCode.OK, read.Status);
            Assert.False(read.Json.TryGetProperty("errors", out _), read.Body);
            var customers = read.Json.GetProperty("data").GetProperty("customers");
            Assert.True(customers.GetProperty("pageInfo").GetProperty("count").GetInt32() > 0);
            Assert.Equal(2, customers.GetProperty("nodes").GetArrayLength());

            var created = await Http.PostAsync(
                client,
                """{"query":"mutation { createCustomer(input: { name: \"On PostgreSQL\", email: \"pg@example.com\" }) { customer { customerId version } errors { __typename } } }"}"""
            );
            var customer = created
                .Json.GetProperty("data")
                .GetProperty("createCustomer")
                .GetProperty("customer");
            var id = customer.GetProperty("customerId").GetString();
            var stale = await Http.PostAsync(
                client,
                $$"""{"query":"mutation { updateCustomer(input: { customerId: \"{{id}}\", expectedVersion: 7, name: \"Renamed\" }) { customer { name } errors { __typename ... on ConflictError { code } } } }"}"""
            );
            var errors = stale.Json.GetProperty("data").GetProperty("updateCustomer").GetProperty("errors");
            Assert.Equal("VERSION_CONFLICT", errors[0].GetProperty("code").GetString());
        }
        finally
        {
            await using var connection = new Npgsql.NpgsqlConnection($"{server};Database=postgres");
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand(
                $"DROP DATABASE IF EXISTS {database} WITH (FORCE)",
                connection
            );
            await drop.ExecuteNonQueryAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }
}
