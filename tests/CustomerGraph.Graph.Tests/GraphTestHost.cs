using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Data;
using CustomerGraph.Graph.Previews;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Tests;

/// <summary>
/// The customer graph as a host runs it: a fresh SQLite file in a temp folder with the migrations applied, the
/// executable schema composed from the registered schema modules (the graph's and the preview guard, as in the host)
/// and a RequestExecutor; each request runs in its own DI scope.
/// </summary>
public sealed class GraphTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private GraphTestHost(string folder, CustomerDatabaseOptions options)
    {
        Folder = folder;
        Options = options;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCustomerGraph(SchemaDirectory(), options, builder => builder.AddInterceptors(Statements));
        services.AddSingleton(provider => new RequestExecutor(
            ExecutableSchema.Compose(provider.GetServices<ISchemaModule>()),
            // Some tests read whole data sets in one query; the complexity limit is tested on its own.
            new ExecutionOptions { IncludeExceptionDetails = true, MaxOperationComplexity = int.MaxValue }
        ));
        _services = services.BuildServiceProvider();
    }

    /// <summary>The <c>TU-PREVIEW</c> header naming every preview of the contract.</summary>
    public const string AllPreviews = "custom-fields";

    public string Folder { get; }

    public CustomerDatabaseOptions Options { get; }

    public TestClock Clock { get; } = new();

    /// <summary>Counts every SQL statement EF sends.</summary>
    public StatementCounter Statements { get; } = new();

    public IDbContextFactory<CustomerDbContext> Contexts =>
        _services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();

    /// <summary>Creates the database; with the demo seed (200 customers, 1,000 assets, …) when asked.</summary>
    public static async Task<GraphTestHost> CreateAsync(bool seedDemoData)
    {
        var folder = Path.Combine(
            Path.GetTempPath(),
            "customergraph-graph-tests",
            Guid.NewGuid().ToString("N")
        );
        var options = new CustomerDatabaseOptions { DataFolder = folder, SeedDemoData = seedDemoData };
        var host = new GraphTestHost(folder, options);
        await CustomerDatabase.InitializeAsync(host.Contexts, options);
        host.Statements.Reset();
        return host;
    }

    /// <summary>
    /// Runs one request in its own scope and returns the whole response as JSON; <paramref name="previews"/> is what a
    /// client would send in the <c>TU-PREVIEW</c> header (by default every preview of the contract; null sends none).
    /// </summary>
    public async Task<JsonObject> ExecuteAsync(
        string query,
        object? variables = null,
        string? previews = AllPreviews
    )
    {
        await using var scope = _services.CreateAsyncScope();
        var executor = _services.GetRequiredService<RequestExecutor>();
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = query,
                Variables = variables is null ? null : ToVariables(variables),
                Services = scope.ServiceProvider,
                Items = new Dictionary<string, object?>
                {
                    [PreviewHeader.ItemKey] = PreviewHeader.Parse(previews),
                },
            }
        );
        return JsonNode.Parse(result.ToJson())!.AsObject();
    }

    /// <summary>Runs a request that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonObject> QueryAsync(
        string query,
        object? variables = null,
        string? previews = AllPreviews
    )
    {
        var response = await ExecuteAsync(query, variables, previews);
        Assert.False(response.ContainsKey("errors"), response.ToJsonString());
        return response["data"]!.AsObject();
    }

    // Variables travel as JSON, the way the HTTP host hands them over.
    private static Dictionary<string, object?> ToVariables(object variables) =>
        JsonSerializer
            .SerializeToElement(variables)
            .EnumerateObject()
            .ToDictionary(property => property.Name, property => (object?)property.Value.Clone());

    public static string SchemaDirectory()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
            if (File.Exists(Path.Combine(directory.FullName, "CustomerGraph.sln")))
                return Path.Combine(directory.FullName, "schema");
        throw new DirectoryNotFoundException("No CustomerGraph.sln above the test assembly.");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the temp cleaner; no test depends on it.
        }
    }
}

/// <summary>A clock the tests control: a fixed start, one millisecond per reading.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly Lock _gate = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            _now = _now.AddMilliseconds(1);
            return _now;
        }
    }
}

/// <summary>Counts the SQL statements EF sends (queries, commands and scalars alike) and keeps their text.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _texts = new();

    public int Count => _texts.Count;

    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset() => _texts.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        _texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        _texts.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        _texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        _texts.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}

/// <summary>One demo-seeded database shared by the read-only tests of a class.</summary>
public sealed class SeededGraph : IAsyncLifetime
{
    public GraphTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GraphTestHost.CreateAsync(seedDemoData: true);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
