using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The host a concurrency test writes through, with direct access to its database: the shared SQLite host, or a host
/// of its own over a fresh database on the PostgreSQL server of <c>CUSTOMERGRAPH_TEST_POSTGRES</c>, dropped afterwards.
/// </summary>
public sealed class UpsertDatabase : IAsyncDisposable
{
    private readonly ApiFactory _factory;
    private readonly bool _owned;
    private readonly string? _server;
    private readonly string? _database;

    private UpsertDatabase(
        ApiFactory factory,
        HttpClient client,
        bool owned,
        string? server,
        string? database
    )
    {
        _factory = factory;
        Client = client;
        _owned = owned;
        _server = server;
        _database = database;
    }

    public HttpClient Client { get; }

    public IDbContextFactory<CustomerDbContext> Contexts =>
        _factory.Services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();

    /// <summary>"Sqlite" is <paramref name="shared"/>'s file; "PostgreSql" a new database on the test server.</summary>
    public static Task<UpsertDatabase> CreateAsync(string provider, RestHost shared)
    {
        if (provider == "Sqlite")
            return Task.FromResult(new UpsertDatabase(shared.Factory, shared.Client, false, null, null));
        var server =
            Environment.GetEnvironmentVariable("CUSTOMERGRAPH_TEST_POSTGRES")
            ?? throw new InvalidOperationException(
                "CUSTOMERGRAPH_TEST_POSTGRES is not set: ./test.sh starts PostgreSQL and sets it."
            );
        var database = "customergraph_test_" + Guid.NewGuid().ToString("N")[..12];
        var factory = new ApiFactory(
            ("Database:Provider", "PostgreSql"),
            ("Database:ConnectionString", $"{server};Database={database}")
        )
        {
            ServesCustomerGraph = true,
        };
        return Task.FromResult(new UpsertDatabase(factory, factory.CreateClient(), true, server, database));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owned)
            return;
        Client.Dispose();
        await _factory.DisposeAsync();
        await using var connection = new Npgsql.NpgsqlConnection($"{_server};Database=postgres");
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand(
            $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)",
            connection
        );
        await drop.ExecuteNonQueryAsync();
    }
}
