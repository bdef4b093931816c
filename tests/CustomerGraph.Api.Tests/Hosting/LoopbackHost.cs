using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CustomerGraph.Customers.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// The host on a real Kestrel socket with a fake clock, reached as distinct API users: signed in (a bearer token
/// whose <c>sub</c> names the user, acting for the demo account) or anonymous from a chosen loopback address (the
/// host runs in Development with the demo account serving anonymous requests). With the customer graph over a fresh
/// seeded SQLite file unless the settings turn it off.
/// </summary>
public class LoopbackHost : IDisposable
{
    protected LoopbackHost(params (string Key, string? Value)[] settings)
        : this(null, settings) { }

    /// <summary>Also replaces services with <paramref name="testServices"/> (e.g. a log capture).</summary>
    protected LoopbackHost(
        Action<IServiceCollection>? testServices,
        params (string Key, string? Value)[] settings
    )
    {
        Factory = new ApiFactory([
            ("Authentication:DevelopmentAnonymousAccountId", DemoSeed.DemoAccountId.ToString()),
            .. settings,
        ])
        {
            ServesCustomerGraph = true,
            Environment = "Development",
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                testServices?.Invoke(services);
            },
        };
        Server = Factory.StartOnLoopback();
    }

    public ApiFactory Factory { get; }

    public Uri Server { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A client signed in as <paramref name="user"/>.</summary>
    public HttpClient As(string user)
    {
        var client = new HttpClient { BaseAddress = Server };
        client.DefaultRequestHeaders.Authorization = TokenOf(user);
        return client;
    }

    /// <summary>An anonymous client whose connections come from <paramref name="address"/> (any of 127.0.0.0/8).</summary>
    public HttpClient From(string address) =>
        new(
            new SocketsHttpHandler
            {
                ConnectCallback = async (context, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    try
                    {
                        socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                        await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            }
        )
        {
            BaseAddress = Server,
        };

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A bearer token for the demo account whose <c>sub</c> is <paramref name="user"/>.</summary>
    public static AuthenticationHeaderValue TokenOf(string user) =>
        new("Bearer", TestTokens.For(DemoSeed.DemoAccountId, descriptor => descriptor.Claims["sub"] = user));
}
