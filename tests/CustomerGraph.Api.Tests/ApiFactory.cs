using System.Net;
using System.Net.Sockets;
using CustomerGraph.Customers.Seeding;
using CustomerGraph.Graph;
using CustomerGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The real host (Program) serving the test schema and module (the customer graph's module swapped out in the service
/// collection, its database an empty SQLite file of its own) unless the settings hold <see cref="CustomerGraph"/>;
/// settings override configuration keys (e.g. <c>GraphQL:Http:MaxBatchSize</c>) as environment variables would. The host trusts
/// <see cref="TestTokens"/>, and every client it creates carries a token for <see cref="DefaultAccountId"/>
/// (<see cref="CreateClientFor"/> and <see cref="CreateAnonymousClient"/> for others).
/// </summary>
public sealed class ApiFactory(params (string Key, string? Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>Given among the settings, the host serves the customer graph's own module instead of the test module.</summary>
    public static readonly (string Key, string? Value) CustomerGraph = ("Test:ServeCustomerGraph", "true");

    private readonly bool _servesCustomerGraph = settings.Contains(CustomerGraph);

    private readonly string _testDataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-transport-" + Guid.NewGuid().ToString("N")
    );

    /// <summary>The host's environment: Production, unless a test needs Development's behaviour.</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>The account clients act for by default: <c>Database:DefaultAccountId</c>, the demo data's account.</summary>
    public Guid DefaultAccountId { get; } =
        settings.FirstOrDefault(setting => setting.Key == "Database:DefaultAccountId").Value is { } configured
            ? Guid.Parse(configured)
            : DemoSeed.DemoAccountId;

    /// <summary>A client acting for <paramref name="accountId"/>.</summary>
    public HttpClient CreateClientFor(Guid accountId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Header(accountId);
        return client;
    }

    /// <summary>A client that sends no credentials.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    public static string TestSchemaDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestSchema");

    public static string TrustedDocumentsDirectory { get; } =
        Path.Combine(AppContext.BaseDirectory, "TrustedDocuments");

    /// <summary>Replaces services after the host registered its own (e.g. a fake <see cref="TimeProvider"/>).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = TestTokens.Header(DefaultAccountId);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("GraphQL:SchemaDirectory", TestSchemaDirectory);
        builder.UseSetting("Authentication:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Audience", TestTokens.Audience);
        builder.UseSetting("Authentication:SigningKey", TestTokens.SigningKey);
        if (!_servesCustomerGraph)
        {
            builder.UseSetting("Database:DataFolder", _testDataFolder);
            builder.UseSetting("Database:SeedDemoData", "false");
        }
        foreach (var (key, value) in settings.Where(setting => setting != CustomerGraph))
            builder.UseSetting(key, value);
        // The transport tests serve their own small schema: the test module takes the customer graph's place.
        if (!_servesCustomerGraph)
            builder.ConfigureTestServices(services =>
            {
                foreach (
                    var graphModule in services
                        .Where(descriptor => descriptor.ImplementationInstance is CustomerGraphModule)
                        .ToList()
                )
                    services.Remove(graphModule);
                services.AddSingleton<ISchemaModule>(new TestModule(SchemaDirectory()));
            });
        if (TestServices is { } configure)
            builder.ConfigureTestServices(configure);
    }

    private string SchemaDirectory() =>
        Path.GetFullPath(
            settings.LastOrDefault(setting => setting.Key == "GraphQL:SchemaDirectory").Value
                ?? TestSchemaDirectory,
            AppContext.BaseDirectory
        );

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_testDataFolder))
                Directory.Delete(_testDataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the temp cleaner; no test depends on it.
        }
    }
}

/// <summary>Hosts on a real socket.</summary>
public static class Loopback
{
    /// <summary>Serves on a real Kestrel socket on 127.0.0.1 instead of the in-memory test server.</summary>
    public static Uri StartOnLoopback(this WebApplicationFactory<Program> factory)
    {
        var port = FreeLoopbackPort();
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>
    /// Serves on a real Kestrel socket and returns a client of it that acts for <paramref name="accountId"/>
    /// (default: the demo data's account, as <see cref="ApiFactory"/>'s own clients do).
    /// </summary>
    public static HttpClient StartLoopbackClient(
        this WebApplicationFactory<Program> factory,
        Guid? accountId = null
    )
    {
        var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };
        client.DefaultRequestHeaders.Authorization = TestTokens.Header(accountId ?? DemoSeed.DemoAccountId);
        return client;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One host with the default configuration, shared by the tests of a class.</summary>
public sealed class DefaultApi : IDisposable
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client => field ??= Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
