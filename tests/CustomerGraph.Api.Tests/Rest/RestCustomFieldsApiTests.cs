using System.Net;
using System.Text.Json;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The Custom Fields API v1 over HTTP: definitions (type rules, ETag/If-Match, truncation, deletion with their values),
/// values by id and by key, JSON values, the CUSTOMER-only entity type, and agreement with the graph both ways.
/// </summary>
public sealed class RestCustomFieldsApiTests(RestHost host) : IClassFixture<RestHost>
{
    private const string Definitions = "/custom-fields/v1/definitions";
    private const string Values = "/custom-fields/v1/values";
    private const string SetValues = "/custom-fields/v1/set-values";

    private readonly HttpClient _client = host.Client;

    // Keys are unique per account, so every test defines its own.
    private static string NewKey() => "k" + Guid.NewGuid().ToString("N")[..12];

    private async Task<JsonElement> DefineAsync(string type, string settings = "")
    {
        var key = NewKey();
        return await _client.CreateAsync(
            Definitions,
            $$"""{"key":"{{key}}","title":"Title of {{key}}","type":"{{type}}"{{settings}}}"""
        );
    }

    private Task<string> NewCustomerAsync() =>
        _client.CreateCustomerAsync($$"""{"name":"Fields {{Guid.NewGuid():N}}"}""");

    private async Task<JsonElement> ValuesOfAsync(string customerId) =>
        (await _client.GetJsonAsync($"{Values}?entityId={customerId}&size=100")).GetProperty("content");

    private async Task<int> CustomerVersionAsync(string customerId) =>
        (await _client.GetJsonAsync($"{CustomersPath}/{customerId}")).GetProperty("version").GetInt32();

