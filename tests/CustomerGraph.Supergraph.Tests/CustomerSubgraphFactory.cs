using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// The real host (Program) in Production with the customer graph over a fresh SQLite file in
/// <paramref name="dataFolder"/>, seeded with the demo account, trusting <see cref="SubgraphTokens"/>, on a loopback
/// socket so that Node processes reach it.
/// </summary>
public sealed class CustomerSubgraphFactory(string dataFolder) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel on a free port of 127.0.0.1 and returns the GraphQL endpoint's address.</summary>
    public Uri StartOnLoopback()
    {
        var port = FreePort();
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        return new Uri($"http://127.0.0.1:{port}/graphql");
    }

    /// <summary>A free TCP port on 127.0.0.1 (for this host and the Node processes).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("CustomerGraph:Enabled", "true");
        builder.UseSetting("GraphQL:SchemaDirectory", "schema");
        builder.UseSetting("Database:DataFolder", dataFolder);
        builder.UseSetting("Authentication:Issuer", SubgraphTokens.Issuer);
        builder.UseSetting("Authentication:Audience", SubgraphTokens.Audience);
        builder.UseSetting("Authentication:SigningKey", SubgraphTokens.SigningKey);
    }
}
