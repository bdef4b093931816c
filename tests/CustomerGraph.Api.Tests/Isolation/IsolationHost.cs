using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Data;
using CustomerGraph.Graph.Relay;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>The ids a case aims at: account A's real ones, or ghosts that exist in no account.</summary>
public sealed record IsolationIds(
    string CustomerId,
    string OtherCustomerId,
    string ContactId,
    string AssetId,
    string DefinitionId,
    string CustomerNodeId,
    string ContactNodeId,
    string AssetNodeId,
    string DefinitionNodeId,
    string FieldKey,
    string OtherFieldKey,
    string ExternalReference,
    string OtherExternalReference,
    string ThirdExternalReference,
    string SearchText,
    string BravoCustomerId
);

/// <summary>
/// A host over a fresh SQLite file with two accounts that both came in with tokens: A with customers, contacts,
/// assets, assignments, custom field definitions and values (all created as A, assets as the asset system would), and
/// B with a little data of its own.
/// </summary>
public sealed partial class IsolationHost : IAsyncLifetime
{
    /// <summary>Every text of A's data carries this, so a leak shows up in any answer.</summary>
    public const string AlphaMarker = "Alpha Secret";

    public const string PersistedCustomerQuery = "query($id: ID!) { customer(id: $id) { name email } }";

