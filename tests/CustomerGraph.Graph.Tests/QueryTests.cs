using System.Text.Json.Nodes;

namespace CustomerGraph.Graph.Tests;

/// <summary>The read side over the demo seed: lookups, global ids, keyset paging both ways, filters and sorts.</summary>
public class QueryTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    private GraphTestHost Host => graph.Host;

    private async Task<List<string>> AllCustomerNamesAsync(string arguments = "")
    {
        var data = await Host.QueryAsync($"{{ customers(first: 1000 {arguments}) {{ nodes {{ name }} }} }}");
        return Json.Strings(data["customers"]!["nodes"], "name");
    }

    [Fact]
    public async Task Rate_limit_without_a_charging_host_is_a_clear_error()
    {
        var response = await Host.ExecuteAsync("{ rateLimit { remaining } }");
        Assert.Null(response["data"]);
        Assert.Equal("RATE_LIMIT_UNAVAILABLE", (string)response["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task A_preview_field_fails_without_its_code_name_in_the_request()
    {
        const string Query = "{ customers(first: 1) { nodes { name customFields { key } } } }";

        var refused = await Host.ExecuteAsync(Query, previews: null);
        var error = refused["errors"]![0]!;
        Assert.Equal("PREVIEW_NOT_ENABLED", (string)error["extensions"]!["code"]!);
        Assert.Equal("custom-fields", (string)error["extensions"]!["codeName"]!);
        Assert.Equal(
            "Customer.customFields is a preview field: send the header \"TU-PREVIEW: custom-fields\" to select it.",
            (string)error["message"]!
        );
        Assert.Equal("""["customers","nodes",0,"customFields"]""", error["path"]!.ToJsonString());

        var enabled = await Host.QueryAsync(Query, previews: "Custom-Fields");
        Assert.NotNull(enabled["customers"]!["nodes"]![0]!["customFields"]);
    }

    [Fact]
    public async Task A_customer_is_found_by_entity_id_and_by_global_id()
    {
        var data = await Host.QueryAsync("{ customers(first: 1) { nodes { id customerId name } } }");
        var first = data["customers"]!["nodes"]![0]!;
        var byEntityId = await Host.QueryAsync(
            "query ($id: ID!) { customer(id: $id) { name } }",
            new { id = (string)first["customerId"]! }
        );
        Assert.Equal((string)first["name"]!, (string)byEntityId["customer"]!["name"]!);
        var byGlobalId = await Host.QueryAsync(
            "query ($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }",
            new { id = (string)first["id"]! }
        );
        Assert.Equal("Customer", (string)byGlobalId["node"]!["__typename"]!);
        Assert.Equal((string)first["id"]!, (string)byGlobalId["node"]!["id"]!);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_given_and_answers_null_for_garbage_and_unknown_ids()
    {
        var data = await Host.QueryAsync(
            "{ assets(first: 1) { nodes { id } } customers(first: 1) { nodes { id contacts(first: 1) { nodes { id } } } } customFieldDefinitions { id } }"
        );
        var asset = (string)data["assets"]!["nodes"]![0]!["id"]!;
        var customer = (string)data["customers"]!["nodes"]![0]!["id"]!;
        var definition = (string)data["customFieldDefinitions"]![0]!["id"]!;
        var unknown = Relay.GlobalId.Encode("Customer", Guid.NewGuid());
        var wrongType = Relay.GlobalId.Encode("Account", Guid.NewGuid());
        var nodes = (
            await Host.QueryAsync(
                "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
                new
                {
                    ids = new[]
                    {
                        definition,
                        "not base64!",
                        asset,
                        unknown,
                        customer,
                        wrongType,
                        "Q3VzdG9tZXI6eA==",
                    },
                }
            )
        )["nodes"]!.AsArray();
        Assert.Equal(
            ["CustomFieldDefinition", null, "Asset", null, "Customer", null, null],
            nodes.Select(node => (string?)node?["__typename"])
        );
    }

    [Fact]
    public async Task A_malformed_entity_id_is_a_bad_user_input_error_and_an_unknown_one_is_null()
    {
        var response = await Host.ExecuteAsync("{ customer(id: \"42\") { name } }");
        var error = Json.SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Json.Code(error));
        Assert.Contains("id is not an entity id", (string)error["message"]!);
        var unknown = await Host.QueryAsync(
            $"{{ customer(id: \"{Guid.NewGuid()}\") {{ name }} asset(id: \"{Guid.NewGuid()}\") {{ name }} }}"
        );
        Assert.Null(unknown["customer"]);
        Assert.Null(unknown["asset"]);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(50)]
    [InlineData(200)]
    public async Task Paging_forwards_visits_every_customer_once_in_order(int pageSize)
    {
        var all = await AllCustomerNamesAsync();
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var page = (
                await Host.QueryAsync(
                    "query ($first: Int, $after: Cursor) { customers(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                    new { first = pageSize, after }
                )
            )["customers"]!;
            seen.AddRange(Json.Strings(page["nodes"], "name"));
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
                break;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(all, seen);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(200)]
    public async Task Paging_backwards_from_the_end_visits_every_customer_once(int pageSize)
    {
        var all = await AllCustomerNamesAsync();
        var seen = new List<string>();
        string? before = null;
        while (true)
        {
            var page = (
                await Host.QueryAsync(
                    "query ($last: Int, $before: Cursor) { customers(last: $last, before: $before) { nodes { name } pageInfo { hasPreviousPage hasNextPage startCursor } } }",
                    new { last = pageSize, before }
                )
            )["customers"]!;
            seen.InsertRange(0, Json.Strings(page["nodes"], "name"));
            Assert.Equal(before is not null, (bool)page["pageInfo"]!["hasNextPage"]!);
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
                break;
            before = (string)page["pageInfo"]!["startCursor"]!;
        }
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Pages_at_the_boundaries_are_exact()
    {
        var all = await AllCustomerNamesAsync();
        var lastPage = (await Host.QueryAsync("{ customers(last: 3) { nodes { name } edges { cursor } } }"))[
            "customers"
        ]!;
        Assert.Equal(all[^3..], Json.Strings(lastPage["nodes"], "name"));
        var beforeFirstOfLast = (string)lastPage["edges"]![0]!["cursor"]!;
        var previous = (
            await Host.QueryAsync(
                "query ($before: Cursor) { customers(last: 2, before: $before) { nodes { name } } }",
                new { before = beforeFirstOfLast }
            )
        )["customers"]!;
        Assert.Equal(all[^5..^3], Json.Strings(previous["nodes"], "name"));
        var empty = (
            await Host.QueryAsync(
                "{ customers(first: 0) { nodes { name } pageInfo { startCursor endCursor hasNextPage } } }"
            )
        )["customers"]!;
        Assert.Empty(empty["nodes"]!.AsArray());
        Assert.Null(empty["pageInfo"]!["startCursor"]);
        Assert.True((bool)empty["pageInfo"]!["hasNextPage"]!);
    }

    [Theory]
    [InlineData("first: 1, last: 1", "first and last cannot be used together.")]
    [InlineData("first: -1", "first must be between 0 and 1000.")]
    [InlineData("last: 1001", "last must be between 0 and 1000.")]
    [InlineData("after: \"bm90IGEgY3Vyc29y\"", "after is not a cursor of this list.")]
    public async Task Bad_page_arguments_are_bad_user_input_errors(string arguments, string message)
    {
        var response = await Host.ExecuteAsync($"{{ customers({arguments}) {{ nodes {{ name }} }} }}");
        var error = Json.SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Json.Code(error));
        Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(["customers"], error["path"]!.AsArray().Select(segment => (string)segment!));
    }

    [Fact]
    public async Task A_cursor_of_another_sort_is_refused()
    {
        var data = await Host.QueryAsync("{ customers(first: 1) { pageInfo { endCursor } } }");
        var response = await Host.ExecuteAsync(
            "query ($after: Cursor) { customers(after: $after, sort: { by: CREATED_AT }) { nodes { name } } }",
            new { after = (string)data["customers"]!["pageInfo"]!["endCursor"]! }
        );
        Assert.Equal("BAD_USER_INPUT", Json.Code(Json.SingleError(response)));
    }

    [Fact]
    public async Task Sorts_order_by_their_key_both_ways()
    {
        var ascending = await AllCustomerNamesAsync();
        Assert.Equal(
            ascending.AsEnumerable().Reverse(),
            await AllCustomerNamesAsync(", sort: { direction: DESC }")
        );
        var byCreation = (
            await Host.QueryAsync(
                "{ customers(first: 1000, sort: { by: CREATED_AT, direction: DESC }) { nodes { createdAt } } }"
            )
        )["customers"]!["nodes"]!
            .AsArray()
            .Select(node => DateTime.Parse((string)node!["createdAt"]!))
            .ToList();
        Assert.Equal(byCreation.OrderDescending(), byCreation);
        var byUpdate = (
            await Host.QueryAsync(
                "{ customers(first: 1000, sort: { by: UPDATED_AT }) { nodes { updatedAt } } }"
            )
        )["customers"]!["nodes"]!
            .AsArray()
            .Select(node => DateTime.Parse((string)node!["updatedAt"]!))
            .ToList();
        Assert.Equal(byUpdate.Order(), byUpdate);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_count()
    {
        var all = (
            await Host.QueryAsync(
                "{ customers(first: 1000) { nodes { customerId name email type address { country } assets(first: 1) { nodes { assignmentType } } } } }"
            )
        )["customers"]!["nodes"]!.AsArray();
        async Task<JsonNode> Filtered(string filters) =>
            (
                await Host.QueryAsync(
                    $"{{ customers(first: 1000, filters: {filters}) {{ nodes {{ customerId }} pageInfo {{ count }} }} }}"
                )
            )["customers"]!;
        void Matches(JsonNode page, Func<JsonNode, bool> predicate)
        {
            var expected = all.Where(node => predicate(node!))
                .Select(node => (string)node!["customerId"]!)
                .ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Json.Strings(page["nodes"], "customerId"));
            Assert.Equal(expected.Count, (int)page["pageInfo"]!["count"]!);
        }
        Matches(
            await Filtered("{ types: [DEALER, OEM] }"),
            node => (string)node["type"]! is "DEALER" or "OEM"
        );
        Matches(
            await Filtered("{ countries: [\"DK\"] }"),
            node => (string?)node["address"]!["country"] == "DK"
        );
        Matches(
            await Filtered("{ hasAssets: false }"),
            node => node["assets"]!["nodes"]!.AsArray().Count == 0
        );
        Matches(await Filtered("{ hasAssets: true }"), node => node["assets"]!["nodes"]!.AsArray().Count > 0);
        var someName = (string)all[17]!["name"]!;
        var term = someName[1..4].ToUpperInvariant();
        Matches(
            await Filtered($"{{ search: \"{term}\" }}"),
            node =>
                ((string)node["name"]!).Contains(term, StringComparison.OrdinalIgnoreCase)
                || ((string?)node["email"])?.Contains(term, StringComparison.OrdinalIgnoreCase) == true
        );
        var ids = new[] { (string)all[3]!["customerId"]!, (string)all[42]!["customerId"]! };
        Matches(
            await Filtered($"{{ customerIds: [\"{ids[0]}\", \"{ids[1]}\"] }}"),
            node => ids.Contains((string)node["customerId"]!)
        );
        Matches(await Filtered("{ updatedSince: \"2000-01-01T00:00:00+02:00\" }"), _ => true);
    }

    [Theory]
    [InlineData(
        "\"2026-01-01\"",
        "DateTime cannot represent \"2026-01-01\": it needs a time zone offset (Z or ±hh:mm), e.g. \"2026-11-23T08:15:00Z\"."
    )]
    [InlineData(
        "\"2026-13-01T00:00:00Z\"",
        "DateTime cannot represent \"2026-13-01T00:00:00Z\": expected an ISO-8601 date-time like \"2026-11-23T08:15:00Z\"."
    )]
    [InlineData(
        "5",
        "DateTime cannot represent a non-string value: 5; expected e.g. \"2026-11-23T08:15:00Z\"."
    )]
    public async Task DateTime_input_errors_say_what_is_wrong(string literal, string reason)
    {
        var response = await Host.ExecuteAsync(
            $"{{ customers(filters: {{ updatedSince: {literal} }}) {{ nodes {{ name }} }} }}"
        );
        var error = Json.SingleError(response);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Json.Code(error));
        Assert.Contains(reason, (string)error["message"]!);
    }

    [Fact]
    public async Task A_malformed_customer_id_filter_names_its_position()
    {
        var response = await Host.ExecuteAsync(
            "{ customers(filters: { customerIds: [\"x\"] }) { nodes { name } } }"
        );
        var error = Json.SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Json.Code(error));
        Assert.StartsWith("filters.customerIds[0] is not an entity id", (string)error["message"]!);
    }

    [Fact]
    public async Task Assets_page_filter_and_count()
    {
        var all = (
            await Host.QueryAsync(
                "{ assets(first: 1000) { nodes { name assetType serialNumber } pageInfo { count hasNextPage } } }"
            )
        )["assets"]!;
        Assert.Equal(1000, (int)all["pageInfo"]!["count"]!);
        Assert.False((bool)all["pageInfo"]!["hasNextPage"]!);
        var names = Json.Strings(all["nodes"], "name");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var machines = (
            await Host.QueryAsync(
                "{ assets(first: 1000, filters: { assetTypes: [MACHINE] }) { nodes { assetType } pageInfo { count } } }"
            )
        )["assets"]!;
        Assert.All(
            machines["nodes"]!.AsArray(),
            node => Assert.Equal("MACHINE", (string)node!["assetType"]!)
        );
        Assert.Equal(
            all["nodes"]!.AsArray().Count(node => (string)node!["assetType"]! == "MACHINE"),
            (int)machines["pageInfo"]!["count"]!
        );
        var serial = (string)all["nodes"]![5]!["serialNumber"]!;
        var bySerial = (
            await Host.QueryAsync(
                $"{{ assets(filters: {{ search: \"{serial.ToLowerInvariant()}\" }}) {{ nodes {{ serialNumber }} }} }}"
            )
        )["assets"]!;
        Assert.Contains(serial, Json.Strings(bySerial["nodes"], "serialNumber"));
    }

    [Fact]
    public async Task An_assets_customers_are_the_reverse_of_the_customers_assets()
    {
        var data = await Host.QueryAsync(
            "{ customers(first: 20) { nodes { customerId assets(first: 100) { nodes { asset { assetId customers(first: 100) { nodes { customer { customerId } } pageInfo { count } } } } } } } }"
        );
        foreach (var customer in data["customers"]!["nodes"]!.AsArray())
        foreach (var assignment in customer!["assets"]!["nodes"]!.AsArray())
        {
            var reverse = assignment!["asset"]!["customers"]!;
            Assert.Contains(
                (string)customer["customerId"]!,
                reverse["nodes"]!.AsArray().Select(node => (string)node!["customer"]!["customerId"]!)
            );
            Assert.Equal(reverse["nodes"]!.AsArray().Count, (int)reverse["pageInfo"]!["count"]!);
        }
    }

    [Fact]
    public async Task Assignment_types_filter_the_nested_list_and_its_count()
    {
        var data = await Host.QueryAsync(
            "{ customers(first: 200) { nodes { all: assets(first: 1000) { nodes { assignmentType } } rentals: assets(first: 1000, assignmentTypes: [RENTAL]) { nodes { assignmentType } pageInfo { count } } } } }"
        );
        foreach (var customer in data["customers"]!["nodes"]!.AsArray())
        {
            var rentals = customer!["rentals"]!;
            Assert.All(
                rentals["nodes"]!.AsArray(),
                node => Assert.Equal("RENTAL", (string)node!["assignmentType"]!)
            );
            var expected = customer["all"]!["nodes"]!
                .AsArray()
                .Count(node => (string)node!["assignmentType"]! == "RENTAL");
            Assert.Equal(expected, (int)rentals["pageInfo"]!["count"]!);
        }
    }

    [Fact]
    public async Task Nested_contacts_page_backwards_too()
    {
        var data = await Host.QueryAsync(
            "{ customers(first: 200) { nodes { all: contacts(first: 100) { nodes { name } } tail: contacts(last: 2) { nodes { name } pageInfo { hasPreviousPage } } } } }"
        );
        foreach (var customer in data["customers"]!["nodes"]!.AsArray())
        {
            var all = Json.Strings(customer!["all"]!["nodes"], "name");
            Assert.Equal(all.TakeLast(2), Json.Strings(customer["tail"]!["nodes"], "name"));
            Assert.Equal(all.Count > 2, (bool)customer["tail"]!["pageInfo"]!["hasPreviousPage"]!);
        }
    }

    [Fact]
    public async Task A_contact_leads_back_to_its_customer()
    {
        var data = await Host.QueryAsync(
            "{ customers(first: 30) { nodes { customerId contacts { nodes { contactId customer { customerId } } } } } }"
        );
        foreach (var customer in data["customers"]!["nodes"]!.AsArray())
        foreach (var contact in customer!["contacts"]!["nodes"]!.AsArray())
            Assert.Equal((string)customer["customerId"]!, (string)contact!["customer"]!["customerId"]!);
    }
}
