using System.Text.Json;
using Xunit.Abstractions;

namespace CustomerGraph.Api.Tests;

/// <summary>Real front-end tooling (Apollo Client, GraphQL Code Generator) against the live customer graph.</summary>
public sealed class ClientTests(CustomerGraphOnLoopback host, ITestOutputHelper output)
    : IClassFixture<CustomerGraphOnLoopback>
{
    [Fact]
    public async Task Apollo_client_pages_customers_creates_one_and_reads_typed_errors()
    {
        var summary = await RunAsync("tests/clients/apollo.mjs", host.Endpoint);

        Assert.Equal(2, summary.GetProperty("pages").GetInt32());
        Assert.Equal(50, summary.GetProperty("customersRead").GetInt32());
        Assert.Equal(50, summary.GetProperty("normalizedCustomers").GetInt32());
        var typedError = Assert.Single(summary.GetProperty("typedErrors").EnumerateArray());
        Assert.Equal("ValidationError", typedError.GetProperty("__typename").GetString());
        Assert.Equal("email", typedError.GetProperty("field").GetString());
        Assert.Equal("INVALID_EMAIL", typedError.GetProperty("code").GetString());
        host.RecordSummary(
            "apollo",
            $"{summary.GetProperty("client").GetString()}: 2 pages of customers (cursor paging, no overlap, "
                + "normalized cache), 2 mutations with variables, typed errors read (ValidationError email INVALID_EMAIL)"
        );
    }

    [Fact]
    public async Task Codegen_generates_typescript_from_live_introspection_that_type_checks()
    {
        var outputDirectory = NodeScript.OutputDirectory("clients");
        var summary = await RunAsync("tests/clients/codegen.mjs", host.Endpoint, outputDirectory);

        Assert.True(summary.GetProperty("typeChecked").GetBoolean());
        var types = summary.GetProperty("typesGenerated").GetInt32();
        Assert.True(types > 50, $"only {types} types generated");
        Assert.True(File.Exists(Path.Combine(outputDirectory, "schema-types.ts")));
        Assert.True(File.Exists(Path.Combine(outputDirectory, "operations.ts")));
        host.RecordSummary(
            "codegen",
            $"{summary.GetProperty("generator").GetString()}: {types} types generated from live introspection "
                + $"({summary.GetProperty("documents").GetInt32()} documents), "
                + $"tsc {summary.GetProperty("typescript").GetString()} --noEmit --strict clean"
        );
    }

    private async Task<JsonElement> RunAsync(string script, string endpoint, params string[] more)
    {
        var (exitCode, standardOutput, error) = await NodeScript.RunAsync(
            script,
            TimeSpan.FromMinutes(2),
            [endpoint, .. more]
        );
        output.WriteLine(standardOutput);
        Assert.True(exitCode == 0, standardOutput + error);
        var summary = JsonDocument.Parse(standardOutput).RootElement.Clone();
        Assert.True(summary.GetProperty("ok").GetBoolean(), standardOutput);
        return summary;
    }
}

/// <summary>
/// The host with the customer graph over a fresh, seeded SQLite file in a temp folder, on a loopback socket;
/// collects the clients' summary lines into <c>test-output/summaries/clients.txt</c>.
/// </summary>
public sealed class CustomerGraphOnLoopback : IDisposable
{
    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-clients-" + Guid.NewGuid().ToString("N")
    );
    private readonly ApiFactory _factory;
    private readonly SortedDictionary<string, string> _summaries = new(StringComparer.Ordinal);

    public CustomerGraphOnLoopback()
    {
        _factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
        Endpoint = new Uri(_factory.StartOnLoopback(), "/graphql").ToString();
    }

    /// <summary>The GraphQL endpoint's absolute URL.</summary>
    public string Endpoint { get; }

    /// <summary>Sets one client's line and rewrites the summary file, so reruns and test order never duplicate lines.</summary>
    public void RecordSummary(string client, string line)
    {
        lock (_summaries)
        {
            _summaries[client] = line;
            File.WriteAllLines(
                Path.Combine(NodeScript.OutputDirectory("summaries"), "clients.txt"),
                _summaries.Values
            );
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }
}
