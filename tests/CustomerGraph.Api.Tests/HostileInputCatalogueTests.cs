using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

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

    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-hostile-" + Guid.NewGuid().ToString("N")
    );
    private readonly ConcurrentDictionary<string, bool> _outcomes = new();

    public HostileInputHost()
    {
        Factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
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

    public string DatabaseFile => Path.Combine(_dataFolder, "customergraph.db");

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
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
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

/// <summary>
/// Issue "Trust" item 6: every hostile request of the catalogue, over real HTTP, gets its specific documented error
/// (never a 5xx, a stack trace or a hang), the server keeps serving, and the database is unchanged.
/// </summary>
public sealed class HostileInputCatalogueTests(HostileInputHost host) : IClassFixture<HostileInputHost>
{
    public static TheoryData<CaseName> Cases =>
        [.. HostileInputCatalogue.All.Select(c => new CaseName(c.DisplayName))];

    [Fact]
    public void The_catalogue_covers_every_category_on_both_surfaces_with_unique_names()
    {
        var all = HostileInputCatalogue.All;
        Assert.True(all.Count >= 360, $"{all.Count} cases");
        Assert.Equal(all.Count, all.Select(c => c.DisplayName).Distinct().Count());
        // Aliases and introspection exist only in GraphQL.
        string[] graphQLOnly = [HostileInputCatalogue.AliasFlood, HostileInputCatalogue.IntrospectionLoop];
        foreach (var category in all.Select(c => c.Category).Distinct())
        {
            var surfaces = all.Where(c => c.Category == category).Select(c => c.Surface).ToHashSet();
            Assert.True(
                surfaces.Contains(Surface.Rest) || graphQLOnly.Contains(category),
                $"{category} has no REST case"
            );
            // Every REST category reaches the contacts and the customer assets endpoints too.
            var restPaths = all.Where(c => c.Category == category && c.Surface == Surface.Rest)
                .Select(c => c.Path)
                .ToList();
            foreach (var resource in new[] { "/contacts", "/assets" })
                Assert.True(
                    restPaths.Count == 0 || restPaths.Any(path => path.Contains(resource)),
                    $"{category} has no case on {resource}"
                );
            Assert.True(
                surfaces.Overlaps([Surface.GraphQLPost, Surface.GraphQLGet, Surface.GraphQLBatch]),
                category
            );
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_request_gets_its_documented_error_and_changes_nothing(CaseName @case)
    {
        var hostile = HostileInputCatalogue.Find(@case.Value);
        var passed = false;
        try
        {
            var checksum = DatabaseChecksum.Of(host.DatabaseFile);
            var customers = await host.CustomerCountAsync();
            using var request = hostile.CreateRequest(host.Seeded);
            HttpResponseMessage response;
            string body;
            try
            {
                response = await host.ClientFor(hostile).SendAsync(request);
                body = await response.Content.ReadAsStringAsync();
            }
            catch (TaskCanceledException)
            {
                throw new Xunit.Sdk.XunitException(
                    $"no answer within {HostileInputHost.CaseTimeout.TotalSeconds} s: a hang"
                );
            }
            using (response)
            {
                Assert.True(
                    response.StatusCode == hostile.Expected.Status,
                    $"expected {(int)hostile.Expected.Status}, got {(int)response.StatusCode}: {Excerpt(body)}"
                );
                hostile.Expected.CheckAnswer(hostile.Surface, response, body);
            }
            await host.AssertStillServingAsync(customers);
            Assert.Equal(checksum, DatabaseChecksum.Of(host.DatabaseFile));
            passed = true;
        }
        finally
        {
            host.Record(hostile, passed);
        }
    }

    private static string Excerpt(string body) => body.Length <= 600 ? body : body[..600] + "…";
}

/// <summary>A case's display name as a theory argument: xunit shows it whole (it shortens plain strings).</summary>
public sealed class CaseName : IXunitSerializable
{
    public CaseName() { }

    public CaseName(string value) => Value = value;

    public string Value { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
