using CustomerGraph.Customers.Seeding;
using CustomerGraph.Graph;
using CustomerGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The real host (Program) for one test or test class: it serves the test schema and module, or the customer graph
/// (<see cref="ServesCustomerGraph"/>); settings override configuration keys (e.g. <c>GraphQL:Http:MaxBatchSize</c>)
/// as environment variables would, and <see cref="TestServices"/> replaces services. The host keeps its SQLite files
/// in its own <see cref="DataFolder"/>, deleted when it is disposed. It trusts <see cref="TestTokens"/>, and every
/// client it creates carries a token for <see cref="DefaultAccountId"/> (<see cref="CreateClientFor"/> and
/// <see cref="CreateAnonymousClient"/> for others); <see cref="Loopback"/> serves it on a real socket instead.
/// </summary>
public class ApiFactory(params (string Key, string? Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _dataFolder = new("host");

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

    /// <summary>The customer graph (its schema, module and a migrated SQLite file) instead of the test schema.</summary>
    public bool ServesCustomerGraph { get; init; }

    /// <summary>The folder of the host's SQLite file: <c>Database:DataFolder</c>, its own temporary folder unless set.</summary>
    public string DataFolder =>
        settings.FirstOrDefault(setting => setting.Key == "Database:DataFolder").Value ?? _dataFolder.Path;

    /// <summary>The host's SQLite file (with the default <c>Database:DatabaseFileName</c>).</summary>
    public string DatabaseFile => Path.Combine(DataFolder, "customergraph.db");

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
        builder.UseSetting("GraphQL:SchemaDirectory", ServesCustomerGraph ? "schema" : TestSchemaDirectory);
        builder.UseSetting("Database:DataFolder", _dataFolder.Path);
        if (!ServesCustomerGraph)
            builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Authentication:Issuer", TestTokens.Issuer);
        builder.UseSetting("Authentication:Audience", TestTokens.Audience);
        builder.UseSetting("Authentication:SigningKey", TestTokens.SigningKey);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        // The transport tests serve their own small schema: the test module takes the customer graph's place.
        if (!ServesCustomerGraph)
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

    /// <summary>Stops the host, then deletes its data folder (covers <see cref="IDisposable.Dispose"/> too).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _dataFolder.Dispose();
        GC.SuppressFinalize(this);
    }
}
