using System.Net;
using System.Text.Json;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>REST assets of a customer over HTTP: the list, the atomic assign/unassign, every status and error code.</summary>
public sealed class RestCustomerAssetsTests(RestHost host) : IClassFixture<RestHost>
{
    private readonly HttpClient _client = host.Client;

    private static string AssetsOf(string customerId) => $"{CustomersPath}/{customerId}/assets";

    // The first seeded assets by name, as the graph lists them.
    private async Task<List<JsonElement>> SeededAssetsAsync(int count)
    {
        var data = await _client.GraphQLAsync(
            "query($first: Int) { assets(first: $first) { nodes { assetId name serialNumber brand model productionYear assetType } } }",
            new { first = count }
        );
        var assets = data.GetProperty("assets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(count, assets.Count);
        return assets;
    }

    private static string Id(JsonElement asset) => asset.GetProperty("assetId").GetString()!;

    private async Task<(string CustomerId, List<string> AssetIds)> CustomerWithAssetsAsync(int count)
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Asset Holder ApS"}""");
        var assets = (await SeededAssetsAsync(count)).Select(Id).ToList();
        // One change per asset, so each has its own assignment time and the list order is known.
        foreach (var asset in assets)
        {
            var (response, json) = await _client.SendAsync(
                HttpMethod.Post,
                AssetsOf(customerId),
                $$"""{"assign":[{"assetId":"{{asset}}","assignmentType":"RENTAL"}]}"""
            );
            Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        }
        return (customerId, assets);
    }

    [Fact]
    public async Task Post_assigns_and_unassigns_in_one_change_and_answers_with_the_list()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(2);
        var third = Id((await SeededAssetsAsync(3))[2]);

        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            $$"""
            {
              "assign": [
                { "assetId": "{{third}}", "assignmentType": "SERVICE", "note": "  Oil change  " },
                { "assetId": "{{assets[1]}}", "assignmentType": "OTHER" }
              ],
              "unassign": ["{{assets[0]}}"]
            }
            """
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = json.GetProperty("content")
            .EnumerateArray()
            .Select(a =>
                (
                    a.GetProperty("assetId").GetString(),
                    a.GetProperty("assignmentType").GetString(),
                    a.GetProperty("note").GetString()
                )
            )
            .ToList();
        // The older assignment first; the two made together share their time.
        Assert.Equal((assets[1], "RENTAL", null), items[0]);
        Assert.Equal(
            [(assets[1], "OTHER", null), (third, "SERVICE", "Oil change")],
            items.Skip(1).OrderBy(item => item.Item2)
        );
        Assert.Equal(3, json.GetProperty("totalElements").GetInt32());
        Assert.Equal(json.ToString(), (await _client.GetJsonAsync(AssetsOf(customerId))).ToString());
    }

    [Fact]
    public async Task Get_lists_assignments_oldest_first_with_the_asset_inlined_a_numbered_page_at_a_time()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(3);
        var seeded = await SeededAssetsAsync(3);

        var page = await _client.GetJsonAsync($"{AssetsOf(customerId)}?size=2&page=1");

        Assert.Equal(3, page.GetProperty("totalElements").GetInt32());
        Assert.Equal(2, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(1, page.GetProperty("number").GetInt32());
        Assert.Equal(1, page.GetProperty("numberOfElements").GetInt32());
        var item = page.GetProperty("content")[0];
        Assert.Equal(assets[2], item.GetProperty("assetId").GetString());
        Assert.True(item.GetProperty("assignedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        var asset = item.GetProperty("asset");
        Assert.Equal(assets[2], asset.GetProperty("id").GetString());
        foreach (var field in new[] { "name", "serialNumber", "brand", "model", "assetType" })
            Assert.Equal(seeded[2].GetProperty(field).ToString(), asset.GetProperty(field).ToString());
        Assert.Equal(
            seeded[2].GetProperty("productionYear").ToString(),
            asset.GetProperty("productionYear").ToString()
        );
    }

    [Fact]
    public async Task The_list_filters_by_assignment_type_and_sorts_newest_first()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(3);
        await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            $$"""{"assign":[{"assetId":"{{assets[0]}}","assignmentType":"SERVICE"}]}"""
        );

        var services = await _client.GetJsonAsync($"{AssetsOf(customerId)}?assignmentType=SERVICE,OTHER");
        var newest = await _client.GetJsonAsync($"{AssetsOf(customerId)}?sort=-assignedAt&size=2");

        Assert.Equal([assets[0]], Column(services, "assetId"));
        Assert.Equal(["SERVICE"], Column(services, "assignmentType"));
        Assert.Equal([assets[0], assets[2]], Column(newest, "assetId"));
        Assert.Equal(4, newest.GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public async Task Assigning_an_asset_again_with_the_same_type_replaces_its_note()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(1);
        var (_, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            $$"""{"assign":[{"assetId":"{{assets[0]}}","assignmentType":"RENTAL","note":"Until May"}]}"""
        );
        Assert.Equal(["Until May"], Column(json, "note"));
        Assert.Equal(1, json.GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public async Task Unknown_assets_are_404_asset_not_found_listing_every_one_and_nothing_changes()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(2);
        var before = await _client.GetJsonAsync(AssetsOf(customerId));
        var (unknownA, unknownB) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            $$"""
            {
              "assign": [
                { "assetId": "{{assets[0]}}", "assignmentType": "SERVICE" },
                { "assetId": "{{unknownA}}", "assignmentType": "RENTAL" }
              ],
              "unassign": ["{{assets[1]}}", "{{unknownB}}"]
            }
            """
        );

        AssertError(response, json, HttpStatusCode.NotFound, "asset_not_found");
        Assert.Equal(["assign[1].assetId", "unassign[1]"], ViolationFields(json));
        Assert.StartsWith($"value '{unknownB}' was rejected: ", ViolationMessage(json, "unassign[1]"));
        Assert.Equal(before.ToString(), (await _client.GetJsonAsync(AssetsOf(customerId))).ToString());
    }

    [Theory]
    [InlineData(
        """{"assign":[{"assetId":"{asset}","assignmentType":"LEASE"}]}""",
        "assign[0].assignmentType"
    )]
    [InlineData(
        """{"assign":[{"assetId":"{asset}","assignmentType":"rental"}]}""",
        "assign[0].assignmentType"
    )]
    [InlineData("""{"assign":[{"assetId":"{asset}"}]}""", "assign[0].assignmentType")]
    [InlineData("""{"assign":[{"assignmentType":"RENTAL"}]}""", "assign[0].assetId")]
    [InlineData("""{"assign":[{"assetId":"A-17","assignmentType":"RENTAL"}]}""", "assign[0].assetId")]
    [InlineData(
        """{"assign":[{"assetId":"{asset}","assignmentType":"RENTAL","note":7}]}""",
        "assign[0].note"
    )]
    [InlineData("""{"assign":["{asset}"]}""", "assign[0]")]
    [InlineData("""{"assign":{"assetId":"{asset}"}}""", "assign")]
    [InlineData("""{"unassign":"{asset}"}""", "unassign")]
    [InlineData("""{"unassign":["{asset}",42]}""", "unassign[1]")]
    public async Task A_wrong_type_unknown_enum_value_or_missing_field_is_400_naming_it_and_nothing_changes(
        string template,
        string field
    )
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(1);
        var before = await _client.GetJsonAsync(AssetsOf(customerId));
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            template.Replace("{asset}", assets[0])
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal([field], ViolationFields(json));
        Assert.Equal(before.ToString(), (await _client.GetJsonAsync(AssetsOf(customerId))).ToString());
    }

    [Fact]
    public async Task Broken_rules_of_the_domain_are_400_constraint_violation_and_nothing_changes()
    {
        var (customerId, assets) = await CustomerWithAssetsAsync(2);
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            $$"""
            {
              "assign": [
                { "assetId": "{{assets[0]}}", "assignmentType": "SERVICE", "note": "{{new string(
                'n',
                4001
            )}}" },
                { "assetId": "{{assets[0]}}", "assignmentType": "SERVICE" }
              ],
              "unassign": ["{{assets[0]}}"]
            }
            """
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["assign[0].note", "assign[1].assignmentType", "unassign[0]"], ViolationFields(json));
        Assert.Equal(
            2,
            (await _client.GetJsonAsync(AssetsOf(customerId))).GetProperty("totalElements").GetInt32()
        );
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task An_unknown_customer_is_404_customer_not_found(string method)
    {
        var asset = Id((await SeededAssetsAsync(1))[0]);
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            AssetsOf(Guid.NewGuid().ToString()),
            method == "POST" ? $$"""{"unassign":["{{asset}}"]}""" : null
        );
        AssertError(response, json, HttpStatusCode.NotFound, "customer_not_found");
        Assert.False(json.TryGetProperty("violations", out _));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_customer_id_that_is_no_uuid_is_400_invalid_customer_id(string method)
    {
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            AssetsOf("12"),
            method == "POST" ? "{}" : null
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "invalid_customer_id");
        Assert.Equal(["customerId"], ViolationFields(json));
    }

    [Theory]
    [InlineData("{\"assign\":[", "application/json", HttpStatusCode.BadRequest, "malformed_json")]
    [InlineData("\"assign\"", "application/json", HttpStatusCode.BadRequest, "malformed_json")]
    [InlineData("assign=1", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    public async Task A_body_that_is_no_json_object_is_refused(
        string body,
        string contentType,
        HttpStatusCode status,
        string code
    )
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Refusing ApS"}""");
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            AssetsOf(customerId),
            body,
            contentType
        );
        AssertError(response, json, status, code);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("page=x", "page")]
    [InlineData("sort=name", "sort")]
    [InlineData("assignmentType=LEASE", "assignmentType")]
    [InlineData("assignmentType=rental", "assignmentType")]
    public async Task Bad_list_parameters_are_400_constraint_violation(string query, string field)
    {
        var (customerId, _) = await CustomerWithAssetsAsync(1);
        var (response, json) = await _client.SendAsync(HttpMethod.Get, $"{AssetsOf(customerId)}?{query}");
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal([field], ViolationFields(json));
    }
}
