using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// One real Kestrel host on 127.0.0.1 with the customer graph over a fresh seeded SQLite file, shared by the whole
/// catalogue; it remembers the database checksum from before the first case and writes the catalogue's summary.
/// </summary>
public sealed class HostileInputHost : IAsyncLifetime
{
    /// <summary>The bound on one case, request and answer together: a case that takes longer counts as a hang.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    private const string Probe =
        """{"query":"{ customers(first: 1) { pageInfo { count } nodes { customerId } } }"}""";

    private readonly ConcurrentDictionary<string, bool> _outcomes = new();

    public HostileInputHost()
    {
        Factory = new ApiFactory { ServesCustomerGraph = true };
        Client = Factory.StartLoopbackClient();
        Client.Timeout = CaseTimeout;
        ClientWithoutCredentials = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = CaseTimeout };
    }

    public ApiFactory Factory { get; }

    /// <summary>A client of the loopback socket (not the in-memory test server), so Kestrel's own limits apply.</summary>
    public HttpClient Client { get; }

    /// <summary>A client of the same socket that sends no Authorization header unless a case gives one.</summary>
    public HttpClient ClientWithoutCredentials { get; }

    /// <summary>The client a case is sent with: its own Authorization header, or else the valid token.</summary>
    public HttpClient ClientFor(HostileCase hostile) =>
        hostile.Authorization is null ? Client : ClientWithoutCredentials;

    public SeededRows Seeded { get; private set; } = null!;

    /// <summary>The checksum of every row before the first case ran, compared with the one after the last in the summary.</summary>
    public string ChecksumBefore { get; private set; } = "";

    public string DatabaseFile => Factory.DatabaseFile;

    public async Task InitializeAsync()
    {
        await using (
            var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False")
        )
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT c.CustomerId, c.Id,
                       (SELECT a.Id FROM Assets a ORDER BY a.Id LIMIT 1),
                       (SELECT o.Id FROM Customers o WHERE o.AccountId = c.AccountId AND o.Id <> c.CustomerId ORDER BY o.Id LIMIT 1)
                FROM CustomerContacts c ORDER BY c.Id LIMIT 1
                """;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), "the demo seed has contacts and assets");
            Seeded = new SeededRows(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetGuid(2),
                reader.GetGuid(3)
            );
        }
        ChecksumBefore = DatabaseChecksum.Of(DatabaseFile);
    }

    /// <summary>Both surfaces still answer a small valid request correctly: <paramref name="customers"/> customers.</summary>
    public async Task AssertStillServingAsync(int customers)
    {
        Assert.Equal(customers, await CustomerCountAsync());
        using var response = await Client.GetAsync("/customer/v1/customers?size=1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(customers, page.RootElement.GetProperty("totalElements").GetInt32());
    }

    public void Record(HostileCase hostile, bool passed) => _outcomes[hostile.DisplayName] = passed;

    public async Task DisposeAsync()
    {
        if (!_outcomes.IsEmpty)
            await File.WriteAllTextAsync(
                Path.Combine(NodeScript.OutputDirectory("summaries"), "hostile-input.txt"),
                Summary() + Environment.NewLine
            );
        Client.Dispose();
        ClientWithoutCredentials.Dispose();
        await Factory.DisposeAsync();
    }

    private string Summary()
    {
        var all = HostileInputCatalogue.All;
        var surfaces = all.GroupBy(c => c.Surface).Select(g => $"{Label(g.Key)} {g.Count()}");
        var categories = all.GroupBy(c => c.Category).Select(g => $"{g.Key} {g.Count()}");
        var passed = _outcomes.Values.Count(ok => ok);
        var checksum = DatabaseChecksum.Of(DatabaseFile);
        return $"hostile input catalogue: {all.Count} cases ({string.Join(", ", surfaces)}); "
            + $"by category: {string.Join(", ", categories)}; "
            + $"{_outcomes.Count} run, {passed} passed, {_outcomes.Count - passed} failed; "
            + $"database checksum {(checksum == ChecksumBefore ? "unchanged" : "CHANGED")} (sha256 {ChecksumBefore[..16]}…)";
    }

    private static string Label(Surface surface) =>
        surface switch
        {
            Surface.GraphQLPost => "GraphQL POST",
            Surface.GraphQLGet => "GraphQL GET",
            Surface.GraphQLBatch => "GraphQL batch",
            _ => "REST",
        };

    /// <summary>The number of customers, read through a small valid GraphQL query.</summary>
    public async Task<int> CustomerCountAsync()
    {
        using var response = await Client.PostAsync(
            "/graphql",
            new StringContent(Probe, Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(answer.RootElement.TryGetProperty("errors", out _));
        return answer
            .RootElement.GetProperty("data")
            .GetProperty("customers")
            .GetProperty("pageInfo")
            .GetProperty("count")
            .GetInt32();
    }
}
