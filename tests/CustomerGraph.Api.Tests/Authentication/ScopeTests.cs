using System.Net;
using System.Text;
using System.Text.Json;
using CustomerGraph.Graph;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// Token scopes over HTTP: every mutation and REST write endpoint against every scope set. With only account.view (or
/// only the other write scope) each is refused, GraphQL with the field error <c>FORBIDDEN</c> in an HTTP 200 answer,
/// REST with 403 <c>forbidden</c>, and the database stays byte for byte the same; with exactly its own scope each
/// works. account.view reads everything on both surfaces; a token without it, or without any scope claim, reads nothing.
/// </summary>
public sealed class ScopeTests(IsolationHost host) : IClassFixture<IsolationHost>
{
    private const string View = "account.view";
    private const string CustomerManage = "account.customer.manage";
    private const string CustomFieldsManage = "account.custom-fields.manage";
    private const string Customers = "/customer/v1/customers";
    private const string CustomFields = "/custom-fields/v1";

    /// <summary>
    /// Fresh rows of account A for one write to aim at, so a write that works harms no other case: a customer with a
    /// contact, A's asset, a new STRING definition and the customer's value of it.
    /// </summary>
    private sealed record Target(
        string CustomerId,
        string ContactId,
        string AssetId,
        string DefinitionId,
        string ValueId
    );

    /// <summary>A write: the scope it needs, the GraphQL root field it runs (null for REST), and its request.</summary>
    private sealed record WriteCase(
        string Name,
        string Scope,
        string? Mutation,
        Func<Target, HttpRequestMessage> Request
    );

    private static readonly WriteCase[] Writes =
    [
        Mutation(
            "createCustomer",
            CustomerManage,
            "CreateCustomerInput",
            "customer { name }",
            _ => new { name = "Scoped " + Guid.NewGuid().ToString("N")[..8] }
        ),
        Mutation(
            "updateCustomer",
            CustomerManage,
            "UpdateCustomerInput",
            "customer { name }",
            t => new { customerId = t.CustomerId, name = "Renamed" }
        ),
        Mutation(
            "deleteCustomer",
            CustomerManage,
            "DeleteCustomerInput",
            "deletedCustomerId",
            t => new { customerId = t.CustomerId }
        ),
        Mutation(
            "upsertCustomers",
            CustomerManage,
            "UpsertCustomersInput",
            "createdCount",
            _ => new
            {
                customers = new[]
                {
                    new
                    {
                        externalReference = "SCOPED-" + Guid.NewGuid().ToString("N")[..8],
                        name = "Scoped",
                    },
                },
            }
        ),
        Mutation(
            "createCustomerContact",
            CustomerManage,
            "CreateCustomerContactInput",
            "contact { name }",
            t => new { customerId = t.CustomerId, name = "New Contact" }
        ),
        Mutation(
            "updateCustomerContact",
            CustomerManage,
            "UpdateCustomerContactInput",
            "contact { name }",
            t => new { contactId = t.ContactId, name = "Renamed Contact" }
        ),
        Mutation(
            "deleteCustomerContact",
            CustomerManage,
            "DeleteCustomerContactInput",
            "deletedContactId",
            t => new { contactId = t.ContactId }
        ),
        Mutation(
            "updateCustomerAssets",
            CustomerManage,
            "UpdateCustomerAssetsInput",
            "customer { name }",
            t => new
            {
                customerId = t.CustomerId,
                assign = new[] { new { assetId = t.AssetId, assignmentType = "SERVICE" } },
            }
        ),
        Mutation(
            "setCustomerCustomFieldValues",
            CustomerManage,
            "SetCustomerCustomFieldValuesInput",
            "customer { name }",
            t => new
            {
                customerId = t.CustomerId,
                set = new[] { new { key = "segment", value = new { stringValue = "scoped" } } },
            }
        ),
        Mutation(
            "createCustomFieldDefinition",
            CustomFieldsManage,
            "CreateCustomFieldDefinitionInput",
            "customFieldDefinition { key }",
            _ => new
            {
                key = "scoped_" + Guid.NewGuid().ToString("N")[..8],
                title = "Scoped",
                type = "STRING",
            }
        ),
        Mutation(
            "updateCustomFieldDefinition",
            CustomFieldsManage,
            "UpdateCustomFieldDefinitionInput",
            "customFieldDefinition { key }",
            t => new
            {
                definitionId = t.DefinitionId,
                title = "Retitled " + Guid.NewGuid().ToString("N")[..8],
            }
        ),
        Mutation(
            "deleteCustomFieldDefinition",
            CustomFieldsManage,
            "DeleteCustomFieldDefinitionInput",
            "deletedDefinitionId",
            t => new { definitionId = t.DefinitionId }
        ),
        Rest(HttpMethod.Post, _ => Customers, _ => """{"name":"Scoped Rest ApS"}"""),
        Rest(HttpMethod.Patch, t => $"{Customers}/{t.CustomerId}", _ => """{"name":"Patched"}"""),
        Rest(HttpMethod.Delete, t => $"{Customers}/{t.CustomerId}"),
        Rest(
            HttpMethod.Put,
            _ => $"{Customers}/by-external-reference/SCOPED-REST",
            _ => """{"name":"Scoped Rest ApS"}"""
        ),
        Rest(
            HttpMethod.Post,
            t => $"{Customers}/{t.CustomerId}/contacts",
            _ => """{"name":"Rest Contact"}"""
        ),
        Rest(
            HttpMethod.Patch,
            t => $"{Customers}/{t.CustomerId}/contacts/{t.ContactId}",
            _ => """{"name":"Patched Contact"}"""
        ),
        Rest(HttpMethod.Delete, t => $"{Customers}/{t.CustomerId}/contacts/{t.ContactId}"),
        Rest(
            HttpMethod.Post,
            t => $"{Customers}/{t.CustomerId}/assets",
            t =>
                JsonSerializer.Serialize(
                    new { assign = new[] { new { assetId = t.AssetId, assignmentType = "RENTAL" } } }
                )
        ),
        Rest(
            HttpMethod.Post,
            _ => $"{CustomFields}/definitions",
            _ => $$"""{"key":"scoped_{{Guid.NewGuid():N}}","title":"Scoped","type":"STRING"}""",
            CustomFieldsManage
        ),
        Rest(
            HttpMethod.Patch,
            t => $"{CustomFields}/definitions/{t.DefinitionId}",
            _ => """{"title":"Patched"}""",
            CustomFieldsManage
        ),
        Rest(
            HttpMethod.Delete,
            t => $"{CustomFields}/definitions/{t.DefinitionId}",
            scope: CustomFieldsManage
        ),
        Rest(
            HttpMethod.Post,
            _ => $"{CustomFields}/values",
            t => $$"""{"entityId":"{{t.CustomerId}}","definitionId":"{{t.DefinitionId}}","value":"new"}"""
        ),
        Rest(HttpMethod.Patch, t => $"{CustomFields}/values/{t.ValueId}", _ => """{"value":"patched"}"""),
        Rest(HttpMethod.Delete, t => $"{CustomFields}/values/{t.ValueId}"),
        Rest(
            HttpMethod.Post,
            _ => $"{CustomFields}/set-values",
            t => $$"""{"entityId":"{{t.CustomerId}}","values":[{"key":"segment","value":"set"}]}"""
        ),
    ];

