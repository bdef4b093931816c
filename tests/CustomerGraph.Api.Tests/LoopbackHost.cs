using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The host on a real Kestrel socket with a fake clock, reached as distinct API users: signed in (the
/// <see cref="UserHeader"/> stands in for authentication and sets the <c>sub</c> claim) or anonymous from a chosen
/// loopback address. With the customer graph over a fresh seeded SQLite file unless the settings turn it off.
/// </summary>
public class LoopbackHost : IDisposable
{
    public const string UserHeader = "X-Test-User";

    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-loopback-" + Guid.NewGuid().ToString("N")
    );

    protected LoopbackHost(params (string Key, string? Value)[] settings)
    {
        Factory = new ApiFactory([
            ("CustomerGraph:Enabled", "true"),
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder),
            .. settings,
        ])
        {
            TestServices = services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddTransient<IStartupFilter, TestUserStartupFilter>();
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
        client.DefaultRequestHeaders.Add(UserHeader, user);
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
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Signs the request in as the user its <see cref="UserHeader"/> names.</summary>
    private sealed class TestUserStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    (context, nextMiddleware) =>
                    {
                        if (context.Request.Headers[UserHeader].ToString() is { Length: > 0 } user)
                            context.User = new ClaimsPrincipal(
                                new ClaimsIdentity([new Claim("sub", user)], authenticationType: "Test")
                            );
                        return nextMiddleware(context);
                    }
                );
                next(app);
            };
    }
}
