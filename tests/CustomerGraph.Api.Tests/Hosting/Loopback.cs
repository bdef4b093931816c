using System.Net;
using System.Net.Sockets;
using CustomerGraph.Customers.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CustomerGraph.Api.Tests;

/// <summary>Hosts on a real socket.</summary>
public static class Loopback
{
    /// <summary>Serves on a real Kestrel socket on 127.0.0.1 instead of the in-memory test server.</summary>
    public static Uri StartOnLoopback(this WebApplicationFactory<Program> factory)
    {
        var port = FreePort();
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

    /// <summary>A port of 127.0.0.1 that nothing listens on (until someone takes it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
