using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CustomerGraph.Api.Rest;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>A documented response and an HTTP exchange with the API that produces it.</summary>
internal sealed record ResponseScenario(
    string Method,
    string Path,
    int Status,
    Func<ScenarioCalls, Task<HttpResponseMessage>> SendAsync
);

/// <summary>
/// The hosts the response scenarios run on, all over the same seeded SQLite file: the in-memory host (with clients
/// that send no token or a forged one besides the one acting for the demo account), one whose account store is down
/// (every operation's 500), one where another writer assigns the same assets at the same moment (the 409 of a
/// concurrent change), one whose rate limit budget is a single request (the 429s), and one on a real socket, where
/// a large body is refused by its Content-Length. All but the first start on first use.
/// </summary>
public sealed class ScenarioHosts : IDisposable
{
    private readonly RestHost _rest = new();
    private WebApplicationFactory<Program>? _failing;
    private WebApplicationFactory<Program>? _racing;
    private WebApplicationFactory<Program>? _limited;
    private ApiFactory? _loopback;

    public ApiFactory Factory => _rest.Factory;

    public HttpClient Client => _rest.Client;

    public HttpClient Anonymous => field ??= Factory.CreateAnonymousClient();

    /// <summary>A client whose token names the demo account but is signed with a key the host does not trust.</summary>
    public HttpClient Forged =>
        field ??= WithAuthorization(
            Factory.CreateClient(),
            TestTokens.For(
                Factory.DefaultAccountId,
                token =>
                    token.SigningCredentials = TestTokens.SigningWith(
                        Convert.ToBase64String(SHA256.HashData("not the host's key"u8))
                    )
            )
        );

    /// <summary>A client for the demo account whose token grants only account.view.</summary>
    public HttpClient ViewOnly =>
        field ??= WithAuthorization(
            Factory.CreateClient(),
            TestTokens.HeaderWithScopes(Factory.DefaultAccountId, "account.view").Parameter!
        );

    /// <summary>A client for the demo account whose token grants every scope but account.view.</summary>
    public HttpClient WithoutView =>
        field ??= WithAuthorization(
            Factory.CreateClient(),
            TestTokens
                .HeaderWithScopes(
                    Factory.DefaultAccountId,
                    "account.customer.manage account.custom-fields.manage"
                )
                .Parameter!
        );

    public HttpClient Limited =>
        field ??= (
            _limited = Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:Budget", "1"))
        ).CreateClient();

    public HttpClient Failing =>
        field ??= (
            _failing = Factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services =>
                    services.AddScoped<ICurrentAccount, UnavailableAccount>()
                )
            )
        ).CreateClient();

    public HttpClient Racing =>
        field ??= (
            _racing = Factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services =>
                    services.AddSingleton<IDbContextFactory<CustomerDbContext>>(provider =>
                    {
                        var options = provider.GetRequiredService<CustomerDatabaseOptions>();
                        var otherWriter = new CustomerDbContextFactory(options);
                        return new CustomerDbContextFactory(
                            options,
                            db => db.AddInterceptors(new ConcurrentAssignments(otherWriter))
                        );
                    })
                )
            )
        ).CreateClient();

    public HttpClient Loopback =>
        field ??= (
            _loopback = new ApiFactory(
                (
                    "Database:DataFolder",
                    Factory.Services.GetRequiredService<CustomerDatabaseOptions>().DataFolder
                )
            )
            {
                ServesCustomerGraph = true,
            }
        ).StartLoopbackClient();

    public void Dispose()
    {
        _loopback?.Dispose();
        _failing?.Dispose();
        _racing?.Dispose();
        _limited?.Dispose();
        _rest.Dispose();
    }

    private static HttpClient WithAuthorization(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An account lookup that fails the way an unreachable store would.</summary>
    private sealed class UnavailableAccount : ICurrentAccount
    {
        public Guid AccountId => throw new InvalidOperationException("The account store is unavailable.");
    }

    /// <summary>
    /// Before a save that adds assignments, another writer commits the same assignments: the save then breaks the
    /// unique (customer, asset, type) index, as when two clients assign the same asset at once.
    /// </summary>
    private sealed class ConcurrentAssignments(IDbContextFactory<CustomerDbContext> otherWriter)
        : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData,
            InterceptionResult<int> result,
            CancellationToken cancellationToken = default
        )
        {
            var added = eventData
                .Context!.ChangeTracker.Entries<CustomerAssetAssignment>()
                .Where(entry => entry.State == EntityState.Added)
                .Select(entry => entry.Entity)
                .ToList();
            if (added.Count == 0)
                return result;
            await using var db = await otherWriter.CreateDbContextAsync(cancellationToken);
            db.Assignments.AddRange(
                added.Select(assignment => new CustomerAssetAssignment
                {
                    Id = Guid.CreateVersion7(),
                    AccountId = assignment.AccountId,
                    CustomerId = assignment.CustomerId,
                    AssetId = assignment.AssetId,
                    AssignmentType = assignment.AssignmentType,
                    AssignedAt = assignment.AssignedAt,
                })
            );
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
    }
}