    public static string PersistedCustomerHash { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PersistedCustomerQuery)));

    /// <summary>The ids' property names, used to spell a case's name and to make answers comparable.</summary>
    public static IsolationIds Placeholders { get; } =
        new(
            "{customerId}",
            "{otherCustomerId}",
            "{contactId}",
            "{assetId}",
            "{definitionId}",
            "{customerNodeId}",
            "{contactNodeId}",
            "{assetNodeId}",
            "{definitionNodeId}",
            "{fieldKey}",
            "{otherFieldKey}",
            "{externalReference}",
            "{otherExternalReference}",
            "{thirdExternalReference}",
            "{searchText}",
            "{bravoCustomerId}"
        );

    private readonly Guid _alphaAccount = Guid.NewGuid();
    private readonly Guid _bravoAccount = Guid.NewGuid();
    private readonly List<string> _alphaEntityIds = [];

    public IsolationHost()
    {
        Factory = new ApiFactory(("Database:SeedDemoData", "false")) { ServesCustomerGraph = true };
        AlphaClient = Factory.CreateClientFor(_alphaAccount);
        BravoClient = Factory.CreateClientFor(_bravoAccount);
    }

    public ApiFactory Factory { get; }

    /// <summary>A client acting for account A whose token's <c>scope</c> claim is <paramref name="scopes"/> (none: no claim).</summary>
    public HttpClient AlphaClientWithScopes(string? scopes)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.HeaderWithScopes(_alphaAccount, scopes);
        return client;
    }

    public HttpClient AlphaClient { get; }

    public HttpClient BravoClient { get; }

    public IsolationIds Alpha { get; private set; } = null!;

    public IsolationIds Ghosts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The first request of each account records it; then the asset system's assets can refer to it.
        await GraphAsync(AlphaClient, "{ customers { pageInfo { count } } }");
        await GraphAsync(BravoClient, "{ customers { pageInfo { count } } }");
        var alphaAsset = new Asset
        {
            Id = Guid.NewGuid(),
            AccountId = _alphaAccount,
            Name = $"{AlphaMarker} Excavator",
            SerialNumber = "ALPHA-SECRET-SN-1",
            AssetType = AssetType.Machine,
        };
        var contexts = Factory.Services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Assets.AddRange(
                alphaAsset,
                new Asset
                {
                    Id = Guid.NewGuid(),
                    AccountId = _bravoAccount,
                    Name = "Bravo Loader",
                    SerialNumber = "BRAVO-SN-1",
                    AssetType = AssetType.Machine,
                }
            );
            await db.SaveChangesAsync();
        }

        var customer = await CreateAsync(
            AlphaClient,
            "createCustomer",
            "CreateCustomerInput",
            "customer { id customerId }",
            new
            {
                name = $"{AlphaMarker} Rentals",
                email = "alpha-secret@example.com",
                externalReference = "ERP-1001",
                description = $"{AlphaMarker} notes",
            }
        );
        var other = await CreateAsync(
            AlphaClient,
            "createCustomer",
            "CreateCustomerInput",
            "customer { customerId }",
            new { name = $"{AlphaMarker} Services", externalReference = "ERP-1002" }
        );
        await CreateAsync(
            AlphaClient,
            "createCustomer",
            "CreateCustomerInput",
            "customer { customerId }",
            new { name = $"{AlphaMarker} Trading", externalReference = "ERP-1003" }
        );
        var customerId = customer.GetProperty("customer").GetProperty("customerId").GetString()!;
        var contact = await CreateAsync(
            AlphaClient,
            "createCustomerContact",
            "CreateCustomerContactInput",
            "contact { id contactId }",
            new
            {
                customerId,
                name = $"{AlphaMarker} Contact",
                email = "alpha-secret.contact@example.com",
                isPrimary = true,
            }
        );
        await CreateAsync(
            AlphaClient,
            "updateCustomerAssets",
            "UpdateCustomerAssetsInput",
            "customer { customerId }",
            new
            {
                customerId,
                assign = new[]
                {
                    new
                    {
                        assetId = alphaAsset.Id.ToString("D"),
                        assignmentType = "RENTAL",
                        note = $"{AlphaMarker} rental note",
                    },
                },
            }
        );
        var tier = await CreateAsync(
            AlphaClient,
            "createCustomFieldDefinition",
            "CreateCustomFieldDefinitionInput",
            "customFieldDefinition { id definitionId key }",
            new
            {
                key = "tier",
                title = $"{AlphaMarker} tier",
                type = "DROPDOWN",
                dropdown = new { options = new[] { "gold", "silver" } },
            }
        );
        await CreateAsync(
            AlphaClient,
            "createCustomFieldDefinition",
            "CreateCustomFieldDefinitionInput",
            "customFieldDefinition { key }",
            new
            {
                key = "segment",
                title = $"{AlphaMarker} segment",
                type = "STRING",
            }
        );
        await CreateAsync(
            AlphaClient,
            "setCustomerCustomFieldValues",
            "SetCustomerCustomFieldValuesInput",
            "customer { customerId }",
            new
            {
                customerId,
                set = new object[]
                {
                    new { key = "tier", value = new { selectedOptions = new[] { "gold" } } },
                    new { key = "segment", value = new { stringValue = $"{AlphaMarker} segment value" } },
                },
            }
        );
        var persisted = await Http.PostJsonAsync(
            AlphaClient,
            new
            {
                query = PersistedCustomerQuery,
                variables = new { id = customerId },
                extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedCustomerHash } },
            }
        );
        Assert.Contains(AlphaMarker, persisted.Body);

        var bravo = await CreateAsync(
            BravoClient,
            "createCustomer",
            "CreateCustomerInput",
            "customer { customerId }",
            new { name = "Bravo Haulage", externalReference = "BRAVO-1" }
        );
        await CreateAsync(
            BravoClient,
            "createCustomFieldDefinition",
            "CreateCustomFieldDefinitionInput",
            "customFieldDefinition { key }",
            new
            {
                key = "region",
                title = "Bravo region",
                type = "STRING",
            }
        );
        var bravoCustomerId = bravo.GetProperty("customer").GetProperty("customerId").GetString()!;

        Alpha = new IsolationIds(
            customerId,
            other.GetProperty("customer").GetProperty("customerId").GetString()!,
            contact.GetProperty("contact").GetProperty("contactId").GetString()!,
            alphaAsset.Id.ToString("D"),
            tier.GetProperty("customFieldDefinition").GetProperty("definitionId").GetString()!,
            customer.GetProperty("customer").GetProperty("id").GetString()!,
            contact.GetProperty("contact").GetProperty("id").GetString()!,
            GlobalId.Encode("Asset", alphaAsset.Id),
            tier.GetProperty("customFieldDefinition").GetProperty("id").GetString()!,
            "tier",
            "segment",
            "ERP-1001",
            "ERP-1002",
            "ERP-1003",
            AlphaMarker,
            bravoCustomerId
        );
        var (ghostCustomer, ghostContact, ghostAsset, ghostDefinition) = (
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid(),
            Guid.NewGuid()
        );
        Ghosts = new IsolationIds(
            ghostCustomer.ToString("D"),
            Guid.NewGuid().ToString("D"),
            ghostContact.ToString("D"),
            ghostAsset.ToString("D"),
            ghostDefinition.ToString("D"),
            GlobalId.Encode("Customer", ghostCustomer),
            GlobalId.Encode("CustomerContact", ghostContact),
            GlobalId.Encode("Asset", ghostAsset),
            GlobalId.Encode("CustomFieldDefinition", ghostDefinition),
            "ghost_" + Guid.NewGuid().ToString("N")[..8],
            "ghost_" + Guid.NewGuid().ToString("N")[..8],
            "GHOST-" + Guid.NewGuid().ToString("N")[..8],
            "GHOST-" + Guid.NewGuid().ToString("N")[..8],
            "GHOST-" + Guid.NewGuid().ToString("N")[..8],
            "Ghost " + Guid.NewGuid().ToString("N")[..8],
            bravoCustomerId
        );
        _alphaEntityIds.AddRange(await AlphaEntityIdsAsync(contexts));
    }

    public Task<IsolationAnswer> SendAsBravoAsync(HttpRequestMessage request) =>
        SendAsync(BravoClient, request);

    /// <summary>Sends <paramref name="request"/> with <paramref name="client"/> and reads the whole answer.</summary>
    public static async Task<IsolationAnswer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request);
            return new IsolationAnswer(
                (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                await response.Content.ReadAsStringAsync()
            );
        }
    }

    /// <summary>
    /// The answer with A's and the ghosts' ids named by their role, so answers about either compare equal when they
    /// say the same (B's own rows may hold both: a reused external reference, a reused key); ids and timestamps the
    /// server makes anew for B are named generically.
    /// </summary>
    public string Normalize(IsolationAnswer answer)
    {
        var body = answer.Body;
        var values = ValuesOf(Alpha)
            .Zip(ValuesOf(Placeholders))
            .Concat(ValuesOf(Ghosts).Zip(ValuesOf(Placeholders)));
        foreach (var (value, placeholder) in values.OrderByDescending(pair => pair.First.Length))
            body = body.Replace(value, placeholder, StringComparison.OrdinalIgnoreCase);
        body = GeneratedUuid().Replace(body, "{new-id}");
        body = Timestamp().Replace(body, "{time}");
        return $"{answer.Status} {answer.MediaType} {body}";
    }

    /// <summary>What of A's data an answer carries (its marker text or an id no request names), or null.</summary>
    public string? TraceOfAlpha(string body)
    {
        if (
            body.Contains(AlphaMarker, StringComparison.OrdinalIgnoreCase)
            || body.Contains("alpha-secret", StringComparison.OrdinalIgnoreCase)
        )
            return "text";
        var named = ValuesOf(Alpha).ToHashSet();
        return
            _alphaEntityIds.FirstOrDefault(id =>
                !named.Contains(id) && body.Contains(id, StringComparison.OrdinalIgnoreCase)
            )
                is { } id
            ? $"id {id}"
            : null;
    }

    /// <summary>Every row that is not B's, read straight from the SQLite file: its SHA-256 and A's rows per table.</summary>
    public async Task<(string Checksum, SortedDictionary<string, int> CountByTable)> AlphaRowsAsync()
    {
        await using var connection = new SqliteConnection(
            $"Data Source={Factory.DatabaseFile};Mode=ReadOnly;Pooling=False"
        );
        await connection.OpenAsync();
        var tables = new List<string>();
        // EF Core's own tables (__EFMigrationsHistory, __EFMigrationsLock) hold no account's data.
        await using (var list = connection.CreateCommand())
        {
            list.CommandText =
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 2) <> '__' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var rows = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var ownerColumn = reader.GetOrdinal(table == "Accounts" ? "Id" : "AccountId");
            counts[table] = 0;
            while (await reader.ReadAsync())
            {
                var owner = Guid.Parse(reader.GetString(ownerColumn));
                if (owner == _bravoAccount)
                    continue;
                if (owner == _alphaAccount)
                    counts[table]++;
                rows.Add(
                    table
                        + string.Concat(
                            Enumerable
                                .Range(0, reader.FieldCount)
                                .Select(i =>
                                    $"|{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}"
                                )
                        )
                );
            }
        }
        rows.Sort(StringComparer.Ordinal);
        var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows))));
        return (checksum, counts);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static IEnumerable<string> ValuesOf(IsolationIds ids) =>
        typeof(IsolationIds)
            .GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(ids)!);

    private async Task<List<string>> AlphaEntityIdsAsync(IDbContextFactory<CustomerDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var ids = new List<Guid>();
        ids.AddRange(
            await db.Customers.Where(c => c.AccountId == _alphaAccount).Select(c => c.Id).ToListAsync()
        );
        ids.AddRange(
            await db.Contacts.Where(c => c.AccountId == _alphaAccount).Select(c => c.Id).ToListAsync()
        );
        ids.AddRange(
            await db.Assets.Where(a => a.AccountId == _alphaAccount).Select(a => a.Id).ToListAsync()
        );
        ids.AddRange(
            await db
                .CustomFieldDefinitions.Where(d => d.AccountId == _alphaAccount)
                .Select(d => d.Id)
                .ToListAsync()
        );
        ids.AddRange(
            await db
                .CustomFieldValues.Where(v => v.AccountId == _alphaAccount)
                .Select(v => v.Id)
                .ToListAsync()
        );
        return ids.Select(id => id.ToString("D")).ToList();
    }

    private static async Task<JsonElement> GraphAsync(
        HttpClient client,
        string query,
        object? variables = null
    )
    {
        var answer = await Http.PostJsonAsync(client, new { query, variables });
        Assert.True(
            answer.Status == HttpStatusCode.OK && !answer.Json.TryGetProperty("errors", out _),
            answer.Body
        );
        return answer.Json.GetProperty("data");
    }

    private static async Task<JsonElement> CreateAsync(
        HttpClient client,
        string mutation,
        string inputType,
        string selection,
        object input
    )
    {
        var data = await GraphAsync(
            client,
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} }} }} }}",
            new { input }
        );
        var payload = data.GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, payload.ToString());
        return payload.Clone();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GeneratedUuid();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")]
    private static partial Regex Timestamp();
}

/// <summary>What a case got back.</summary>
public sealed record IsolationAnswer(int Status, string? MediaType, string Body);
