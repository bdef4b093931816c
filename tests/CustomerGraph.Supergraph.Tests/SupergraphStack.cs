using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Data;
using CustomerGraph.Customers.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// The whole supergraph on loopback, started once for the test collection: the customer graph (the real host over a
/// fresh SQLite file: the demo account as Alpha, and Bravo with one customer holding one asset), the telemetry test
/// subgraph, the supergraph composed from both subgraphs' <c>_service.sdl</c>, and Hive Gateway serving it.
/// </summary>
public sealed class SupergraphStack : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-supergraph-" + Guid.NewGuid().ToString("N")
    );
    private readonly List<IDisposable> _clients = [];
    private CustomerSubgraphFactory? _host;
    private NodeProcess? _telemetry;
    private NodeProcess? _gateway;

    /// <summary>The demo account, with the demo data.</summary>
    public Guid Alpha { get; } = DemoSeed.DemoAccountId;

    /// <summary>A second account holding one customer with one asset.</summary>
    public Guid Bravo { get; } = Guid.NewGuid();

    /// <summary>Bravo's customer (<c>customerId</c>) and asset (<c>assetId</c>).</summary>
    public (string CustomerId, string AssetId) BravoIds { get; private set; }

    public Uri CustomerGraph { get; private set; } = null!;

    public Uri Telemetry { get; private set; } = null!;

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The composed supergraph SDL the gateway serves.</summary>
    public string SupergraphSdl { get; private set; } = "";

    /// <summary>The SQL statements the customer graph runs.</summary>
    public StatementLog SqlLog { get; private set; } = null!;

    /// <summary>A client of <paramref name="endpoint"/> acting for <paramref name="account"/>, disposed with the stack.</summary>
    public GraphQLClient Client(Uri endpoint, Guid account, string? previews = null)
    {
        var client = new GraphQLClient(endpoint, SubgraphTokens.For(account), previews);
        _clients.Add(client);
        return client;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        SqlLog = new StatementLog(_folder);
        _host = new CustomerSubgraphFactory(_folder);
        CustomerGraph = _host.StartOnLoopback();
        BravoIds = await AddBravoAsync();

        _telemetry = NodeProcess.Start("tests/federation/telemetry/server.mjs", ["0"]);
        var listening = await _telemetry.FirstLineAsync(StartTimeout);
        Telemetry = new Uri(listening["listening ".Length..]);

        var supergraph = Path.Combine(_folder, "supergraph.graphql");
        await NodeProcess.RunAsync(
            "tests/federation/compose.mjs",
            ["--out", supergraph, $"customers={CustomerGraph}", $"telemetry={Telemetry}"],
            StartTimeout,
            new Dictionary<string, string> { ["CUSTOMERGRAPH_TOKEN"] = SubgraphTokens.For(Alpha) }
        );
        SupergraphSdl = await File.ReadAllTextAsync(supergraph);

        var port = CustomerSubgraphFactory.FreePort();
        _gateway = NodeProcess.Start(
            "tests/federation/node_modules/@graphql-hive/gateway/dist/bin.js",
            [
                "supergraph",
                supergraph,
                "--host",
                "127.0.0.1",
                "--port",
                port.ToString(),
                "--config-path",
                Path.Combine(Repository.Root, "tests/federation/gateway.config.mjs"),
            ]
        );
        await _gateway.WaitUntilServingAsync(new Uri($"http://127.0.0.1:{port}/readiness"), StartTimeout);
        Gateway = new Uri($"http://127.0.0.1:{port}/graphql");
    }

    /// <summary>
    /// Bravo comes in with a token (which records the account), gets an asset as the asset system would write it, and
    /// a customer holding that asset.
    /// </summary>
    private async Task<(string, string)> AddBravoAsync()
    {
        var bravo = Client(CustomerGraph, Bravo);
        await bravo.QueryAsync("{ customers { pageInfo { count } } }");
        var asset = new Asset
        {
            Id = Guid.NewGuid(),
            AccountId = Bravo,
            Name = "Bravo Crawler Crane",
            SerialNumber = "BRAVO-SN-1",
            AssetType = AssetType.Machine,
        };
        var contexts = _host!.Services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Assets.Add(asset);
            await db.SaveChangesAsync();
        }
        var created = await bravo.QueryAsync(
            """
            mutation { createCustomer(input: { name: "Bravo Haulage", email: "ops@bravo.example" }) {
              customer { customerId } errors { __typename } } }
            """
        );
        var customerId = created["createCustomer"]!["customer"]!["customerId"]!.GetValue<string>();
        var assigned = await bravo.QueryAsync(
            "mutation ($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { errors { __typename } } }",
            new
            {
                input = new
                {
                    customerId,
                    assign = new[] { new { assetId = asset.Id.ToString("D"), assignmentType = "RENTAL" } },
                },
            }
        );
        Assert.Null(assigned["updateCustomerAssets"]!["errors"]);
        return (customerId, asset.Id.ToString("D"));
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        if (_gateway is not null)
            await _gateway.DisposeAsync();
        if (_telemetry is not null)
            await _telemetry.DisposeAsync();
        if (_host is not null)
            await _host.DisposeAsync();
        SqlLog?.Dispose();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