/// <summary>The REST calls the scenarios are made of.</summary>
internal sealed class ScenarioCalls(ScenarioHosts hosts)
{
    /// <summary>A request to the in-memory host.</summary>
    public Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    ) => SendAsync(hosts.Client, method, path, body, contentType, ifMatch);

    /// <summary>A request to the host whose account store is down.</summary>
    public Task<HttpResponseMessage> FailingAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(hosts.Failing, method, path, body);

    /// <summary>A request without credentials.</summary>
    public Task<HttpResponseMessage> AnonymousAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(hosts.Anonymous, method, path, body);

    /// <summary>A request with a token signed by a key the host does not trust.</summary>
    public Task<HttpResponseMessage> ForgedAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(hosts.Forged, method, path, body);

    /// <summary>A request whose token lacks the operation's scope: account.view for a read, the write scope otherwise.</summary>
    public Task<HttpResponseMessage> WithoutScopeAsync(HttpMethod method, string path, string? body = null) =>
        SendAsync(method == HttpMethod.Get ? hosts.WithoutView : hosts.ViewOnly, method, path, body);

    /// <summary>
    /// A request to the host whose budget is one request, after a request that spends it (or is itself refused,
    /// when an earlier scenario spent it), so this one is always over budget.
    /// </summary>
    public async Task<HttpResponseMessage> OverBudgetAsync(
        HttpMethod method,
        string path,
        string? body = null
    )
    {
        using var spend = await SendAsync(
            hosts.Limited,
            HttpMethod.Get,
            $"{RestCalls.CustomersPath}/{Guid.NewGuid()}",
            null
        );
        return await SendAsync(hosts.Limited, method, path, body);
    }

    /// <summary>A request to the host where another writer makes the same asset assignments at once.</summary>
    public Task<HttpResponseMessage> RacingAsync(HttpMethod method, string path, string body) =>
        SendAsync(hosts.Racing, method, path, body);

    /// <summary>
    /// A valid JSON body one byte over the size limit, offered to the host on a real socket with
    /// <c>Expect: 100-continue</c>: the server refuses it by its Content-Length, before a byte of it is sent, so the
    /// answer never races a reset of the half-sent upload.
    /// </summary>
    public async Task<HttpResponseMessage> OversizedAsync(HttpMethod method, string path)
    {
        const string empty = """{"name":"Huge ApS","description":""}""";
        var filler = new string('x', (int)RestApi.MaxBodyBytes + 1 - empty.Length);
        using var request = new HttpRequestMessage(method, path)
        {
            Content = new StringContent(
                empty.Insert(empty.Length - 2, filler),
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.ExpectContinue = true;
        return await hosts.Loopback.SendAsync(request);
    }

    /// <summary>Creates a customer and answers its URL.</summary>
    public Task<string> NewCustomerUrlAsync() =>
        CreateAsync(RestCalls.CustomersPath, """{"name":"Scenario ApS"}""");

    /// <summary>Creates a customer with a contact and answers the contact's URL.</summary>
    public async Task<string> NewContactUrlAsync() =>
        await CreateAsync($"{await NewCustomerUrlAsync()}/contacts", """{"name":"Scenario Contact"}""");

    /// <summary>Creates a BOOLEAN custom field definition and answers its URL.</summary>
    public Task<string> NewDefinitionUrlAsync() =>
        CreateAsync(
            "/custom-fields/v1/definitions",
            $$"""{"key":"s{{Guid.NewGuid():N}}","title":"Scenario","type":"BOOLEAN"}"""
        );

    /// <summary>Creates a customer with a value of a new BOOLEAN definition and answers the value's URL.</summary>
    public async Task<string> NewValueUrlAsync() =>
        await CreateAsync(
            "/custom-fields/v1/values",
            $$"""{"entityId":"{{await NewCustomerIdAsync()}}","definitionId":"{{LastSegment(
                await NewDefinitionUrlAsync()
            )}}","value":true}"""
        );

    /// <summary>Creates a customer and answers its id.</summary>
    public async Task<string> NewCustomerIdAsync() => LastSegment(await NewCustomerUrlAsync());

    private static string LastSegment(string url) => url[(url.LastIndexOf('/') + 1)..];

    /// <summary>Creates a resource and answers its URL (Location).</summary>
    public async Task<string> CreateAsync(string path, string body)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body);
        Assert.True(
            response.StatusCode == System.Net.HttpStatusCode.Created,
            await response.Content.ReadAsStringAsync()
        );
        return response.Headers.Location!.ToString();
    }

    /// <summary>The id of a seeded asset of the fleet.</summary>
    public async Task<string> SeededAssetIdAsync() =>
        (await hosts.Client.GraphQLAsync("{ assets(first: 1) { nodes { assetId } } }"))
            .GetProperty("assets")
            .GetProperty("nodes")[0]
            .GetProperty("assetId")
            .GetString()!;

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        string? body,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        var (response, _) = await client.SendAsync(method, path, body, contentType, ifMatch);
        return response;
    }
}
