using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomerGraph.Graph;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// The isolation matrix: account B runs every operation of both surfaces against account A's ids. Each answer must
/// equal B's answer for ids that exist nowhere (same status, media type and body once the ids are named alike), no
/// answer may carry anything of A's, and A's rows must be byte for byte unchanged afterwards.
/// </summary>
public sealed class AccountIsolationTests(IsolationHost host) : IClassFixture<IsolationHost>
{
    private const string Customers = "/customer/v1/customers";

    /// <summary>
    /// Every case, as B, given the ids to aim at: A's, or ghosts. One row per operation and per way it could leak
    /// (existence, version, uniqueness); each GraphQL row names the root field it runs.
    /// </summary>
    private static readonly IsolationCase[] Cases =
    [
        // Queries.
        Graph(
            "node",
            "node: A's customer",
            "query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }",
            ids => new { id = ids.CustomerNodeId }
        ),
        Graph(
            "node",
            "node: A's contact",
            "query($id: ID!) { node(id: $id) { __typename ... on CustomerContact { name email } } }",
            ids => new { id = ids.ContactNodeId }
        ),
        Graph(
            "node",
            "node: A's asset",
            "query($id: ID!) { node(id: $id) { __typename ... on Asset { name serialNumber } } }",
            ids => new { id = ids.AssetNodeId }
        ),
        Graph(
            "node",
            "node: A's custom field definition",
            "query($id: ID!) { node(id: $id) { __typename ... on CustomFieldDefinition { key title } } }",
            ids => new { id = ids.DefinitionNodeId }
        ),
        Graph(
            "_entities",
            "_entities: A's entities by every key",
            "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Customer { name email } ... on CustomerContact { name email } ... on Asset { assetId name serialNumber } ... on CustomFieldDefinition { key title } } }",
            ids => new
            {
                representations = new object[]
                {
                    new { __typename = "Customer", id = ids.CustomerNodeId },
                    new { __typename = "Customer", customerId = ids.CustomerId },
                    new { __typename = "CustomerContact", id = ids.ContactNodeId },
                    new { __typename = "CustomerContact", contactId = ids.ContactId },
                    new { __typename = "Asset", assetId = ids.AssetId },
                    new { __typename = "CustomFieldDefinition", id = ids.DefinitionNodeId },
                },
            }
        ),
        Graph(
            "nodes",
            "nodes: all of A's kinds",
            "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            ids => new
            {
                ids = new[] { ids.CustomerNodeId, ids.ContactNodeId, ids.AssetNodeId, ids.DefinitionNodeId },
            }
        ),
        Graph(
            "customer",
            "customer: A's, with its children",
            "query($id: ID!) { customer(id: $id) { name email contacts { nodes { name } } assets { nodes { note } } customFields { key stringValue } } }",
            ids => new { id = ids.CustomerId }
        ),
        Graph(
            "customers",
            "customers: filtered to A's ids",
            "query($ids: [ID!]) { customers(filters: { customerIds: $ids }) { pageInfo { count } nodes { customerId name } } }",
            ids => new { ids = new[] { ids.CustomerId, ids.OtherCustomerId } }
        ),
        Graph(
            "customers",
            "customers: searching A's name",
            "query($text: String) { customers(filters: { search: $text }) { pageInfo { count } nodes { name } } }",
            ids => new { text = ids.SearchText }
        ),
        Graph(
            "customers",
            "customers: with assets",
            "{ customers(filters: { hasAssets: true }) { pageInfo { count } nodes { name } } }",
            _ => new { }
        ),
        Graph(
            "customers",
            "customers: all of B's",
            "{ customers(first: 100) { pageInfo { count } nodes { name externalReference } } }",
            _ => new { }
        ),
        Graph(
            "asset",
            "asset: A's, with its customers",
            "query($id: ID!) { asset(id: $id) { name customers { nodes { note } } } }",
            ids => new { id = ids.AssetId }
        ),
        Graph(
            "assets",
            "assets: searching A's asset",
            "query($text: String) { assets(filters: { search: $text }) { pageInfo { count } nodes { name } } }",
            ids => new { text = ids.SearchText }
        ),
        Graph(
            "assets",
            "assets: all of B's",
            "{ assets(first: 100) { pageInfo { count } nodes { name serialNumber } } }",
            _ => new { }
        ),
        Graph(
            "customFieldDefinitions",
            "customFieldDefinitions: B's",
            "{ customFieldDefinitions { key title } }",
            _ => new { }
        ),
        // Mutations.
        Mutation(
            "createCustomer",
            "createCustomer: A's external reference is free for B",
            "createCustomer(input: $input) { customer { name externalReference } errors { __typename ... on Error { message } } }",
            "CreateCustomerInput",
            ids => new { name = "Bravo Copy", externalReference = ids.ExternalReference }
        ),
        Mutation(
            "upsertCustomers",
            "upsertCustomers: A's external reference matches nothing of B's",
            "upsertCustomers(input: $input) { results { outcome customer { name externalReference version } errors { __typename ... on Error { message } } } }",
            "UpsertCustomersInput",
            ids => new
            {
                customers = new[]
                {
                    new { externalReference = ids.ExternalReference, name = "Bravo Upsert" },
                },
            }
        ),
        Mutation(
            "updateCustomer",
            "updateCustomer: A's customer",
            "updateCustomer(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "UpdateCustomerInput",
            ids => new { customerId = ids.CustomerId, name = "Hijacked" }
        ),
        Mutation(
            "updateCustomer",
            "updateCustomer: A's customer at a stale version",
            "updateCustomer(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "UpdateCustomerInput",
            ids => new
            {
                customerId = ids.CustomerId,
                expectedVersion = 99,
                name = "Hijacked",
            }
        ),
        Mutation(
            "updateCustomer",
            "updateCustomer: A's external reference on B's customer",
            "updateCustomer(input: $input) { customer { name externalReference } errors { __typename ... on Error { message } } }",
            "UpdateCustomerInput",
            ids => new { customerId = ids.BravoCustomerId, externalReference = ids.OtherExternalReference }
        ),
        Mutation(
            "deleteCustomer",
            "deleteCustomer: A's customer",
            "deleteCustomer(input: $input) { deletedCustomerId errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "DeleteCustomerInput",
            ids => new { customerId = ids.CustomerId }
        ),
        Mutation(
            "deleteCustomer",
            "deleteCustomer: A's customer at a stale version",
            "deleteCustomer(input: $input) { deletedCustomerId errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "DeleteCustomerInput",
            ids => new { customerId = ids.CustomerId, expectedVersion = 99 }
        ),
        Mutation(
            "createCustomerContact",
            "createCustomerContact: on A's customer",
            "createCustomerContact(input: $input) { contact { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "CreateCustomerContactInput",
            ids => new { customerId = ids.CustomerId, name = "Planted" }
        ),
        Mutation(
            "updateCustomerContact",
            "updateCustomerContact: A's contact",
            "updateCustomerContact(input: $input) { contact { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "UpdateCustomerContactInput",
            ids => new { contactId = ids.ContactId, name = "Hijacked" }
        ),
        Mutation(
            "updateCustomerContact",
            "updateCustomerContact: A's contact at a stale version",
            "updateCustomerContact(input: $input) { contact { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "UpdateCustomerContactInput",
            ids => new
            {
                contactId = ids.ContactId,
                expectedVersion = 99,
                isPrimary = true,
            }
        ),
        Mutation(
            "deleteCustomerContact",
            "deleteCustomerContact: A's contact",
            "deleteCustomerContact(input: $input) { deletedContactId errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "DeleteCustomerContactInput",
            ids => new { contactId = ids.ContactId }
        ),
        Mutation(
            "updateCustomerAssets",
            "updateCustomerAssets: A's customer and asset",
            "updateCustomerAssets(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } ... on ValidationError { field code } } }",
            "UpdateCustomerAssetsInput",
            ids => new { customerId = ids.CustomerId, unassign = new[] { ids.AssetId } }
        ),
        Mutation(
            "updateCustomerAssets",
            "updateCustomerAssets: A's asset to B's customer",
            "updateCustomerAssets(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } ... on ValidationError { field code } } }",
            "UpdateCustomerAssetsInput",
            ids => new
            {
                customerId = ids.BravoCustomerId,
                assign = new[] { new { assetId = ids.AssetId, assignmentType = "RENTAL" } },
            }
        ),
        Mutation(
            "updateCustomerAssets",
            "updateCustomerAssets: unassigning A's asset from B's customer",
            "updateCustomerAssets(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } ... on ValidationError { field code } } }",
            "UpdateCustomerAssetsInput",
            ids => new { customerId = ids.BravoCustomerId, unassign = new[] { ids.AssetId } }
        ),
        Mutation(
            "createCustomFieldDefinition",
            "createCustomFieldDefinition: A's key is free for B",
            "createCustomFieldDefinition(input: $input) { customFieldDefinition { key title } errors { __typename ... on Error { message } } }",
            "CreateCustomFieldDefinitionInput",
            ids => new
            {
                key = ids.FieldKey,
                title = "Bravo's own",
                type = "STRING",
            }
        ),
        Mutation(
            "updateCustomFieldDefinition",
            "updateCustomFieldDefinition: A's definition",
            "updateCustomFieldDefinition(input: $input) { customFieldDefinition { key } errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "UpdateCustomFieldDefinitionInput",
            ids => new { definitionId = ids.DefinitionId, title = "Hijacked" }
        ),
        Mutation(
            "deleteCustomFieldDefinition",
            "deleteCustomFieldDefinition: A's definition",
            "deleteCustomFieldDefinition(input: $input) { deletedDefinitionId errors { __typename ... on Error { message } ... on NotFoundError { field id } } }",
            "DeleteCustomFieldDefinitionInput",
            ids => new { definitionId = ids.DefinitionId }
        ),
        Mutation(
            "setCustomerCustomFieldValues",
            "setCustomerCustomFieldValues: on A's customer",
            "setCustomerCustomFieldValues(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } ... on ValidationError { field code } } }",
            "SetCustomerCustomFieldValuesInput",
            ids => new
            {
                customerId = ids.CustomerId,
                set = new[] { new { key = ids.OtherFieldKey, value = new { stringValue = "planted" } } },
            }
        ),
        Mutation(
            "setCustomerCustomFieldValues",
            "setCustomerCustomFieldValues: clearing on A's customer",
            "setCustomerCustomFieldValues(input: $input) { customer { name } errors { __typename ... on Error { message } ... on NotFoundError { field id } ... on ValidationError { field code } } }",
            "SetCustomerCustomFieldValuesInput",
            ids => new { customerId = ids.CustomerId, clear = new[] { ids.OtherFieldKey } }
        ),
        Mutation(
            "setCustomerCustomFieldValues",
            "setCustomerCustomFieldValues: A's key on B's customer",
            "setCustomerCustomFieldValues(input: $input) { customer { name } errors { __typename ... on Error { message } ... on ValidationError { field code } } }",
            "SetCustomerCustomFieldValuesInput",
            ids => new
            {
                customerId = ids.BravoCustomerId,
                set = new[] { new { key = ids.OtherFieldKey, value = new { stringValue = "planted" } } },
            }
        ),
        // The same operations in the transport's other forms.
        new(
            "GraphQL",
            "GET: customer",
            [],
            ids => new HttpRequestMessage(
                HttpMethod.Get,
                "/graphql?query="
                    + Uri.EscapeDataString($$"""{ customer(id: "{{ids.CustomerId}}") { name } }""")
            )
        ),
        new(
            "GraphQL",
            "batch: customer and node",
            [],
            ids =>
                GraphQLPost(
                    JsonSerializer.Serialize(
                        new object[]
                        {
                            new
                            {
                                query = "query($id: ID!) { customer(id: $id) { name } }",
                                variables = new { id = ids.CustomerId },
                            },
                            new
                            {
                                query = "query($id: ID!) { node(id: $id) { id } }",
                                variables = new { id = ids.CustomerNodeId },
                            },
                        }
                    )
                )
        ),
        new(
            "GraphQL",
            "persisted query registered by A: customer",
            [],
            ids =>
                GraphQLPost(
                    JsonSerializer.Serialize(
                        new
                        {
                            variables = new { id = ids.CustomerId },
                            extensions = new
                            {
                                persistedQuery = new
                                {
                                    version = 1,
                                    sha256Hash = IsolationHost.PersistedCustomerHash,
                                },
                            },
                        }
                    )
                )
        ),
        // REST: one row per endpoint and precondition.
        Rest(HttpMethod.Get, ids => $"{Customers}/{ids.CustomerId}"),
        Rest(HttpMethod.Patch, ids => $"{Customers}/{ids.CustomerId}", _ => """{"name":"Hijacked"}"""),
        Rest(
            HttpMethod.Patch,
            ids => $"{Customers}/{ids.CustomerId}",
            _ => """{"name":"Hijacked"}""",
            ifMatch: "\"1\""
        ),
        Rest(HttpMethod.Delete, ids => $"{Customers}/{ids.CustomerId}"),
        Rest(
            HttpMethod.Put,
            ids => $"{Customers}/by-external-reference/{ids.ExternalReference}",
            _ => """{"name":"Bravo Put"}"""
        ),
        Rest(HttpMethod.Delete, ids => $"{Customers}/{ids.CustomerId}", ifMatch: "\"1\""),
        Rest(HttpMethod.Get, ids => $"{Customers}/{ids.CustomerId}/contacts"),
        Rest(
            HttpMethod.Post,
            ids => $"{Customers}/{ids.CustomerId}/contacts",
            _ => """{"name":"Planted Contact"}"""
        ),
        Rest(HttpMethod.Get, ids => $"{Customers}/{ids.CustomerId}/contacts/{ids.ContactId}"),
        Rest(
            HttpMethod.Patch,
            ids => $"{Customers}/{ids.CustomerId}/contacts/{ids.ContactId}",
            _ => """{"name":"Hijacked"}"""
        ),
        Rest(
            HttpMethod.Patch,
            ids => $"{Customers}/{ids.CustomerId}/contacts/{ids.ContactId}",
            _ => """{"name":"Hijacked"}""",
            ifMatch: "\"1\""
        ),
        Rest(HttpMethod.Delete, ids => $"{Customers}/{ids.CustomerId}/contacts/{ids.ContactId}"),
        Rest(HttpMethod.Get, ids => $"{Customers}/{ids.CustomerId}/assets"),
        Rest(
            HttpMethod.Post,
            ids => $"{Customers}/{ids.CustomerId}/assets",
            ids => JsonSerializer.Serialize(new { unassign = new[] { ids.AssetId } })
        ),
        Rest(
            HttpMethod.Post,
            ids => $"{Customers}/{ids.BravoCustomerId}/assets",
            ids =>
                JsonSerializer.Serialize(
                    new { assign = new[] { new { assetId = ids.AssetId, assignmentType = "RENTAL" } } }
                )
        ),
        Rest(HttpMethod.Get, ids => $"{Customers}?search={Uri.EscapeDataString(ids.SearchText)}"),
        Rest(HttpMethod.Get, _ => $"{Customers}?size=100"),
        Rest(
            HttpMethod.Patch,
            ids => $"/custom-fields/v1/definitions/{ids.DefinitionId}",
            _ => """{"title":"Hijacked"}"""
        ),
        Rest(HttpMethod.Delete, ids => $"/custom-fields/v1/definitions/{ids.DefinitionId}"),
        Rest(HttpMethod.Get, ids => $"/custom-fields/v1/values?entityId={ids.CustomerId}"),
        Rest(
            HttpMethod.Post,
            _ => "/custom-fields/v1/set-values",
            ids => $$"""{"entityId":"{{ids.CustomerId}}","values":[]}"""
        ),
        Rest(
            HttpMethod.Post,
            _ => Customers,
            ids =>
                JsonSerializer.Serialize(
                    new { name = "Bravo Rest Copy", externalReference = ids.ThirdExternalReference }
                )
        ),
    ];