    private async Task<JsonElement> SetAsync(string customerId, string values)
    {
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            SetValues,
            $$"""{"entityId":"{{customerId}}","values":{{values}}}"""
        );
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {json}");
        return json;
    }

    private static string Id(JsonElement resource) => resource.GetProperty("id").GetString()!;

    [Fact]
    public async Task A_definition_is_created_listed_patched_and_deleted_under_its_ETag()
    {
        var key = NewKey();
        var (created, body) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            $$"""{"key":"{{key}}","title":" Tier ","type":"DROPDOWN","options":["Bronze","Silver","Gold"]}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Id(body);
        Assert.Equal($"{Definitions}/{id}", created.Headers.Location?.ToString());
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal("CUSTOMER", body.GetProperty("entityType").GetString());
        Assert.Equal("Tier", body.GetProperty("title").GetString());
        Assert.Equal("DROPDOWN", body.GetProperty("type").GetString());
        Assert.Equal(["Bronze", "Silver", "Gold"], Strings(body.GetProperty("options")));
        Assert.False(body.GetProperty("multiSelect").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("maxLength").ValueKind);
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var page = await _client.GetJsonAsync($"{Definitions}?entityType=CUSTOMER&size=100");
        var keys = Column(page, "key");
        Assert.Contains(key, keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(keys.Count, page.GetProperty("totalElements").GetInt32());
        Assert.Equal(keys.Count, page.GetProperty("numberOfElements").GetInt32());
        Assert.Equal(0, page.GetProperty("number").GetInt32());
        Assert.Equal(100, page.GetProperty("size").GetInt32());
        Assert.Equal(1, page.GetProperty("totalPages").GetInt32());
        var second = await _client.GetJsonAsync($"{Definitions}?page=1&size=1");
        Assert.Equal(keys[1], Column(second, "key").Single());

        var (stale, staleJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{id}",
            """{"title":"Late"}""",
            ifMatch: "\"7\""
        );
        AssertError(stale, staleJson, HttpStatusCode.PreconditionFailed, "version_conflict");
        var (patched, patchedJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{id}",
            """{"title":"Contract tier","description":"SLA","options":["Silver","Gold"],"optionReplacements":{"Bronze":"Silver"}}""",
            "application/merge-patch+json",
            ifMatch: "\"1\""
        );
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"2\"", patched.Headers.ETag?.Tag);
        Assert.Equal("Contract tier", patchedJson.GetProperty("title").GetString());
        Assert.Equal("SLA", patchedJson.GetProperty("description").GetString());
        Assert.Equal(["Silver", "Gold"], Strings(patchedJson.GetProperty("options")));

        var (staleDelete, staleDeleteJson) = await _client.SendAsync(
            HttpMethod.Delete,
            $"{Definitions}/{id}",
            ifMatch: "\"1\""
        );
        AssertError(staleDelete, staleDeleteJson, HttpStatusCode.PreconditionFailed, "version_conflict");
        var (deleted, _) = await _client.SendAsync(
            HttpMethod.Delete,
            $"{Definitions}/{id}",
            ifMatch: "\"2\""
        );
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(key, Column(await _client.GetJsonAsync($"{Definitions}?size=100"), "key"));
        var (again, againJson) = await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{id}");
        AssertError(again, againJson, HttpStatusCode.NotFound, "custom_field_definition_not_found");
        var (patchGone, patchGoneJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{id}",
            """{"title":"Gone"}"""
        );
        AssertError(patchGone, patchGoneJson, HttpStatusCode.NotFound, "custom_field_definition_not_found");
    }

    [Fact]
    public async Task Definitions_follow_the_type_rules_and_a_key_is_unique()
    {
        var (invalid, invalidJson) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            """{"key":"1bad","title":"","type":"STRING","options":["x"],"currency":"EUR","maxLength":0}"""
        );
        AssertError(invalid, invalidJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["key", "title", "options", "currency", "maxLength"], ViolationFields(invalidJson));
        Assert.Contains(
            "applies only to DROPDOWN fields, not STRING",
            ViolationMessage(invalidJson, "options")
        );

        var (monetary, monetaryJson) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            $$"""{"key":"{{NewKey()}}","title":"Credit","type":"MONETARY"}"""
        );
        AssertError(monetary, monetaryJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["currency"], ViolationFields(monetaryJson));

        var (shape, shapeJson) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            """{"key":"a","title":"A","type":"TEXT","minimum":"low","maxLength":1.5,"options":"a"}"""
        );
        AssertError(shape, shapeJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["type", "options", "minimum", "maxLength"], ViolationFields(shapeJson));
        Assert.Contains("JSON", ViolationMessage(shapeJson, "type"));
        Assert.Contains("must be a whole number", ViolationMessage(shapeJson, "maxLength"));

        var (range, rangeJson) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            $$"""{"key":"{{NewKey()}}","title":"Hours","type":"NUMBER","minimum":10,"maximum":1}"""
        );
        AssertError(range, rangeJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(
            "value '10' was rejected: minimum must not be greater than maximum.",
            ViolationMessage(rangeJson, "minimum")
        );
    }

    [Fact]
    public async Task A_definition_with_a_duplicate_key_or_a_type_change_is_refused()
    {
        var created = await DefineAsync("STRING", ""","maxLength":20""");
        var key = created.GetProperty("key").GetString();
        var (duplicate, duplicateJson) = await _client.SendAsync(
            HttpMethod.Post,
            Definitions,
            $$"""{"key":"{{key}}","title":"Again","type":"BOOLEAN"}"""
        );
        AssertError(duplicate, duplicateJson, HttpStatusCode.Conflict, "duplicate_key");

        var (retype, retypeJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{Id(created)}",
            """{"type":"NUMBER","maxLength":null,"options":["a"]}"""
        );
        AssertError(retype, retypeJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["type", "options"], ViolationFields(retypeJson));
        var (same, sameJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{Id(created)}",
            """{"type":"STRING","maxLength":null}"""
        );
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(JsonValueKind.Null, sameJson.GetProperty("maxLength").ValueKind);

        var (badId, badIdJson) = await _client.SendAsync(HttpMethod.Patch, $"{Definitions}/nope", "{}");
        AssertError(badId, badIdJson, HttpStatusCode.BadRequest, "invalid_definition_id");
        var (badValueId, badValueIdJson) = await _client.SendAsync(HttpMethod.Delete, $"{Values}/nope");
        AssertError(badValueId, badValueIdJson, HttpStatusCode.BadRequest, "invalid_value_id");
    }

    [Fact]
    public async Task Entity_types_other_than_CUSTOMER_are_a_400_naming_the_supported_one()
    {
        var customerId = await NewCustomerAsync();
        var definition = await DefineAsync("BOOLEAN");
        var requests = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, $"{Definitions}?entityType=ASSET", null),
            (
                HttpMethod.Post,
                Definitions,
                $$"""{"entityType":"ASSET","key":"{{NewKey()}}","title":"T","type":"BOOLEAN"}"""
            ),
            (HttpMethod.Get, $"{Values}?entityType=SITE&entityId={customerId}", null),
            (
                HttpMethod.Post,
                Values,
                $$"""{"entityType":"ASSET","entityId":"{{customerId}}","definitionId":"{{Id(definition)}}","value":true}"""
            ),
            (
                HttpMethod.Post,
                SetValues,
                $$"""{"entityType":"ACCOUNT","entityId":"{{customerId}}","values":[]}"""
            ),
        };
        foreach (var (method, path, body) in requests)
        {
            var (response, json) = await _client.SendAsync(method, path, body);
            AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
            Assert.Equal(["entityType"], ViolationFields(json));
            Assert.EndsWith("must be one of CUSTOMER", ViolationMessage(json, "entityType"));
        }
        Assert.Empty((await ValuesOfAsync(customerId)).EnumerateArray());
    }

    [Fact]
    public async Task Values_are_created_listed_replaced_and_deleted_by_id()
    {
        var customerId = await NewCustomerAsync();
        var hours = await DefineAsync("NUMBER", ""","minimum":0,"maximum":10000,"unit":"h" """);
        var version = await CustomerVersionAsync(customerId);

        var (created, value) = await _client.SendAsync(
            HttpMethod.Post,
            Values,
            $$"""{"entityId":"{{customerId}}","definitionId":"{{Id(hours)}}","value":1250.50}"""
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var valueId = Id(value);
        Assert.Equal($"{Values}/{valueId}", created.Headers.Location?.ToString());
        Assert.Equal(Id(hours), value.GetProperty("definitionId").GetString());
        Assert.Equal(hours.GetProperty("key").GetString(), value.GetProperty("key").GetString());
        Assert.Equal("NUMBER", value.GetProperty("type").GetString());
        Assert.Equal("CUSTOMER", value.GetProperty("entityType").GetString());
        Assert.Equal(customerId, value.GetProperty("entityId").GetString());
        Assert.Equal(1250.5m, value.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, value.GetProperty("lastIncompatibleValue").ValueKind);
        Assert.Equal(version + 1, await CustomerVersionAsync(customerId));

        var page = await _client.GetJsonAsync($"{Values}?entityId={customerId}&entityType=CUSTOMER");
        Assert.Equal(1, page.GetProperty("totalElements").GetInt32());
        Assert.Equal(valueId, Id(page.GetProperty("content")[0]));

        var (outOfRange, outOfRangeJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{valueId}",
            """{"value":20000}"""
        );
        AssertError(outOfRange, outOfRangeJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.StartsWith(
            "value '20000' was rejected: The value must be between 0",
            ViolationMessage(outOfRangeJson, "value")
        );
        var (wrongType, wrongTypeJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{valueId}",
            """{"value":"many"}"""
        );
        AssertError(wrongType, wrongTypeJson, HttpStatusCode.BadRequest, "constraint_violation");
        var (nullValue, nullValueJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{valueId}",
            """{"value":null}"""
        );
        AssertError(nullValue, nullValueJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["value"], ViolationFields(nullValueJson));

        var (patched, patchedJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{valueId}",
            """{"value":13}""",
            "application/merge-patch+json"
        );
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(valueId, Id(patchedJson));
        Assert.Equal(13, patchedJson.GetProperty("value").GetInt32());
        var replaced = await _client.CreateAsync(
            Values,
            $$"""{"entityId":"{{customerId}}","definitionId":"{{Id(hours)}}","value":14}"""
        );
        Assert.Equal(valueId, Id(replaced));
        Assert.Equal(14, (await ValuesOfAsync(customerId))[0].GetProperty("value").GetInt32());

        var (deleted, _) = await _client.SendAsync(HttpMethod.Delete, $"{Values}/{valueId}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await ValuesOfAsync(customerId)).EnumerateArray());
        var (again, againJson) = await _client.SendAsync(HttpMethod.Delete, $"{Values}/{valueId}");
        AssertError(again, againJson, HttpStatusCode.NotFound, "custom_field_value_not_found");
        var (patchGone, patchGoneJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{valueId}",
            """{"value":1}"""
        );
        AssertError(patchGone, patchGoneJson, HttpStatusCode.NotFound, "custom_field_value_not_found");
    }

    [Fact]
    public async Task Values_need_a_known_entity_and_definition()
    {
        var customerId = await NewCustomerAsync();
        var vip = await DefineAsync("BOOLEAN");
        var (noDefinition, noDefinitionJson) = await _client.SendAsync(
            HttpMethod.Post,
            Values,
            $$"""{"entityId":"{{customerId}}","definitionId":"{{Guid.NewGuid()}}","value":true}"""
        );
        AssertError(
            noDefinition,
            noDefinitionJson,
            HttpStatusCode.NotFound,
            "custom_field_definition_not_found"
        );
        var (noCustomer, noCustomerJson) = await _client.SendAsync(
            HttpMethod.Post,
            Values,
            $$"""{"entityId":"{{Guid.NewGuid()}}","definitionId":"{{Id(vip)}}","value":true}"""
        );
        AssertError(noCustomer, noCustomerJson, HttpStatusCode.NotFound, "customer_not_found");
        Assert.Equal(["entityId"], ViolationFields(noCustomerJson));
        var (missing, missingJson) = await _client.SendAsync(HttpMethod.Post, Values, """{"value":true}""");
        AssertError(missing, missingJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["entityId", "definitionId"], ViolationFields(missingJson));

        var (noEntityId, noEntityIdJson) = await _client.SendAsync(HttpMethod.Get, Values);
        AssertError(noEntityId, noEntityIdJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["entityId"], ViolationFields(noEntityIdJson));
        var (badPage, badPageJson) = await _client.SendAsync(
            HttpMethod.Get,
            $"{Values}?entityId=nope&size=x"
        );
        AssertError(badPage, badPageJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["entityId", "size"], ViolationFields(badPageJson));
        var (unknown, unknownJson) = await _client.SendAsync(
            HttpMethod.Get,
            $"{Values}?entityId={Guid.NewGuid()}"
        );
        AssertError(unknown, unknownJson, HttpStatusCode.NotFound, "customer_not_found");
    }

    [Fact]
    public async Task Set_values_addresses_definitions_by_key_all_or_nothing_and_null_clears()
    {
        var customerId = await NewCustomerAsync();
        var vip = (await DefineAsync("BOOLEAN")).GetProperty("key").GetString();
        var tier = (await DefineAsync("DROPDOWN", ""","options":["Gold","Silver"],"multiSelect":true"""))
            .GetProperty("key")
            .GetString();
        var since = (await DefineAsync("DATE")).GetProperty("key").GetString();

        var (invalid, invalidJson) = await _client.SendAsync(
            HttpMethod.Post,
            SetValues,
            $$"""
            {"entityId":"{{customerId}}","values":[
              {"key":"{{vip}}","value":true},
              {"key":"{{tier}}","value":["Gold","Bronze"]},
              {"key":"nope","value":1},
              {"key":"{{since}}","value":"2025-02-30"}
            ]}
            """
        );
        AssertError(invalid, invalidJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["values[1].value", "values[2].key", "values[3].value"], ViolationFields(invalidJson));
        Assert.Empty((await ValuesOfAsync(customerId)).EnumerateArray());

        var set = await SetAsync(
            customerId,
            $$"""[{"key":"{{vip}}","value":true},{"key":"{{tier}}","value":["Silver","Gold"]},{"key":"{{since}}","value":"2024-02-29"}]"""
        );
        Assert.Equal("CUSTOMER", set.GetProperty("entityType").GetString());
        Assert.Equal(customerId, set.GetProperty("entityId").GetString());
        var values = set.GetProperty("values");
        Assert.Equal(
            new[] { vip, tier, since }.Order(StringComparer.Ordinal),
            values.EnumerateArray().Select(v => v.GetProperty("key").GetString())
        );
        Assert.Equal(
            """["Silver","Gold"]""",
            values
                .EnumerateArray()
                .Single(v => v.GetProperty("key").GetString() == tier)
                .GetProperty("value")
                .GetRawText()
        );

        var cleared = await SetAsync(
            customerId,
            $$"""[{"key":"{{vip}}","value":null},{"key":"{{since}}"}]"""
        );
        Assert.Equal(
            [tier],
            cleared.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString())
        );
        var customer = await _client.GetJsonAsync($"{CustomersPath}/{customerId}");
        Assert.Equal(
            $$"""{"{{tier}}":["Silver","Gold"]}""",
            customer.GetProperty("customFields").GetRawText()
        );

        var (noValues, noValuesJson) = await _client.SendAsync(
            HttpMethod.Post,
            SetValues,
            $$"""{"entityId":"{{customerId}}"}"""
        );
        AssertError(noValues, noValuesJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["values"], ViolationFields(noValuesJson));
        var (noCustomer, noCustomerJson) = await _client.SendAsync(
            HttpMethod.Post,
            SetValues,
            $$"""{"entityId":"{{Guid.NewGuid()}}","values":[{"key":"{{vip}}","value":true}]}"""
        );
        AssertError(noCustomer, noCustomerJson, HttpStatusCode.NotFound, "customer_not_found");
    }

    [Fact]
    public async Task JSON_values_take_any_JSON_stored_verbatim_up_to_64_KiB()
    {
        var customerId = await NewCustomerAsync();
        var erp = await DefineAsync("JSON");
        Assert.Equal("JSON", erp.GetProperty("type").GetString());
        const string document = """{ "b": [1, 2.50, null], "a": {"nested": "x"} }""";
        var value = await _client.CreateAsync(
            Values,
            $$"""{"entityId":"{{customerId}}","definitionId":"{{Id(erp)}}","value":{{document}}}"""
        );
        Assert.Equal("""{"b":[1,2.50,null],"a":{"nested":"x"}}""", value.GetProperty("value").GetRawText());
        // The graph shows the stored text itself: exactly what the client sent.
        var graph = await _client.GraphQLAsync(
            "query($id: ID!) { customer(id: $id) { customFields { type jsonValue } } }",
            new { id = customerId }
        );
        Assert.Equal(
            document,
            graph.GetProperty("customer").GetProperty("customFields")[0].GetProperty("jsonValue").GetString()
        );

        foreach (var json in new[] { "[true, \"x\"]", "12.0", "\"text\"", "false" })
        {
            var (patched, patchedJson) = await _client.SendAsync(
                HttpMethod.Patch,
                $"{Values}/{Id(value)}",
                $$"""{"value":{{json}}}"""
            );
            Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
            Assert.Equal(json.Replace(", ", ","), patchedJson.GetProperty("value").GetRawText());
        }

        var tooLarge = $"\"{new string('a', 64 * 1024)}\"";
        var (large, largeJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Values}/{Id(value)}",
            $$"""{"value":{{tooLarge}}}"""
        );
        AssertError(large, largeJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.EndsWith(
            "The value must be at most 65536 bytes of JSON.",
            ViolationMessage(largeJson, "value")
        );
        Assert.Equal("false", (await ValuesOfAsync(customerId))[0].GetProperty("value").GetRawText());
    }

    [Fact]
    public async Task A_shorter_maxLength_truncates_strings_keeping_lastIncompatibleValue_and_a_pattern_clears()
    {
        var customerId = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var code = await DefineAsync("STRING", ""","maxLength":20""");
        var key = code.GetProperty("key").GetString();
        await SetAsync(customerId, $$"""[{"key":"{{key}}","value":"ABCDEFGHIJ"}]""");
        await SetAsync(other, $$"""[{"key":"{{key}}","value":"AB"}]""");
        var version = await CustomerVersionAsync(customerId);
        var otherVersion = await CustomerVersionAsync(other);

        var (shrunk, shrunkJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{Id(code)}",
            """{"maxLength":4}"""
        );
        Assert.Equal(HttpStatusCode.OK, shrunk.StatusCode);
        Assert.Equal(4, shrunkJson.GetProperty("maxLength").GetInt32());
        var truncated = (await ValuesOfAsync(customerId))[0];
        Assert.Equal("ABCD", truncated.GetProperty("value").GetString());
        Assert.Equal("ABCDEFGHIJ", truncated.GetProperty("lastIncompatibleValue").GetString());
        Assert.Equal(version + 1, await CustomerVersionAsync(customerId));
        Assert.Equal("AB", (await ValuesOfAsync(other))[0].GetProperty("value").GetString());
        Assert.Equal(otherVersion, await CustomerVersionAsync(other));
        var (tooLong, tooLongJson) = await _client.SendAsync(
            HttpMethod.Post,
            SetValues,
            $$"""{"entityId":"{{customerId}}","values":[{"key":"{{key}}","value":"ABCDE"}]}"""
        );
        AssertError(tooLong, tooLongJson, HttpStatusCode.BadRequest, "constraint_violation");

        var (patterned, _) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{Id(code)}",
            """{"pattern":"[A-Z]{2}"}"""
        );
        Assert.Equal(HttpStatusCode.OK, patterned.StatusCode);
        var cleared = (await ValuesOfAsync(customerId))[0];
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("value").ValueKind);
        Assert.Equal("ABCD", cleared.GetProperty("lastIncompatibleValue").GetString());
        Assert.Equal("AB", (await ValuesOfAsync(other))[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Deleting_a_definition_removes_its_values_and_raises_the_holders_versions()
    {
        var holder = await NewCustomerAsync();
        var bystander = await NewCustomerAsync();
        var note = await DefineAsync("STRING");
        var vip = await DefineAsync("BOOLEAN");
        await SetAsync(
            holder,
            $$"""[{"key":"{{note.GetProperty("key")}}","value":"Gate code 1234"},{"key":"{{vip.GetProperty("key")}}","value":true}]"""
        );
        var version = await CustomerVersionAsync(holder);
        var bystanderVersion = await CustomerVersionAsync(bystander);

        var (deleted, _) = await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{Id(note)}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var remaining = await ValuesOfAsync(holder);
        Assert.Equal(
            [vip.GetProperty("key").GetString()],
            remaining.EnumerateArray().Select(v => v.GetProperty("key").GetString())
        );
        Assert.Equal(version + 1, await CustomerVersionAsync(holder));
        Assert.Equal(bystanderVersion, await CustomerVersionAsync(bystander));
        var customer = await _client.GetJsonAsync($"{CustomersPath}/{holder}");
        Assert.False(
            customer.GetProperty("customFields").TryGetProperty(note.GetProperty("key").GetString()!, out _)
        );
    }

    [Fact]
    public async Task What_the_custom_fields_api_writes_the_graph_reads_identically()
    {
        var customerId = await NewCustomerAsync();
        var tier = await DefineAsync(
            "DROPDOWN",
            ""","description":"SLA","options":["Gold","Silver"],"uiEditable":false"""
        );
        var hours = await DefineAsync("NUMBER", ""","minimum":0,"maximum":100.5,"unit":"h" """);
        var erp = await DefineAsync("JSON");
        await _client.SendAsync(HttpMethod.Patch, $"{Definitions}/{Id(hours)}", """{"maximum":200}""");
        await SetAsync(
            customerId,
            $$$"""[{"key":"{{{tier.GetProperty("key")}}}","value":"Gold"},{"key":"{{{hours.GetProperty("key")}}}","value":12.5},{"key":"{{{erp.GetProperty("key")}}}","value":{"a":[1,2]} }]"""
        );

        var graph = await _client.GraphQLAsync(
            """
            query($id: ID!) {
              customFieldDefinitions { definitionId entityType key title description type uiVisible uiEditable options multiSelect currency minimum maximum unit maxLength pattern createdAt updatedAt version }
              customer(id: $id) { customFields { key type selectedOptions numberValue stringValue jsonValue definition { definitionId } } }
            }
            """,
            new { id = customerId }
        );
        var rest = await _client.GetJsonAsync($"{Definitions}?size=100");
        foreach (var definition in new[] { tier, hours, erp })
        {
            var id = Id(definition);
            var fromRest = rest.GetProperty("content").EnumerateArray().Single(d => Id(d) == id);
            var fromGraph = graph
                .GetProperty("customFieldDefinitions")
                .EnumerateArray()
                .Single(d => d.GetProperty("definitionId").GetString() == id);
            AssertDefinitionsAgree(fromRest, fromGraph);
        }
        var restValues = await ValuesOfAsync(customerId);
        var graphValues = graph.GetProperty("customer").GetProperty("customFields");
        Assert.Equal(restValues.GetArrayLength(), graphValues.GetArrayLength());
        for (var index = 0; index < restValues.GetArrayLength(); index++)
            AssertValuesAgree(restValues[index], graphValues[index]);
    }

    [Fact]
    public async Task What_the_graph_writes_the_custom_fields_api_reads_identically()
    {
        var customerId = await NewCustomerAsync();
        var key = NewKey();
        var created = await _client.GraphQLAsync(
            "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { definitionId entityType key title description type uiVisible uiEditable options multiSelect currency minimum maximum unit maxLength pattern createdAt updatedAt version } } }",
            new
            {
                input = new
                {
                    key,
                    title = "Code",
                    type = "STRING",
                    uiVisible = false,
                    @string = new { maxLength = 8, pattern = "[A-Z]+" },
                },
            }
        );
        var graphDefinition = created
            .GetProperty("createCustomFieldDefinition")
            .GetProperty("customFieldDefinition");
        var definitionId = graphDefinition.GetProperty("definitionId").GetString()!;
        var erpKey = NewKey();
        await _client.GraphQLAsync(
            "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { key } } }",
            new
            {
                input = new
                {
                    key = erpKey,
                    title = "ERP",
                    type = "JSON",
                },
            }
        );
        var set = await _client.GraphQLAsync(
            "mutation($input: SetCustomerCustomFieldValuesInput!) { setCustomerCustomFieldValues(input: $input) { customer { customFields { key type selectedOptions numberValue stringValue jsonValue definition { definitionId } } } } }",
            new
            {
                input = new
                {
                    customerId,
                    set = new object[]
                    {
                        new { key, value = new { stringValue = "ABCDEFGH" } },
                        new
                        {
                            key = erpKey,
                            value = new { jsonValue = """{"erp":{"id":42,"tags":["x"]}}""" },
                        },
                    },
                },
            }
        );

        var restDefinition = (await _client.GetJsonAsync($"{Definitions}?size=100"))
            .GetProperty("content")
            .EnumerateArray()
            .Single(d => Id(d) == definitionId);
        AssertDefinitionsAgree(restDefinition, graphDefinition);
        var restValues = await ValuesOfAsync(customerId);
        var graphValues = set.GetProperty("setCustomerCustomFieldValues")
            .GetProperty("customer")
            .GetProperty("customFields");
        Assert.Equal(2, restValues.GetArrayLength());
        for (var index = 0; index < restValues.GetArrayLength(); index++)
            AssertValuesAgree(restValues[index], graphValues[index]);

        // A truncation made by the graph shows in REST; a deletion by the graph takes the values from REST too.
        await _client.GraphQLAsync(
            "mutation($input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(input: $input) { customFieldDefinition { key } } }",
            new { input = new { definitionId, @string = new { maxLength = 3, pattern = "[A-Z]+" } } }
        );
        var truncated = (await ValuesOfAsync(customerId))
            .EnumerateArray()
            .Single(v => v.GetProperty("key").GetString() == key);
        Assert.Equal("ABC", truncated.GetProperty("value").GetString());
        Assert.Equal("ABCDEFGH", truncated.GetProperty("lastIncompatibleValue").GetString());
        var deleted = await _client.GraphQLAsync(
            "mutation($input: DeleteCustomFieldDefinitionInput!) { deleteCustomFieldDefinition(input: $input) { deletedDefinitionId errors { __typename } } }",
            new { input = new { definitionId, expectedVersion = 2 } }
        );
        Assert.Equal(
            definitionId,
            deleted.GetProperty("deleteCustomFieldDefinition").GetProperty("deletedDefinitionId").GetString()
        );
        Assert.DoesNotContain(
            definitionId,
            Column(await _client.GetJsonAsync($"{Definitions}?size=100"), "id")
        );
        Assert.Equal(
            [erpKey],
            (await ValuesOfAsync(customerId)).EnumerateArray().Select(v => v.GetProperty("key").GetString())
        );
        var (patchGone, patchGoneJson) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{Definitions}/{definitionId}",
            """{"title":"Gone"}"""
        );
        AssertError(patchGone, patchGoneJson, HttpStatusCode.NotFound, "custom_field_definition_not_found");

        // And a REST deletion is seen by the graph.
        var erpId = (await ValuesOfAsync(customerId))[0].GetProperty("definitionId").GetString();
        await _client.SendAsync(HttpMethod.Delete, $"{Definitions}/{erpId}");
        var after = await _client.GraphQLAsync(
            "query($id: ID!) { customFieldDefinitions { key } customer(id: $id) { customFields { key } } }",
            new { id = customerId }
        );
        Assert.DoesNotContain(
            erpKey,
            after
                .GetProperty("customFieldDefinitions")
                .EnumerateArray()
                .Select(d => d.GetProperty("key").GetString())
        );
        Assert.Empty(after.GetProperty("customer").GetProperty("customFields").EnumerateArray());
    }

    // The REST definition and the graph's agree field by field (REST's id is the graph's definitionId).
    private static void AssertDefinitionsAgree(JsonElement rest, JsonElement graph)
    {
        Assert.Equal(Id(rest), graph.GetProperty("definitionId").GetString());
        foreach (var property in graph.EnumerateObject().Where(p => p.Name != "definitionId"))
        {
            var restValue = rest.GetProperty(property.Name);
            if (property.Name is "minimum" or "maximum" && property.Value.ValueKind == JsonValueKind.Number)
                Assert.Equal(property.Value.GetDouble(), restValue.GetDouble());
            else if (property.Name is "createdAt" or "updatedAt")
                Assert.Equal(property.Value.GetDateTimeOffset(), restValue.GetDateTimeOffset());
            else
                Assert.True(
                    property.Value.GetRawText() == restValue.GetRawText(),
                    $"{property.Name}: graph {property.Value.GetRawText()}, REST {restValue.GetRawText()}"
                );
        }
    }

    // A REST value and the graph's typed one hold the same thing.
    private static void AssertValuesAgree(JsonElement rest, JsonElement graph)
    {
        Assert.Equal(rest.GetProperty("key").GetString(), graph.GetProperty("key").GetString());
        Assert.Equal(rest.GetProperty("type").GetString(), graph.GetProperty("type").GetString());
        Assert.Equal(
            rest.GetProperty("definitionId").GetString(),
            graph.GetProperty("definition").GetProperty("definitionId").GetString()
        );
        var value = rest.GetProperty("value");
        switch (rest.GetProperty("type").GetString())
        {
            case "DROPDOWN":
                var options = value.ValueKind == JsonValueKind.Array ? Strings(value) : [value.GetString()!];
                Assert.Equal(options, Strings(graph.GetProperty("selectedOptions")));
                break;
            case "NUMBER":
                Assert.Equal(value.GetDouble(), graph.GetProperty("numberValue").GetDouble());
                break;
            case "STRING":
                Assert.Equal(value.GetString(), graph.GetProperty("stringValue").GetString());
                break;
            case "JSON":
                using (var document = JsonDocument.Parse(graph.GetProperty("jsonValue").GetString()!))
                    Assert.Equal(value.GetRawText(), JsonSerializer.Serialize(document.RootElement));
                break;
        }
    }

    private static List<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(item => item.GetString()!)];
}
