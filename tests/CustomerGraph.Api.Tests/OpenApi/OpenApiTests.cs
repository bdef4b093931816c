using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerGraph.Api.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// The OpenAPI document of the REST Customer API and its Swagger UI, checked against the routes the app registers and
/// the responses its endpoints really give.
/// </summary>
public sealed partial class OpenApiTests(ScenarioHosts hosts) : IClassFixture<ScenarioHosts>
{
    private const string DocumentUrl = "/openapi/customer-api.json";
    private const string Customers = "/customer/v1/customers";
    private const string Customer = Customers + "/{customerId}";
    private const string ByReference = Customers + "/by-external-reference/{externalReference}";
    private const string Contacts = Customer + "/contacts";
    private const string Contact = Contacts + "/{contactId}";
    private const string Assets = Customer + "/assets";
    private const string MergePatch = "application/merge-patch+json";
    private const string CfDefinitions = "/custom-fields/v1/definitions";
    private const string CfDefinition = CfDefinitions + "/{definitionId}";
    private const string CfValues = "/custom-fields/v1/values";
    private const string CfValue = CfValues + "/{valueId}";
    private const string CfSetValues = "/custom-fields/v1/set-values";
    private const string BooleanDefinition = """{"key":"sdoomed","title":"Scenario","type":"BOOLEAN"}""";

    private static readonly HttpMethod Get = HttpMethod.Get;
    private static readonly HttpMethod Post = HttpMethod.Post;
    private static readonly HttpMethod Patch = HttpMethod.Patch;
    private static readonly HttpMethod Delete = HttpMethod.Delete;
    private static readonly HttpMethod Put = HttpMethod.Put;