    /// <summary>Reads on both surfaces: every query root field that reads the account, and every REST GET.</summary>
    private static readonly (string Name, Func<IsolationIds, HttpRequestMessage> Request)[] Reads =
    [
        Query("customers", "{ customers { pageInfo { count } nodes { name contacts { nodes { name } } } } }"),
        Query(
            "customer",
            "query($id: ID!) { customer(id: $id) { name contacts { nodes { name } } } }",
            ids => new { id = ids.CustomerId }
        ),
        Query(
            "node",
            "query($id: ID!) { node(id: $id) { id ... on Customer { name } } }",
            ids => new { id = ids.CustomerNodeId }
        ),
        Query(
            "nodes",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on CustomerContact { name } } }",
            ids => new { ids = new[] { ids.ContactNodeId } }
        ),
        Query("asset", "query($id: ID!) { asset(id: $id) { name } }", ids => new { id = ids.AssetId }),
        Query("assets", "{ assets { nodes { name } } }"),
        Query("customFieldDefinitions", "{ customFieldDefinitions { key title } }"),
        Query(
            "_entities",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { name } } }",
            ids => new { r = new[] { new { __typename = "Customer", customerId = ids.CustomerId } } }
        ),
        ("GET customers", _ => new HttpRequestMessage(HttpMethod.Get, Customers)),
        ("GET a customer", ids => new HttpRequestMessage(HttpMethod.Get, $"{Customers}/{ids.CustomerId}")),
        (
            "GET contacts",
            ids => new HttpRequestMessage(HttpMethod.Get, $"{Customers}/{ids.CustomerId}/contacts")
        ),
        (
            "GET a contact",
            ids => new HttpRequestMessage(
                HttpMethod.Get,
                $"{Customers}/{ids.CustomerId}/contacts/{ids.ContactId}"
            )
        ),
        ("GET assets", ids => new HttpRequestMessage(HttpMethod.Get, $"{Customers}/{ids.CustomerId}/assets")),
        ("GET definitions", _ => new HttpRequestMessage(HttpMethod.Get, $"{CustomFields}/definitions")),
        (
            "GET values",
            ids => new HttpRequestMessage(HttpMethod.Get, $"{CustomFields}/values?entityId={ids.CustomerId}")
        ),
    ];

    [Fact]
    public async Task With_only_account_view_or_the_other_write_scope_every_write_is_forbidden_and_nothing_changes()
    {
        var target = await NewTargetAsync();
        var rowsBefore = await host.AlphaRowsAsync();
        var problems = new List<string>();
        foreach (var write in Writes)
        {
            var other = write.Scope == CustomerManage ? CustomFieldsManage : CustomerManage;
            foreach (var scopes in new[] { View, $"{View} {other}", null })
            {
                var answer = await IsolationHost.SendAsync(
                    host.AlphaClientWithScopes(scopes),
                    write.Request(target)
                );
                if (ForbiddenProblem(answer, write.Mutation, write.Scope) is { } problem)
                    problems.Add($"{write.Name} with [{scopes ?? "no scope claim"}]: {problem}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var rowsAfter = await host.AlphaRowsAsync();
        Assert.Equal(rowsBefore.Checksum, rowsAfter.Checksum);
        Assert.Equal(rowsBefore.CountByTable, rowsAfter.CountByTable);
    }

    [Fact]
    public async Task Each_write_works_with_exactly_its_own_scope()
    {
        var problems = new List<string>();
        foreach (var write in Writes)
        {
            var target = await NewTargetAsync();
            var answer = await IsolationHost.SendAsync(
                host.AlphaClientWithScopes(write.Scope),
                write.Request(target)
            );
            var works = write.Mutation is null
                ? answer.Status is >= 200 and < 300
                : answer.Status == 200
                    && JsonDocument.Parse(answer.Body).RootElement is var json
                    && !json.TryGetProperty("errors", out _)
                    && json.GetProperty("data").GetProperty(write.Mutation).GetProperty("errors").ValueKind
                        == JsonValueKind.Null;
            if (!works)
                problems.Add($"{write.Name} with [{write.Scope}]: {answer.Status} {answer.Body}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Account_view_reads_everything_and_a_token_without_it_reads_nothing()
    {
        var problems = new List<string>();
        foreach (var (name, request) in Reads)
        {
            var read = await IsolationHost.SendAsync(host.AlphaClientWithScopes(View), request(host.Alpha));
            var isGraphQL = !name.StartsWith("GET ", StringComparison.Ordinal);
            var readWorks = isGraphQL
                ? read.Status == 200
                    && !JsonDocument.Parse(read.Body).RootElement.TryGetProperty("errors", out _)
                    && read.Body.Contains(IsolationHost.AlphaMarker, StringComparison.Ordinal)
                : read.Status == 200;
            if (!readWorks)
                problems.Add($"{name} with [{View}]: {read.Status} {read.Body}");
            foreach (var scopes in new[] { $"{CustomerManage} {CustomFieldsManage}", null })
            {
                var refused = await IsolationHost.SendAsync(
                    host.AlphaClientWithScopes(scopes),
                    request(host.Alpha)
                );
                if (ForbiddenProblem(refused, isGraphQL ? name : null, View) is { } problem)
                    problems.Add($"{name} with [{scopes ?? "no scope claim"}]: {problem}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_table_covers_every_mutation_and_every_REST_write_endpoint()
    {
        var schema = ExecutableSchema
            .Compose([new CustomerGraphModule(Path.Combine(AppContext.BaseDirectory, "schema"))])
            .Schema;
        Assert.Equal(
            schema.MutationType!.Fields.Select(field => field.Name).Order(),
            Writes.Where(w => w.Mutation is not null).Select(w => w.Mutation!).Order()
        );
        var endpoints = host
            .Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .Endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e =>
                ("/" + e.RoutePattern.RawText!.Trim('/')).StartsWith(
                    "/customer/v1/",
                    StringComparison.Ordinal
                )
                || ("/" + e.RoutePattern.RawText!.Trim('/')).StartsWith(
                    CustomFields + "/",
                    StringComparison.Ordinal
                )
            )
            .SelectMany(e =>
                e.Metadata.GetRequiredMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()
                    .HttpMethods.Where(method => method != "GET")
                    .Select(method => $"{method} {Shape(e.RoutePattern.RawText!)}")
            )
            .Order();
        // A write endpoint is named by its method and path depth here: one case each.
        Assert.Equal(
            endpoints,
            Writes
                .Where(w => w.Mutation is null)
                .Select(w => $"{w.Name.Split(' ')[0]} {Shape(w.Name.Split(' ')[1])}")
                .Order()
        );
    }

    /// <summary>A path's API and depth (its parameters' names aside), which tell the write endpoints apart.</summary>
    private static string Shape(string path)
    {
        var segments = path.Trim('/').Split('/');
        return $"{segments[0]} {segments.Length}";
    }

    /// <summary>Null when the answer is the refusal for the missing <paramref name="scope"/>; otherwise what is wrong.</summary>
    private static string? ForbiddenProblem(IsolationAnswer answer, string? rootField, string scope)
    {
        if (rootField is null)
        {
            if (answer.Status != 403)
                return $"answered {answer.Status} {answer.Body}";
            var error = JsonDocument.Parse(answer.Body).RootElement;
            return
                error.GetProperty("code").GetString() == "forbidden"
                && error.GetProperty("message").GetString()!.Contains($"'{scope}'", StringComparison.Ordinal)
                ? null
                : $"not the forbidden error for {scope}: {answer.Body}";
        }
        if (answer.Status != 200)
            return $"answered {answer.Status} {answer.Body}";
        var json = JsonDocument.Parse(answer.Body).RootElement;
        if (!json.TryGetProperty("errors", out var errors) || errors.GetArrayLength() != 1)
            return $"not one error: {answer.Body}";
        var only = errors[0];
        var extensions = only.GetProperty("extensions");
        return
            extensions.GetProperty("code").GetString() == "FORBIDDEN"
            && extensions.GetProperty("missingScopes")[0].GetString() == scope
            && only.GetProperty("message").GetString()!.Contains($"\"{scope}\"", StringComparison.Ordinal)
            && only.GetProperty("path")[0].GetString() == rootField
            && json.TryGetProperty("data", out _)
            ? null
            : $"not FORBIDDEN for {scope} at {rootField}: {answer.Body}";
    }

    /// <summary>A new customer of A with a contact, A's asset and A's dropdown definition, made with every scope.</summary>
    private async Task<Target> NewTargetAsync()
    {
        var customer = await GraphAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { customerId } } }",
            new { input = new { name = $"{IsolationHost.AlphaMarker} Target" } }
        );
        var customerId = customer
            .GetProperty("createCustomer")
            .GetProperty("customer")
            .GetProperty("customerId")
            .GetString()!;
        var contact = await GraphAsync(
            "mutation($input: CreateCustomerContactInput!) { createCustomerContact(input: $input) { contact { contactId } } }",
            new { input = new { customerId, name = $"{IsolationHost.AlphaMarker} Target Contact" } }
        );
        var definition = await GraphAsync(
            "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { definitionId } } }",
            new
            {
                input = new
                {
                    key = "target_" + Guid.NewGuid().ToString("N")[..8],
                    title = "Target",
                    type = "STRING",
                },
            }
        );
        var definitionId = definition
            .GetProperty("createCustomFieldDefinition")
            .GetProperty("customFieldDefinition")
            .GetProperty("definitionId")
            .GetString()!;
        var value = await Http.PostAsync(
            host.AlphaClient,
            $$"""{"entityId":"{{customerId}}","definitionId":"{{definitionId}}","value":"target"}""",
            accept: "application/json",
            path: $"{CustomFields}/values"
        );
        Assert.True(value.Status == HttpStatusCode.Created, value.Body);
        return new Target(
            customerId,
            contact
                .GetProperty("createCustomerContact")
                .GetProperty("contact")
                .GetProperty("contactId")
                .GetString()!,
            host.Alpha.AssetId,
            definitionId,
            value.Json.GetProperty("id").GetString()!
        );
    }

    private async Task<JsonElement> GraphAsync(string query, object variables)
    {
        var answer = await Http.PostJsonAsync(host.AlphaClient, new { query, variables });
        Assert.True(
            answer.Status == HttpStatusCode.OK && !answer.Json.TryGetProperty("errors", out _),
            answer.Body
        );
        return answer.Json.GetProperty("data");
    }

    private static WriteCase Mutation(
        string field,
        string scope,
        string inputType,
        string selection,
        Func<Target, object> input
    ) =>
        new(
            field,
            scope,
            field,
            target =>
                GraphQLPost(
                    $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ __typename ... on Error {{ message }} }} }} }}",
                    new { input = input(target) }
                )
        );

    private static WriteCase Rest(
        HttpMethod method,
        Func<Target, string> path,
        Func<Target, string>? body = null,
        string scope = CustomerManage
    ) =>
        new(
            $"{method} {path(new Target("{customerId}", "{contactId}", "{assetId}", "{definitionId}", "{valueId}"))}",
            scope,
            null,
            target =>
            {
                var request = new HttpRequestMessage(method, path(target));
                if (body is not null)
                    request.Content = new StringContent(body(target), Encoding.UTF8, "application/json");
                return request;
            }
        );

    private static (string, Func<IsolationIds, HttpRequestMessage>) Query(
        string rootField,
        string query,
        Func<IsolationIds, object>? variables = null
    ) => (rootField, ids => GraphQLPost(query, variables?.Invoke(ids) ?? new { }));

    private static HttpRequestMessage GraphQLPost(string query, object variables)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query, variables }),
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.TryAddWithoutValidation("Accept", Http.GraphQLResponseJson);
        return request;
    }
}