    [Fact]
    public async Task Account_b_can_neither_see_nor_change_anything_of_account_a_on_any_path()
    {
        var rowsBefore = await host.AlphaRowsAsync();
        var problems = new List<string>();
        foreach (var @case in Cases)
        {
            var againstAlpha = await host.SendAsBravoAsync(@case.Request(host.Alpha));
            var againstGhosts = await host.SendAsBravoAsync(@case.Request(host.Ghosts));
            var seen = host.Normalize(againstAlpha);
            var expected = host.Normalize(againstGhosts);
            if (seen != expected)
                problems.Add(
                    $"{@case.Surface} {@case.Name}:\n  against A's ids: {seen}\n  against ghosts:  {expected}"
                );
            if (host.TraceOfAlpha(againstAlpha.Body) is { } trace)
                problems.Add(
                    $"{@case.Surface} {@case.Name}: the answer carries A's {trace}: {againstAlpha.Body}"
                );
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var rowsAfter = await host.AlphaRowsAsync();
        Assert.Equal(rowsBefore.Checksum, rowsAfter.Checksum);
        foreach (var (table, count) in rowsBefore.CountByTable)
            Assert.True(count > 0, $"A has no rows in {table}, so the checksum would not cover it");

        var schema = ExecutableSchema
            .Compose([new CustomerGraphModule(Path.Combine(AppContext.BaseDirectory, "schema"))])
            .Schema;
        var rootFields = new[] { schema.QueryType!, schema.MutationType! }
            .SelectMany(type => type.Fields.Select(field => field.Name))
            .ToHashSet();
        var covered = Cases.SelectMany(c => c.RootFields).ToHashSet();
        // rateLimit takes no ids: it reports the caller's own budget; _service answers the SDL, the same for everyone.
        Assert.Empty(rootFields.Except(covered).Except(["rateLimit", "_service"]));

        var graphQL = Cases.Count(c => c.Surface == "GraphQL");
        File.WriteAllText(
            Path.Combine(NodeScript.OutputDirectory("summaries"), "isolation.txt"),
            $"Account isolation: {Cases.Length} cases as account B against account A's ids ({graphQL} GraphQL, "
                + $"covering {rootFields.Intersect(covered).Count()} of {rootFields.Count} root fields — all but "
                + "rateLimit and _service, which take no ids — and GET, batch and persisted forms; "
                + $"{Cases.Length - graphQL} REST): every answer equals the answer for nonexistent ids, none carries "
                + $"A's data; A's {rowsBefore.CountByTable.Values.Sum()} rows in {rowsBefore.CountByTable.Count} tables "
                + "unchanged (SHA-256)"
                + Environment.NewLine
        );
    }

    /// <summary>
    /// The matrix's "right account, missing scope" column: account A runs every case against its own ids with a token
    /// that lacks the case's scope (account.view for a read, the write scopes for a write, granting only account.view).
    /// Every GraphQL answer is HTTP 200 whose every error is <c>FORBIDDEN</c>, every REST answer 403 <c>forbidden</c>,
    /// none carries A's data, and A's rows are unchanged.
    /// </summary>
    [Fact]
    public async Task Account_a_without_the_scope_can_neither_see_nor_change_its_own_data_on_any_path()
    {
        var rowsBefore = await host.AlphaRowsAsync();
        var viewOnly = host.AlphaClientWithScopes("account.view");
        var withoutView = host.AlphaClientWithScopes("account.customer.manage account.custom-fields.manage");
        var problems = new List<string>();
        foreach (var @case in Cases)
        {
            var answer = await IsolationHost.SendAsync(
                @case.IsWrite ? viewOnly : withoutView,
                @case.Request(host.Alpha)
            );
            if (@case.Surface == "REST")
            {
                if (
                    answer.Status != 403
                    || !answer.Body.Contains("\"code\":\"forbidden\"", StringComparison.Ordinal)
                )
                    problems.Add($"REST {@case.Name}: {answer.Status} {answer.Body}");
            }
            else
            {
                var json = JsonDocument.Parse(answer.Body).RootElement;
                var results = json.ValueKind == JsonValueKind.Array ? json.EnumerateArray().ToList() : [json];
                var codes = results
                    .SelectMany(result =>
                        result.TryGetProperty("errors", out var errors) ? errors.EnumerateArray() : []
                    )
                    .Select(error => error.GetProperty("extensions").GetProperty("code").GetString())
                    .ToList();
                if (
                    answer.Status != 200
                    || results.Any(result => !result.TryGetProperty("errors", out _))
                    || codes.Any(code => code != "FORBIDDEN")
                )
                    problems.Add($"GraphQL {@case.Name}: {answer.Status} {answer.Body}");
            }
            if (host.TraceOfAlpha(answer.Body) is { } trace)
                problems.Add($"{@case.Surface} {@case.Name}: the answer carries A's {trace}: {answer.Body}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(rowsBefore.Checksum, (await host.AlphaRowsAsync()).Checksum);
    }

    [Fact]
    public async Task A_persisted_query_registered_by_one_account_returns_only_the_replaying_account_s_data()
    {
        const string query = "{ customers(first: 100) { nodes { name } } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var persisted = new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

        var registered = await Http.PostJsonAsync(host.AlphaClient, new { query, persisted.extensions });
        Assert.Contains("Alpha Secret Rentals", registered.Body);

        var replayed = await Http.PostJsonAsync(host.BravoClient, persisted);
        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Contains("Bravo Haulage", replayed.Body);
        Assert.Null(host.TraceOfAlpha(replayed.Body));
    }

    private static IsolationCase Graph(
        string rootField,
        string name,
        string query,
        Func<IsolationIds, object> variables
    ) =>
        new(
            "GraphQL",
            name,
            [rootField],
            ids => GraphQLPost(JsonSerializer.Serialize(new { query, variables = variables(ids) }))
        );

    private static IsolationCase Mutation(
        string rootField,
        string name,
        string selection,
        string inputType,
        Func<IsolationIds, object> input
    ) =>
        Graph(
            rootField,
            name,
            $"mutation($input: {inputType}!) {{ {selection} }}",
            ids => new { input = input(ids) }
        ) with
        {
            IsWrite = true,
        };

    private static IsolationCase Rest(
        HttpMethod method,
        Func<IsolationIds, string> path,
        Func<IsolationIds, string>? body = null,
        string? ifMatch = null
    ) =>
        new(
            "REST",
            $"{method} {path(IsolationHost.Placeholders)}{(ifMatch is null ? "" : $" If-Match {ifMatch}")}",
            [],
            ids =>
            {
                var request = new HttpRequestMessage(method, path(ids));
                if (body is not null)
                    request.Content = new StringContent(body(ids), Encoding.UTF8, "application/json");
                if (ifMatch is not null)
                    request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
                return request;
            }
        )
        {
            IsWrite = method != HttpMethod.Get,
        };

    private static HttpRequestMessage GraphQLPost(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", Http.GraphQLResponseJson);
        return request;
    }

    /// <summary>One operation of the matrix: its surface, what it tries, the root fields it runs, and its request.</summary>
    private sealed record IsolationCase(
        string Surface,
        string Name,
        string[] RootFields,
        Func<IsolationIds, HttpRequestMessage> Request
    )
    {
        /// <summary>Whether the case writes (a mutation, a REST method but GET): it needs a write scope, not account.view.</summary>
        public bool IsWrite { get; init; }
    }
}