    /// <summary>
    /// One HTTP exchange for every documented (method, path template, status) that produces exactly that status. A
    /// new endpoint or a new status (401, 403, 429, …) is a new row: the tests below fail while the table and the document
    /// disagree, or while a row's exchange answers another status. 500 rows run on a host whose account store is
    /// down, 413 rows on a real socket, the assets' 409 on a host where another writer makes the same change at once,
    /// 429 rows on a host whose budget is one request.
    /// </summary>
    private static readonly ResponseScenario[] Scenarios =
    [
        // Customers
        new("GET", Customers, 200, api => api.SendAsync(Get, Customers)),
        new("GET", Customers, 400, api => api.SendAsync(Get, $"{Customers}?size=0")),
        new("GET", Customers, 500, api => api.FailingAsync(Get, Customers)),
        new("POST", Customers, 201, api => api.SendAsync(Post, Customers, """{"name":"Scenario ApS"}""")),
        new("POST", Customers, 400, api => api.SendAsync(Post, Customers, """{"name":""}""")),
        new(
            "POST",
            Customers,
            409,
            async api =>
            {
                var body = $$"""{"name":"Scenario ApS","externalReference":"{{Unique()}}"}""";
                await api.CreateAsync(Customers, body);
                return await api.SendAsync(Post, Customers, body);
            }
        ),
        new("POST", Customers, 413, api => api.OversizedAsync(Post, Customers)),
        new("POST", Customers, 415, api => api.SendAsync(Post, Customers, "name=A", "text/plain")),
        new("POST", Customers, 500, api => api.FailingAsync(Post, Customers, """{"name":"Doomed ApS"}""")),
        new("GET", Customer, 200, async api => await api.SendAsync(Get, await api.NewCustomerUrlAsync())),
        new("GET", Customer, 400, api => api.SendAsync(Get, At(Customer, "not-a-uuid"))),
        new("GET", Customer, 404, api => api.SendAsync(Get, At(Customer))),
        new("GET", Customer, 500, api => api.FailingAsync(Get, At(Customer))),
        new(
            "PATCH",
            Customer,
            200,
            async api =>
                await api.SendAsync(
                    Patch,
                    await api.NewCustomerUrlAsync(),
                    """{"description":"patched"}""",
                    MergePatch
                )
        ),
        new(
            "PATCH",
            Customer,
            400,
            async api => await api.SendAsync(Patch, await api.NewCustomerUrlAsync(), """{"email":"nope"}""")
        ),
        new("PATCH", Customer, 404, api => api.SendAsync(Patch, At(Customer), """{"name":"A"}""")),
        new(
            "PATCH",
            Customer,
            409,
            async api =>
            {
                var reference = Unique();
                await api.CreateAsync(
                    Customers,
                    $$"""{"name":"Scenario ApS","externalReference":"{{reference}}"}"""
                );
                var other = await api.NewCustomerUrlAsync();
                return await api.SendAsync(Patch, other, $$"""{"externalReference":"{{reference}}"}""");
            }
        ),
        new(
            "PATCH",
            Customer,
            412,
            async api =>
                await api.SendAsync(
                    Patch,
                    await api.NewCustomerUrlAsync(),
                    """{"name":"Late ApS"}""",
                    ifMatch: "\"7\""
                )
        ),
        new("PATCH", Customer, 413, api => api.OversizedAsync(Patch, At(Customer))),
        new("PATCH", Customer, 415, api => api.SendAsync(Patch, At(Customer), "name=A", "text/plain")),
        new("PATCH", Customer, 500, api => api.FailingAsync(Patch, At(Customer), """{"name":"A"}""")),
        new(
            "DELETE",
            Customer,
            204,
            async api => await api.SendAsync(Delete, await api.NewCustomerUrlAsync())
        ),
        new("DELETE", Customer, 400, api => api.SendAsync(Delete, At(Customer, "not-a-uuid"))),
        new("DELETE", Customer, 404, api => api.SendAsync(Delete, At(Customer))),
        new(
            "DELETE",
            Customer,
            412,
            async api => await api.SendAsync(Delete, await api.NewCustomerUrlAsync(), ifMatch: "\"7\"")
        ),
        new("DELETE", Customer, 500, api => api.FailingAsync(Delete, At(Customer))),
        new(
            "PUT",
            ByReference,
            200,
            async api =>
            {
                var path = AtReference(Unique());
                await api.SendAsync(Put, path, """{"name":"Scenario ApS"}""");
                return await api.SendAsync(Put, path, """{"name":"Scenario ApS"}""");
            }
        ),
        new(
            "PUT",
            ByReference,
            201,
            api => api.SendAsync(Put, AtReference(Unique()), """{"name":"Scenario ApS"}""")
        ),
        new("PUT", ByReference, 400, api => api.SendAsync(Put, AtReference(Unique()), """{"name":""}""")),
        new(
            "PUT",
            ByReference,
            412,
            api => api.SendAsync(Put, AtReference(Unique()), """{"name":"Late ApS"}""", ifMatch: "\"7\"")
        ),
        new("PUT", ByReference, 413, api => api.OversizedAsync(Put, AtReference(Unique()))),
        new(
            "PUT",
            ByReference,
            415,
            api => api.SendAsync(Put, AtReference(Unique()), "name=A", "text/plain")
        ),
        new(
            "PUT",
            ByReference,
            500,
            api => api.FailingAsync(Put, AtReference(Unique()), """{"name":"Doomed ApS"}""")
        ),
        // Contacts
        new(
            "GET",
            Contacts,
            200,
            async api => await api.SendAsync(Get, $"{await api.NewCustomerUrlAsync()}/contacts")
        ),
        new("GET", Contacts, 400, api => api.SendAsync(Get, $"{At(Contacts)}?sort=email")),
        new("GET", Contacts, 404, api => api.SendAsync(Get, At(Contacts))),
        new("GET", Contacts, 500, api => api.FailingAsync(Get, At(Contacts))),
        new(
            "POST",
            Contacts,
            201,
            async api =>
                await api.SendAsync(
                    Post,
                    $"{await api.NewCustomerUrlAsync()}/contacts",
                    """{"name":"Scenario Contact"}"""
                )
        ),
        new(
            "POST",
            Contacts,
            400,
            async api =>
                await api.SendAsync(
                    Post,
                    $"{await api.NewCustomerUrlAsync()}/contacts",
                    """{"name":"Scenario Contact","email":"nope"}"""
                )
        ),
        new(
            "POST",
            Contacts,
            404,
            api => api.SendAsync(Post, At(Contacts), """{"name":"Scenario Contact"}""")
        ),
        new("POST", Contacts, 413, api => api.OversizedAsync(Post, At(Contacts))),
        new("POST", Contacts, 415, api => api.SendAsync(Post, At(Contacts), "name=A", "text/plain")),
        new("POST", Contacts, 500, api => api.FailingAsync(Post, At(Contacts), """{"name":"Doomed"}""")),
        new("GET", Contact, 200, async api => await api.SendAsync(Get, await api.NewContactUrlAsync())),
        new("GET", Contact, 400, api => api.SendAsync(Get, At(Contact, contactId: "not-a-uuid"))),
        new(
            "GET",
            Contact,
            404,
            async api =>
                await api.SendAsync(Get, $"{await api.NewCustomerUrlAsync()}/contacts/{Guid.NewGuid()}")
        ),
        new("GET", Contact, 500, api => api.FailingAsync(Get, At(Contact))),
        new(
            "PATCH",
            Contact,
            200,
            async api =>
                await api.SendAsync(Patch, await api.NewContactUrlAsync(), """{"role":"Buyer"}""", MergePatch)
        ),
        new(
            "PATCH",
            Contact,
            400,
            async api => await api.SendAsync(Patch, await api.NewContactUrlAsync(), """{"email":"nope"}""")
        ),
        new("PATCH", Contact, 404, api => api.SendAsync(Patch, At(Contact), """{"name":"A"}""")),
        new(
            "PATCH",
            Contact,
            412,
            async api =>
                await api.SendAsync(
                    Patch,
                    await api.NewContactUrlAsync(),
                    """{"name":"Late"}""",
                    ifMatch: "\"7\""
                )
        ),
        new("PATCH", Contact, 413, api => api.OversizedAsync(Patch, At(Contact))),
        new("PATCH", Contact, 415, api => api.SendAsync(Patch, At(Contact), "name=A", "text/plain")),
        new("PATCH", Contact, 500, api => api.FailingAsync(Patch, At(Contact), """{"name":"A"}""")),
        new("DELETE", Contact, 204, async api => await api.SendAsync(Delete, await api.NewContactUrlAsync())),
        new("DELETE", Contact, 400, api => api.SendAsync(Delete, At(Contact, contactId: "not-a-uuid"))),
        new("DELETE", Contact, 404, api => api.SendAsync(Delete, At(Contact))),
        new(
            "DELETE",
            Contact,
            412,
            async api => await api.SendAsync(Delete, await api.NewContactUrlAsync(), ifMatch: "\"7\"")
        ),
        new("DELETE", Contact, 500, api => api.FailingAsync(Delete, At(Contact))),
        // Customer assets
        new(
            "GET",
            Assets,
            200,
            async api => await api.SendAsync(Get, $"{await api.NewCustomerUrlAsync()}/assets")
        ),
        new("GET", Assets, 400, api => api.SendAsync(Get, $"{At(Assets)}?assignmentType=LEASE")),
        new("GET", Assets, 404, api => api.SendAsync(Get, At(Assets))),
        new("GET", Assets, 500, api => api.FailingAsync(Get, At(Assets))),
        new(
            "POST",
            Assets,
            200,
            async api =>
                await api.SendAsync(
                    Post,
                    $"{await api.NewCustomerUrlAsync()}/assets",
                    Assign(await api.SeededAssetIdAsync())
                )
        ),
        new("POST", Assets, 400, api => api.SendAsync(Post, At(Assets), """{"unassign":[42]}""")),
        new(
            "POST",
            Assets,
            404,
            async api =>
                await api.SendAsync(
                    Post,
                    $"{await api.NewCustomerUrlAsync()}/assets",
                    Assign(Guid.NewGuid().ToString())
                )
        ),
        new(
            "POST",
            Assets,
            409,
            async api =>
                await api.RacingAsync(
                    Post,
                    $"{await api.NewCustomerUrlAsync()}/assets",
                    Assign(await api.SeededAssetIdAsync())
                )
        ),
        new("POST", Assets, 413, api => api.OversizedAsync(Post, At(Assets))),
        new("POST", Assets, 415, api => api.SendAsync(Post, At(Assets), "assign=A", "text/plain")),
        new("POST", Assets, 500, api => api.FailingAsync(Post, At(Assets), """{"assign":[]}""")),
        // Every operation: without an account (no token, or a forged one) and over the rate limit
        new("GET", Customers, 401, api => api.AnonymousAsync(Get, Customers)),
        new("GET", Customers, 429, api => api.OverBudgetAsync(Get, Customers)),
        new("POST", Customers, 401, api => api.ForgedAsync(Post, Customers, """{"name":"Scenario ApS"}""")),
        new(
            "POST",
            Customers,
            429,
            api => api.OverBudgetAsync(Post, Customers, """{"name":"Scenario ApS"}""")
        ),
        new(
            "PUT",
            ByReference,
            401,
            api => api.AnonymousAsync(Put, AtReference(Unique()), """{"name":"A"}""")
        ),
        new(
            "PUT",
            ByReference,
            429,
            api => api.OverBudgetAsync(Put, AtReference(Unique()), """{"name":"A"}""")
        ),
        new("GET", Customer, 401, api => api.AnonymousAsync(Get, At(Customer))),
        new("GET", Customer, 429, api => api.OverBudgetAsync(Get, At(Customer))),
        new("PATCH", Customer, 401, api => api.ForgedAsync(Patch, At(Customer), """{"name":"A"}""")),
        new("PATCH", Customer, 429, api => api.OverBudgetAsync(Patch, At(Customer), """{"name":"A"}""")),
        new("DELETE", Customer, 401, api => api.AnonymousAsync(Delete, At(Customer))),
        new("DELETE", Customer, 429, api => api.OverBudgetAsync(Delete, At(Customer))),
        new("GET", Contacts, 401, api => api.ForgedAsync(Get, At(Contacts))),
        new("GET", Contacts, 429, api => api.OverBudgetAsync(Get, At(Contacts))),
        new(
            "POST",
            Contacts,
            401,
            api => api.AnonymousAsync(Post, At(Contacts), """{"name":"Scenario Contact"}""")
        ),
        new(
            "POST",
            Contacts,
            429,
            api => api.OverBudgetAsync(Post, At(Contacts), """{"name":"Scenario Contact"}""")
        ),
        new("GET", Contact, 401, api => api.ForgedAsync(Get, At(Contact))),
        new("GET", Contact, 429, api => api.OverBudgetAsync(Get, At(Contact))),
        new("PATCH", Contact, 401, api => api.AnonymousAsync(Patch, At(Contact), """{"name":"A"}""")),
        new("PATCH", Contact, 429, api => api.OverBudgetAsync(Patch, At(Contact), """{"name":"A"}""")),
        new("DELETE", Contact, 401, api => api.ForgedAsync(Delete, At(Contact))),
        new("DELETE", Contact, 429, api => api.OverBudgetAsync(Delete, At(Contact))),
        new("GET", Assets, 401, api => api.AnonymousAsync(Get, At(Assets))),
        new("GET", Assets, 429, api => api.OverBudgetAsync(Get, At(Assets))),
        new("POST", Assets, 401, api => api.ForgedAsync(Post, At(Assets), """{"assign":[]}""")),
        new("POST", Assets, 429, api => api.OverBudgetAsync(Post, At(Assets), """{"assign":[]}""")),
        // 403: reads with a token lacking account.view, writes with one granting only account.view.
        new("GET", Customers, 403, api => api.WithoutScopeAsync(Get, Customers)),
        new("POST", Customers, 403, api => api.WithoutScopeAsync(Post, Customers, """{"name":"A"}""")),
        new("GET", Customer, 403, api => api.WithoutScopeAsync(Get, At(Customer))),
        new("PATCH", Customer, 403, api => api.WithoutScopeAsync(Patch, At(Customer), """{"name":"A"}""")),
        new("DELETE", Customer, 403, api => api.WithoutScopeAsync(Delete, At(Customer))),
        new(
            "PUT",
            ByReference,
            403,
            api => api.WithoutScopeAsync(Put, AtReference(Unique()), """{"name":"A"}""")
        ),
        new("GET", Contacts, 403, api => api.WithoutScopeAsync(Get, At(Contacts))),
        new("POST", Contacts, 403, api => api.WithoutScopeAsync(Post, At(Contacts), """{"name":"A"}""")),
        new("GET", Contact, 403, api => api.WithoutScopeAsync(Get, At(Contact))),
        new("PATCH", Contact, 403, api => api.WithoutScopeAsync(Patch, At(Contact), """{"name":"A"}""")),
        new("DELETE", Contact, 403, api => api.WithoutScopeAsync(Delete, At(Contact))),
        new("GET", Assets, 403, api => api.WithoutScopeAsync(Get, At(Assets))),
        new("POST", Assets, 403, api => api.WithoutScopeAsync(Post, At(Assets), """{"assign":[]}""")),
        new("GET", CfDefinitions, 403, api => api.WithoutScopeAsync(Get, CfDefinitions)),
        new(
            "POST",
            CfDefinitions,
            403,
            api => api.WithoutScopeAsync(Post, CfDefinitions, """{"key":"s","title":"S","type":"STRING"}""")
        ),
        new(
            "PATCH",
            CfDefinition,
            403,
            api => api.WithoutScopeAsync(Patch, At(CfDefinition), """{"title":"T"}""")
        ),
        new("DELETE", CfDefinition, 403, api => api.WithoutScopeAsync(Delete, At(CfDefinition))),
        new("GET", CfValues, 403, api => api.WithoutScopeAsync(Get, $"{CfValues}?entityId={Guid.NewGuid()}")),
        new(
            "POST",
            CfValues,
            403,
            api => api.WithoutScopeAsync(Post, CfValues, ValueBody(Guid.NewGuid().ToString()))
        ),
        new("PATCH", CfValue, 403, api => api.WithoutScopeAsync(Patch, At(CfValue), """{"value":true}""")),
        new("DELETE", CfValue, 403, api => api.WithoutScopeAsync(Delete, At(CfValue))),
        new(
            "POST",
            CfSetValues,
            403,
            api => api.WithoutScopeAsync(Post, CfSetValues, SetValuesBody(Guid.NewGuid().ToString()))
        ),
        // Custom Fields API: definitions
        new("GET", CfDefinitions, 200, api => api.SendAsync(Get, CfDefinitions)),
        new("GET", CfDefinitions, 400, api => api.SendAsync(Get, $"{CfDefinitions}?entityType=ASSET")),
        new("GET", CfDefinitions, 401, api => api.AnonymousAsync(Get, CfDefinitions)),
        new("GET", CfDefinitions, 429, api => api.OverBudgetAsync(Get, CfDefinitions)),
        new("GET", CfDefinitions, 500, api => api.FailingAsync(Get, CfDefinitions)),
        new(
            "POST",
            CfDefinitions,
            201,
            api =>
                api.SendAsync(
                    Post,
                    CfDefinitions,
                    $$"""{"key":"s{{Guid.NewGuid():N}}","title":"Scenario","type":"JSON"}"""
                )
        ),
        new(
            "POST",
            CfDefinitions,
            400,
            api => api.SendAsync(Post, CfDefinitions, """{"key":"s","title":"S","type":"DROPDOWN"}""")
        ),
        new(
            "POST",
            CfDefinitions,
            409,
            async api =>
            {
                var body = $$"""{"key":"s{{Guid.NewGuid():N}}","title":"Scenario","type":"BOOLEAN"}""";
                await api.CreateAsync(CfDefinitions, body);
                return await api.SendAsync(Post, CfDefinitions, body);
            }
        ),
        new("POST", CfDefinitions, 401, api => api.ForgedAsync(Post, CfDefinitions, BooleanDefinition)),
        new("POST", CfDefinitions, 413, api => api.OversizedAsync(Post, CfDefinitions)),
        new("POST", CfDefinitions, 415, api => api.SendAsync(Post, CfDefinitions, "key=A", "text/plain")),
        new("POST", CfDefinitions, 429, api => api.OverBudgetAsync(Post, CfDefinitions, BooleanDefinition)),
        new("POST", CfDefinitions, 500, api => api.FailingAsync(Post, CfDefinitions, BooleanDefinition)),
        new(
            "PATCH",
            CfDefinition,
            200,
            async api =>
                await api.SendAsync(
                    Patch,
                    await api.NewDefinitionUrlAsync(),
                    """{"title":"Patched"}""",
                    MergePatch
                )
        ),
        new(
            "PATCH",
            CfDefinition,
            400,
            async api =>
                await api.SendAsync(Patch, await api.NewDefinitionUrlAsync(), """{"type":"STRING"}""")
        ),
        new(
            "PATCH",
            CfDefinition,
            401,
            api => api.AnonymousAsync(Patch, At(CfDefinition), """{"title":"A"}""")
        ),
        new("PATCH", CfDefinition, 404, api => api.SendAsync(Patch, At(CfDefinition), """{"title":"A"}""")),
        new(
            "PATCH",
            CfDefinition,
            412,
            async api =>
                await api.SendAsync(
                    Patch,
                    await api.NewDefinitionUrlAsync(),
                    """{"title":"Late"}""",
                    ifMatch: "\"7\""
                )
        ),
        new("PATCH", CfDefinition, 413, api => api.OversizedAsync(Patch, At(CfDefinition))),
        new(
            "PATCH",
            CfDefinition,
            415,
            api => api.SendAsync(Patch, At(CfDefinition), "title=A", "text/plain")
        ),
        new(
            "PATCH",
            CfDefinition,
            429,
            api => api.OverBudgetAsync(Patch, At(CfDefinition), """{"title":"A"}""")
        ),
        new(
            "PATCH",
            CfDefinition,
            500,
            api => api.FailingAsync(Patch, At(CfDefinition), """{"title":"A"}""")
        ),
        new(
            "DELETE",
            CfDefinition,
            204,
            async api => await api.SendAsync(Delete, await api.NewDefinitionUrlAsync())
        ),
        new("DELETE", CfDefinition, 400, api => api.SendAsync(Delete, $"{CfDefinitions}/not-a-uuid")),
        new("DELETE", CfDefinition, 401, api => api.ForgedAsync(Delete, At(CfDefinition))),
        new("DELETE", CfDefinition, 404, api => api.SendAsync(Delete, At(CfDefinition))),
        new(
            "DELETE",
            CfDefinition,
            412,
            async api => await api.SendAsync(Delete, await api.NewDefinitionUrlAsync(), ifMatch: "\"7\"")
        ),
        new("DELETE", CfDefinition, 429, api => api.OverBudgetAsync(Delete, At(CfDefinition))),
        new("DELETE", CfDefinition, 500, api => api.FailingAsync(Delete, At(CfDefinition))),
        // Custom Fields API: values
        new(
            "GET",
            CfValues,
            200,
            async api => await api.SendAsync(Get, $"{CfValues}?entityId={await api.NewCustomerIdAsync()}")
        ),
        new("GET", CfValues, 400, api => api.SendAsync(Get, CfValues)),
        new("GET", CfValues, 401, api => api.AnonymousAsync(Get, $"{CfValues}?entityId={Guid.NewGuid()}")),
        new("GET", CfValues, 404, api => api.SendAsync(Get, $"{CfValues}?entityId={Guid.NewGuid()}")),
        new("GET", CfValues, 429, api => api.OverBudgetAsync(Get, $"{CfValues}?entityId={Guid.NewGuid()}")),
        new("GET", CfValues, 500, api => api.FailingAsync(Get, $"{CfValues}?entityId={Guid.NewGuid()}")),
        new(
            "POST",
            CfValues,
            201,
            async api =>
                await api.SendAsync(
                    Post,
                    CfValues,
                    ValueBody(
                        await api.NewCustomerIdAsync(),
                        (await api.NewDefinitionUrlAsync()).Split('/')[^1]
                    )
                )
        ),
        new(
            "POST",
            CfValues,
            400,
            api => api.SendAsync(Post, CfValues, """{"entityId":"nope","definitionId":"nope","value":1}""")
        ),
        new(
            "POST",
            CfValues,
            401,
            api => api.ForgedAsync(Post, CfValues, ValueBody(Guid.NewGuid().ToString()))
        ),
        new(
            "POST",
            CfValues,
            404,
            api => api.SendAsync(Post, CfValues, ValueBody(Guid.NewGuid().ToString()))
        ),
        new("POST", CfValues, 413, api => api.OversizedAsync(Post, CfValues)),
        new("POST", CfValues, 415, api => api.SendAsync(Post, CfValues, "value=1", "text/plain")),
        new(
            "POST",
            CfValues,
            429,
            api => api.OverBudgetAsync(Post, CfValues, ValueBody(Guid.NewGuid().ToString()))
        ),
        new(
            "POST",
            CfValues,
            500,
            api => api.FailingAsync(Post, CfValues, ValueBody(Guid.NewGuid().ToString()))
        ),
        new(
            "PATCH",
            CfValue,
            200,
            async api =>
                await api.SendAsync(Patch, await api.NewValueUrlAsync(), """{"value":false}""", MergePatch)
        ),
        new(
            "PATCH",
            CfValue,
            400,
            async api => await api.SendAsync(Patch, await api.NewValueUrlAsync(), """{"value":"yes"}""")
        ),
        new("PATCH", CfValue, 401, api => api.AnonymousAsync(Patch, At(CfValue), """{"value":true}""")),
        new("PATCH", CfValue, 404, api => api.SendAsync(Patch, At(CfValue), """{"value":true}""")),
        new("PATCH", CfValue, 413, api => api.OversizedAsync(Patch, At(CfValue))),
        new("PATCH", CfValue, 415, api => api.SendAsync(Patch, At(CfValue), "value=1", "text/plain")),
        new("PATCH", CfValue, 429, api => api.OverBudgetAsync(Patch, At(CfValue), """{"value":true}""")),
        new("PATCH", CfValue, 500, api => api.FailingAsync(Patch, At(CfValue), """{"value":true}""")),
        new("DELETE", CfValue, 204, async api => await api.SendAsync(Delete, await api.NewValueUrlAsync())),
        new("DELETE", CfValue, 400, api => api.SendAsync(Delete, $"{CfValues}/not-a-uuid")),
        new("DELETE", CfValue, 401, api => api.ForgedAsync(Delete, At(CfValue))),
        new("DELETE", CfValue, 404, api => api.SendAsync(Delete, At(CfValue))),
        new("DELETE", CfValue, 429, api => api.OverBudgetAsync(Delete, At(CfValue))),
        new("DELETE", CfValue, 500, api => api.FailingAsync(Delete, At(CfValue))),
        new(
            "POST",
            CfSetValues,
            200,
            async api =>
                await api.SendAsync(
                    Post,
                    CfSetValues,
                    $$"""{"entityId":"{{await api.NewCustomerIdAsync()}}","values":[]}"""
                )
        ),
        new(
            "POST",
            CfSetValues,
            400,
            async api => await api.SendAsync(Post, CfSetValues, SetValuesBody(await api.NewCustomerIdAsync()))
        ),
        new(
            "POST",
            CfSetValues,
            401,
            api => api.AnonymousAsync(Post, CfSetValues, SetValuesBody(Guid.NewGuid().ToString()))
        ),
        new(
            "POST",
            CfSetValues,
            404,
            api => api.SendAsync(Post, CfSetValues, SetValuesBody(Guid.NewGuid().ToString()))
        ),
        new("POST", CfSetValues, 413, api => api.OversizedAsync(Post, CfSetValues)),
        new("POST", CfSetValues, 415, api => api.SendAsync(Post, CfSetValues, "values=1", "text/plain")),
        new(
            "POST",
            CfSetValues,
            429,
            api => api.OverBudgetAsync(Post, CfSetValues, SetValuesBody(Guid.NewGuid().ToString()))
        ),
        new(
            "POST",
            CfSetValues,
            500,
            api => api.FailingAsync(Post, CfSetValues, SetValuesBody(Guid.NewGuid().ToString()))
        ),
    ];

