using System.Globalization;
using System.Text.Json;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// REST and GraphQL are two adapters over one domain: what one writes the other reads identically — the customer,
/// its custom field values, contacts and asset assignments, and the version that guards changes.
/// </summary>
public sealed class RestCrossSurfaceTests(RestHost host) : IClassFixture<RestHost>
{
    private const string CustomerQuery = """
        query($id: ID!) {
          customer(id: $id) {
            customerId name type description externalReference email phoneNumber website version createdAt updatedAt
            address { streetAddress postalCode city region country }
            customFields { key type booleanValue dateValue selectedOptions numberValue stringValue }
            contacts(first: 100) {
              pageInfo { count }
              nodes { contactId name type role email phoneNumber isPrimary note version createdAt updatedAt }
            }
            assets(first: 100) {
              pageInfo { count }
              nodes {
                assignmentType assignedAt note
                asset { assetId name serialNumber brand model productionYear assetType }
              }
            }
          }
        }
        """;

    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task What_rest_writes_graphql_reads_identically()
    {
        var fields = await DefineFieldsAsync();
        var customerId = await _client.CreateCustomerAsync(
            $$"""
            {
              "name": "Both Ways ApS", "type": "CONTRACTOR", "description": "Digs", "externalReference": "BW-{{Guid.NewGuid():N}}",
              "email": "both@example.com", "phoneNumber": "+4587654321", "website": "https://both.example.com",
              "address": { "streetAddress": "Havnegade 1", "postalCode": "8000", "city": "Aarhus", "country": "DK" },
              "customFields": { "{{fields.Vip}}": true, "{{fields.Hours}}": 1250.75, "{{fields.Tags}}": ["y", "x"], "{{fields.Since}}": "2024-02-29" }
            }
            """
        );
        var contacts = $"{CustomersPath}/{customerId}/contacts";
        await _client.CreateAsync(
            contacts,
            """{"name":"Ann","type":"PERSON","role":"Owner","isPrimary":true}"""
        );
        var bo = await _client.CreateAsync(
            contacts,
            """{"name":"Bo","type":"CALL_CENTER","phoneNumber":"+4511112222"}"""
        );
        await _client.SendAsync(
            HttpMethod.Patch,
            $"{contacts}/{bo.GetProperty("id").GetString()}",
            """{"note":"Nights","isPrimary":true}"""
        );
        var assets = await AssetIdsAsync(2);
        await _client.SendAsync(
            HttpMethod.Post,
            $"{CustomersPath}/{customerId}/assets",
            $$$"""{"assign":[{"assetId":"{{{assets[0]}}}","assignmentType":"RENTAL","note":"Q3"}]}"""
        );
        await _client.SendAsync(
            HttpMethod.Post,
            $"{CustomersPath}/{customerId}/assets",
            $$$"""{"assign":[{"assetId":"{{{assets[1]}}}","assignmentType":"SERVICE"}]}"""
        );
        await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{customerId}",
            $$$"""{"website":null,"customFields":{"{{{fields.Vip}}}":null}}"""
        );

        var graph = await AssertBothSurfacesAgreeAsync(customerId);