    private readonly ScenarioCalls _api = new(hosts);

    public static TheoryData<string, string, int> ScenarioKeys()
    {
        var keys = new TheoryData<string, string, int>();
        foreach (var scenario in Scenarios)
            keys.Add(scenario.Method, scenario.Path, scenario.Status);
        return keys;
    }

    [Fact]
    public async Task The_document_is_valid_OpenAPI_3_1_with_title_version_and_description()
    {
        var text = await hosts.Client.GetStringAsync(DocumentUrl);
        var (document, diagnostic) = OpenApiDocument.Parse(text, OpenApiConstants.Json);
        Assert.NotNull(document);
        Assert.NotNull(diagnostic);
        Assert.Empty(diagnostic.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        Assert.Equal("Customer API", document.Info.Title);
        Assert.Equal("v1", document.Info.Version);
        Assert.False(string.IsNullOrWhiteSpace(document.Info.Description));
    }

    [Fact]
    public async Task The_document_describes_exactly_the_REST_routes_the_app_registers()
    {
        var document = await ReadDocumentAsync();
        var registered = hosts
            .Factory.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Endpoint: endpoint, Path: "/" + endpoint.RoutePattern.RawText!.Trim('/')))
            .Where(route =>
                route.Path.StartsWith("/customer/v1/", StringComparison.Ordinal)
                || route.Path.StartsWith("/custom-fields/v1/", StringComparison.Ordinal)
            )
            .SelectMany(route =>
                route
                    .Endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>()
                    .HttpMethods.Select(method => $"{method} {route.Path}")
            )
            .Order();
        Assert.Equal(registered, Operations(document).Select(op => $"{op.Method} {op.Path}").Order());
    }

    [Fact]
    public async Task Every_operation_has_a_summary_description_and_described_parameters_and_bodies()
    {
        foreach (var (method, path, operation) in Operations(await ReadDocumentAsync()))
        {
            var name = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.Description), $"{name} has no description");
            Assert.False(string.IsNullOrEmpty(operation.OperationId), $"{name} has no operationId");
            foreach (var parameter in operation.Parameters ?? [])
                Assert.False(
                    string.IsNullOrWhiteSpace(parameter.Description),
                    $"{name}: parameter {parameter.Name} has no description"
                );
            if (operation.Responses!.ContainsKey("412"))
                Assert.Contains(
                    operation.Parameters!,
                    parameter => parameter is { Name: "If-Match", In: ParameterLocation.Header }
                );
            foreach (
                var (mediaType, media) in operation.RequestBody?.Content
                    ?? new Dictionary<string, OpenApiMediaType>()
            )
                Assert.True(media.Example is not null, $"{name}: request body {mediaType} has no example");
        }
    }

    [Fact]
    public async Task Every_response_with_a_body_has_an_example_and_every_error_is_the_RestError_object()
    {
        foreach (var (method, path, operation) in Operations(await ReadDocumentAsync()))
        {
            foreach (var (status, response) in operation.Responses!)
            {
                var name = $"{method} {path} {status}";
                if (status.StartsWith('2') && response.Content is not { Count: > 0 })
                    continue;
                var media = Assert.Single(response.Content!);
                Assert.Equal("application/json", media.Key);
                if (!status.StartsWith('2'))
                {
                    var schema = Assert.IsType<OpenApiSchemaReference>(media.Value.Schema);
                    Assert.Equal("RestError", schema.Reference.Id);
                    Assert.True(media.Value.Examples is { Count: > 0 }, $"{name} has no error example");
                    foreach (var (code, example) in media.Value.Examples!)
                    {
                        Assert.Equal(int.Parse(status), (int)example.Value!["status"]!);
                        Assert.Equal(code, (string)example.Value["code"]!);
                    }
                }
                else
                    Assert.True(media.Value.Example is not null, $"{name} has no example");
            }
        }
    }

    [Fact]
    public async Task Every_documented_response_has_a_scenario_and_every_scenario_is_documented()
    {
        var documented = DocumentedResponses(await ReadDocumentAsync()).Keys.ToHashSet();
        var scenarios = Scenarios.Select(s => (s.Method, s.Path, s.Status)).ToList();
        Assert.Equal(scenarios.Count, scenarios.Distinct().Count());
        var mismatches = documented
            .Except(scenarios)
            .Select(key => $"no scenario for the documented {key}")
            .Concat(scenarios.Except(documented).Select(key => $"a scenario for the undocumented {key}"))
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(ScenarioKeys))]
    public async Task Each_scenario_produces_its_documented_status_headers_and_body(
        string method,
        string path,
        int status
    )
    {
        var documented = DocumentedResponses(await ReadDocumentAsync());
        Assert.True(
            documented.TryGetValue((method, path, status), out var response),
            "undocumented response"
        );
        var scenario = Scenarios.Single(s => s.Method == method && s.Path == path && s.Status == status);

        using var answer = await scenario.SendAsync(_api);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True((int)answer.StatusCode == status, $"answered {(int)answer.StatusCode}: {body}");
        foreach (var header in response!.Headers?.Keys ?? [])
            Assert.True(
                answer.Headers.NonValidated.Contains(header)
                    || answer.Content.Headers.NonValidated.Contains(header),
                $"documented header {header} is missing"
            );
        if (response.Content is not { Count: > 0 })
        {
            Assert.Empty(body);
            return;
        }
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        var media = response.Content["application/json"];
        // The body has only documented properties, every required one among them, and an error's code is one the
        // document shows.
        var properties = json.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Empty(properties.Except(media.Schema!.Properties!.Keys));
        Assert.Empty(media.Schema.Required!.Except(properties));
        if (status >= 400)
            Assert.Contains(json.GetProperty("code").GetString(), media.Examples!.Keys);
    }

    [Fact]
    public async Task The_swagger_ui_at_openapi_serves_its_page_and_assets_under_its_own_policy_and_loads_the_document()
    {
        // Public documentation: the page, its files and the document answer a client without a token.
        var anonymous = hosts.Anonymous;
        using var page = await anonymous.GetAsync("/openapi");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(CustomerApiDocument.UiContentSecurityPolicy, policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("<script>", await page.Content.ReadAsStringAsync());
        var pageUrl = page.RequestMessage!.RequestUri!;
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();
        Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
        var scripts = new StringBuilder();
        foreach (var asset in assets)
        {
            using var served = await anonymous.GetAsync(new Uri(pageUrl, asset));
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"{asset} answered {served.StatusCode}");
            Assert.Equal(policy, served.Headers.GetValues("Content-Security-Policy").Single());
            if (asset.EndsWith(".js", StringComparison.Ordinal))
                scripts.Append(await served.Content.ReadAsStringAsync());
        }
        Assert.Contains($"\"url\":\"{DocumentUrl}\"", scripts.ToString());
        using var document = await anonymous.GetAsync(DocumentUrl);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/json", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "default-src 'none'; frame-ancestors 'none'",
            document.Headers.GetValues("Content-Security-Policy").Single()
        );
    }

    [Fact]
    public async Task With_an_authority_every_operation_documents_503_authentication_unavailable_as_it_answers()
    {
        // Only a host that fetches an authority's keys can fail to check a token; this one's authority is a closed port.
        var closedPort = Loopback.FreePort();
        using var factory = new ApiFactory(
            ("Authentication:SigningKey", null),
            ("Authentication:Authority", $"http://127.0.0.1:{closedPort}"),
            ("Authentication:RequireHttpsMetadata", "false")
        )
        {
            ServesCustomerGraph = true,
        };
        var (document, _) = OpenApiDocument.Parse(
            await factory.CreateAnonymousClient().GetStringAsync(DocumentUrl),
            OpenApiConstants.Json
        );
        foreach (var (method, path, operation) in Operations(document!))
        {
            Assert.True(operation.Responses!.TryGetValue("503", out var documented), $"{method} {path}");
            Assert.Contains("Retry-After", documented.Headers!.Keys);
            Assert.Equal(
                "authentication_unavailable",
                Assert.Single(documented.Content!["application/json"].Examples!).Key
            );
        }

        using var answer = await factory.CreateClient().GetAsync(Customers);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.NotNull(answer.Headers.RetryAfter);
        var code = JsonDocument
            .Parse(await answer.Content.ReadAsStringAsync())
            .RootElement.GetProperty("code");
        Assert.Equal("authentication_unavailable", code.GetString());
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();

    private static string Unique() => "SCN-" + Guid.NewGuid().ToString("N");

    /// <summary>A path of <paramref name="template"/> with the ids given, or fresh UUIDs that name nothing.</summary>
    private static string At(string template, string? customerId = null, string? contactId = null) =>
        template
            .Replace("{customerId}", customerId ?? Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{contactId}", contactId ?? Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{definitionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{valueId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

    private static string ValueBody(string entityId, string? definitionId = null) =>
        $$"""{"entityId":"{{entityId}}","definitionId":"{{definitionId ?? Guid.NewGuid().ToString()}}","value":true}""";

    private static string SetValuesBody(string entityId) =>
        $$"""{"entityId":"{{entityId}}","values":[{"key":"vip","value":true}]}""";

    /// <summary>The PUT-by-external-reference path of <paramref name="reference"/>.</summary>
    private static string AtReference(string reference) =>
        ByReference.Replace("{externalReference}", reference, StringComparison.Ordinal);

    private static string Assign(string assetId) =>
        $$"""{"assign":[{"assetId":"{{assetId}}","assignmentType":"RENTAL"}]}""";

    private async Task<OpenApiDocument> ReadDocumentAsync()
    {
        var (document, _) = OpenApiDocument.Parse(
            await hosts.Client.GetStringAsync(DocumentUrl),
            OpenApiConstants.Json
        );
        return document!;
    }

    private static IEnumerable<(string Method, string Path, OpenApiOperation Operation)> Operations(
        OpenApiDocument document
    ) =>
        document.Paths.SelectMany(path =>
            (path.Value.Operations ?? []).Select(op => (op.Key.Method.ToUpperInvariant(), path.Key, op.Value))
        );

    private static Dictionary<(string Method, string Path, int Status), IOpenApiResponse> DocumentedResponses(
        OpenApiDocument document
    ) =>
        Operations(document)
            .SelectMany(op =>
                op.Operation.Responses!.Select(response =>
                    (Key: (op.Method, op.Path, int.Parse(response.Key)), Response: response.Value)
                )
            )
            .ToDictionary(entry => entry.Key, entry => entry.Response);
}