        Assert.Equal(2, graph.GetProperty("version").GetInt32());
        Assert.Equal(3, graph.GetProperty("customFields").GetArrayLength());
        Assert.Equal(
            2,
            graph.GetProperty("contacts").GetProperty("pageInfo").GetProperty("count").GetInt32()
        );
        Assert.Equal(2, graph.GetProperty("assets").GetProperty("pageInfo").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task What_graphql_writes_rest_reads_identically()
    {
        var fields = await DefineFieldsAsync();
        var created = await _client.GraphQLAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { customerId } } }",
            new
            {
                input = new
                {
                    name = "Graph Made ApS",
                    type = "DEALER",
                    email = "graph@example.com",
                    address = new { city = "Odense", country = "DK" },
                },
            }
        );
        var customerId = created
            .GetProperty("createCustomer")
            .GetProperty("customer")
            .GetProperty("customerId")
            .GetString()!;
        await _client.GraphQLAsync(
            "mutation($input: CreateCustomerContactInput!) { createCustomerContact(input: $input) { contact { contactId } } }",
            new
            {
                input = new
                {
                    customerId,
                    name = "Cy",
                    type = "DEPARTMENT",
                    email = "cy@example.com",
                    note = "Accounts",
                },
            }
        );
        var assets = await AssetIdsAsync(3);
        await _client.GraphQLAsync(
            "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { customerId } } }",
            new
            {
                input = new
                {
                    customerId,
                    assign = new[]
                    {
                        new
                        {
                            assetId = assets[2],
                            assignmentType = "OTHER",
                            note = "Loan",
                        },
                    },
                },
            }
        );
        await _client.GraphQLAsync(
            "mutation($input: SetCustomerCustomFieldValuesInput!) { setCustomerCustomFieldValues(input: $input) { customer { version } } }",
            new
            {
                input = new
                {
                    customerId,
                    set = new object[]
                    {
                        new { key = fields.Vip, value = new { booleanValue = false } },
                        new { key = fields.Hours, value = new { numberValue = 7 } },
                        new { key = fields.Tags, value = new { selectedOptions = new[] { "z" } } },
                        new { key = fields.Since, value = new { dateValue = "2025-12-24" } },
                    },
                },
            }
        );
        await _client.GraphQLAsync(
            "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { version } } }",
            new
            {
                input = new
                {
                    customerId,
                    expectedVersion = 2,
                    description = "Changed in the graph",
                },
            }
        );

        var graph = await AssertBothSurfacesAgreeAsync(customerId);

        Assert.Equal(3, graph.GetProperty("version").GetInt32());
        var rest = await _client.GetJsonAsync($"{CustomersPath}/{customerId}");
        Assert.Equal(JsonValueKind.False, rest.GetProperty("customFields").GetProperty(fields.Vip).ValueKind);
        Assert.Equal(
            ["z"],
            rest.GetProperty("customFields")
                .GetProperty(fields.Tags)
                .EnumerateArray()
                .Select(o => o.GetString())
        );
    }

    [Fact]
    public async Task A_change_on_one_surface_makes_the_version_the_other_holds_stale()
    {
        var fields = await DefineFieldsAsync();
        var customerId = await _client.CreateCustomerAsync("""{"name":"Guarded ApS"}""");
        await _client.GraphQLAsync(
            "mutation($input: SetCustomerCustomFieldValuesInput!) { setCustomerCustomFieldValues(input: $input) { customer { version } } }",
            new
            {
                input = new
                {
                    customerId,
                    set = new[] { new { key = fields.Vip, value = new { booleanValue = true } } },
                },
            }
        );

        var (stale, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{customerId}",
            """{"name":"Late ApS"}""",
            ifMatch: "\"1\""
        );
        AssertError(stale, json, System.Net.HttpStatusCode.PreconditionFailed, "version_conflict");

        var (fresh, _) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{customerId}",
            """{"name":"On Time ApS"}""",
            ifMatch: "\"2\""
        );
        Assert.Equal(System.Net.HttpStatusCode.OK, fresh.StatusCode);
        var graph = await _client.GraphQLAsync(
            "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { version } errors { __typename ... on ConflictError { code } } } }",
            new
            {
                input = new
                {
                    customerId,
                    expectedVersion = 2,
                    name = "Graph Late ApS",
                },
            }
        );
        Assert.Equal(
            "VERSION_CONFLICT",
            graph.GetProperty("updateCustomer").GetProperty("errors")[0].GetProperty("code").GetString()
        );
    }

    // Reads the customer through both surfaces and compares every field both show; returns the graph's customer.
    private async Task<JsonElement> AssertBothSurfacesAgreeAsync(string customerId)
    {
        var graph = (await _client.GraphQLAsync(CustomerQuery, new { id = customerId })).GetProperty(
            "customer"
        );
        var (response, rest) = await _client.SendAsync(HttpMethod.Get, $"{CustomersPath}/{customerId}");

        Assert.Equal($"\"{graph.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.Tag);
        Assert.Equal(graph.GetProperty("customerId").GetString(), rest.GetProperty("id").GetString());
        AssertSame(
            graph,
            rest,
            "name",
            "type",
            "description",
            "externalReference",
            "email",
            "phoneNumber",
            "website",
            "version"
        );
        AssertSameTimes(graph, rest, "createdAt", "updatedAt");
        AssertSame(
            graph.GetProperty("address"),
            rest.GetProperty("address"),
            "streetAddress",
            "postalCode",
            "city",
            "region",
            "country"
        );
        Assert.Equal(
            graph
                .GetProperty("customFields")
                .EnumerateArray()
                .ToDictionary(f => f.GetProperty("key").GetString()!, GraphValue),
            rest.GetProperty("customFields")
                .EnumerateObject()
                .ToDictionary(f => f.Name, f => RestValue(f.Value))
        );

        var restContacts = await _client.GetJsonAsync($"{CustomersPath}/{customerId}/contacts");
        var graphContacts = graph.GetProperty("contacts").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graphContacts.Count, restContacts.GetProperty("totalElements").GetInt32());
        foreach (var (g, r) in graphContacts.Zip(restContacts.GetProperty("content").EnumerateArray()))
        {
            Assert.Equal(g.GetProperty("contactId").GetString(), r.GetProperty("id").GetString());
            Assert.Equal(customerId, r.GetProperty("customerId").GetString());
            AssertSame(g, r, "name", "type", "role", "email", "phoneNumber", "isPrimary", "note", "version");
            AssertSameTimes(g, r, "createdAt", "updatedAt");
        }

        var restAssets = await _client.GetJsonAsync($"{CustomersPath}/{customerId}/assets");
        var graphAssets = graph.GetProperty("assets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graphAssets.Count, restAssets.GetProperty("totalElements").GetInt32());
        foreach (var (g, r) in graphAssets.Zip(restAssets.GetProperty("content").EnumerateArray()))
        {
            AssertSame(g, r, "assignmentType", "note");
            AssertSameTimes(g, r, "assignedAt");
            var (graphAsset, restAsset) = (g.GetProperty("asset"), r.GetProperty("asset"));
            Assert.Equal(graphAsset.GetProperty("assetId").GetString(), r.GetProperty("assetId").GetString());
            Assert.Equal(
                graphAsset.GetProperty("assetId").GetString(),
                restAsset.GetProperty("id").GetString()
            );
            AssertSame(
                graphAsset,
                restAsset,
                "name",
                "serialNumber",
                "brand",
                "model",
                "productionYear",
                "assetType"
            );
        }
        return graph;
    }

    private static void AssertSame(JsonElement graph, JsonElement rest, params string[] fields)
    {
        foreach (var field in fields)
            Assert.True(
                graph.GetProperty(field).GetRawText() == rest.GetProperty(field).GetRawText(),
                $"{field}: graph {graph.GetProperty(field)} but REST {rest.GetProperty(field)}"
            );
    }

    private static void AssertSameTimes(JsonElement graph, JsonElement rest, params string[] fields)
    {
        foreach (var field in fields)
            Assert.Equal(
                graph.GetProperty(field).GetDateTimeOffset(),
                rest.GetProperty(field).GetDateTimeOffset()
            );
    }

    // A value as text whatever the surface: options joined, numbers as decimals.
    private static string GraphValue(JsonElement field) =>
        field.GetProperty("type").GetString() switch
        {
            "BOOLEAN" => field.GetProperty("booleanValue").GetBoolean() ? "true" : "false",
            "DATE" => field.GetProperty("dateValue").GetString()!,
            "DROPDOWN" => string.Join(
                "|",
                field.GetProperty("selectedOptions").EnumerateArray().Select(o => o.GetString())
            ),
            "NUMBER" or "MONETARY" => field
                .GetProperty("numberValue")
                .GetDecimal()
                .ToString(CultureInfo.InvariantCulture),
            _ => field.GetProperty("stringValue").GetString()!,
        };

    private static string RestValue(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(o => o.GetString())),
            _ => value.GetString()!,
        };

    private sealed record FieldKeys(string Vip, string Hours, string Tags, string Since);

    // One definition of each kind the tests write, with keys of their own.
    private async Task<FieldKeys> DefineFieldsAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var keys = new FieldKeys("vip_" + suffix, "hours_" + suffix, "tags_" + suffix, "since_" + suffix);
        var inputs = new object[]
        {
            new
            {
                key = keys.Vip,
                title = "VIP",
                type = "BOOLEAN",
            },
            new
            {
                key = keys.Hours,
                title = "Hours",
                type = "NUMBER",
                number = new { unit = "h" },
            },
            new
            {
                key = keys.Tags,
                title = "Tags",
                type = "DROPDOWN",
                dropdown = new { options = new[] { "x", "y", "z" }, multiSelect = true },
            },
            new
            {
                key = keys.Since,
                title = "Since",
                type = "DATE",
            },
        };
        foreach (var input in inputs)
            await _client.GraphQLAsync(
                "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { key } } }",
                new { input }
            );
        return keys;
    }

    private async Task<List<string>> AssetIdsAsync(int count)
    {
        var data = await _client.GraphQLAsync(
            "query($first: Int) { assets(first: $first) { nodes { assetId } } }",
            new { first = count }
        );
        return
        [
            .. data.GetProperty("assets")
                .GetProperty("nodes")
                .EnumerateArray()
                .Select(a => a.GetProperty("assetId").GetString()!),
        ];
    }
}
