using System.Text.Json.Nodes;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>Queries through Hive Gateway that cross from the customer graph to the telemetry subgraph and back.</summary>
[Collection(SupergraphCollection.Name)]
public class CrossSubgraphTests(SupergraphStack stack)
{
    [Fact]
    public async Task A_customers_page_gets_each_customers_fleet_telemetry_from_the_telemetry_subgraph()
    {
        const string Page = "{ customers(first: 10) { nodes { customerId name email } } }";
        var direct = await stack.Client(stack.CustomerGraph, stack.Alpha).QueryAsync(Page);
        var joined = await stack
            .Client(stack.Gateway, stack.Alpha)
            .QueryAsync(
                "{ customers(first: 10) { nodes { customerId name email fleetTelemetry { utilizationPercent openAlerts } } } }"
            );

        var customers = Nodes(joined["customers"]);
        Assert.Equal(10, customers.Count);
        var expected = await TelemetryOfAsync(
            customers.Select(c => c["customerId"]!.GetValue<string>()),
            "Customer",
            "customerId",
            "fleetTelemetry { utilizationPercent openAlerts }"
        );
        for (var i = 0; i < customers.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(expected[i]!["fleetTelemetry"], customers[i]["fleetTelemetry"]));
            customers[i].Remove("fleetTelemetry");
        }
        Assert.True(JsonNode.DeepEquals(direct, joined), $"{direct.ToJsonString()}\n{joined.ToJsonString()}");
    }

    [Fact]
    public async Task Assets_of_the_customer_graph_carry_their_telemetry_and_their_customers_together()
    {
        var data = await stack
            .Client(stack.Gateway, stack.Alpha)
            .QueryAsync(
                """
                { assets(first: 5) { nodes { assetId name
                    telemetry { engineHours fuelLevelPercent lastReportedAt }
                    customers(first: 2) { nodes { customer { name } } } } } }
                """
            );
        var assets = Nodes(data["assets"]);
        Assert.Equal(5, assets.Count);
        var expected = await TelemetryOfAsync(
            assets.Select(a => a["assetId"]!.GetValue<string>()),
            "Asset",
            "assetId",
            "telemetry { engineHours fuelLevelPercent lastReportedAt }"
        );
        for (var i = 0; i < assets.Count; i++)
            Assert.True(JsonNode.DeepEquals(expected[i]!["telemetry"], assets[i]["telemetry"]));
        Assert.Contains(assets, a => a["customers"]!["nodes"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task Telemetry_reports_resolve_their_assets_and_customers_in_the_customer_graph()
    {
        var direct = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .QueryAsync(
                "{ assets(first: 4) { nodes { assetId name serialNumber customers(first: 3) { nodes { customer { customerId name } } } } } }"
            );
        var assets = Nodes(direct["assets"]);
        var ids = assets.Select(a => a["assetId"]!.GetValue<string>()).ToArray();

        var data = await stack
            .Client(stack.Gateway, stack.Alpha)
            .QueryAsync(
                """
                query ($ids: [ID!]!) { assetTelemetry(assetIds: $ids) { engineHours
                  asset { assetId name serialNumber customers(first: 3) { nodes { customer { customerId name
                    fleetTelemetry { openAlerts } } } } } } }
                """,
                new { ids }
            );
        var reports = data["assetTelemetry"]!.AsArray();
        Assert.Equal(ids.Length, reports.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            var asset = reports[i]!["asset"]!.AsObject();
            foreach (var assignment in Nodes(asset["customers"]))
            {
                Assert.NotNull(assignment["customer"]!["fleetTelemetry"]!["openAlerts"]);
                assignment["customer"]!.AsObject().Remove("fleetTelemetry");
            }
            Assert.True(
                JsonNode.DeepEquals(assets[i], asset),
                $"{assets[i].ToJsonString()}\n{asset.ToJsonString()}"
            );
        }
    }

    /// <summary>What the telemetry subgraph itself answers for these keys, in order.</summary>
    private async Task<JsonArray> TelemetryOfAsync(
        IEnumerable<string> ids,
        string typeName,
        string keyField,
        string selection
    )
    {
        var representations = ids.Select(id => new Dictionary<string, string>
            {
                ["__typename"] = typeName,
                [keyField] = id,
            })
            .ToArray();
        var data = await stack
            .Client(stack.Telemetry, stack.Alpha)
            .QueryAsync(
                $"query ($representations: [_Any!]!) {{ _entities(representations: $representations) {{ ... on {typeName} {{ {selection} }} }} }}",
                new { representations }
            );
        return data["_entities"]!.AsArray();
    }

    private static List<JsonObject> Nodes(JsonNode? connection) =>
        [.. connection!["nodes"]!.AsArray().Select(node => node!.AsObject())];
}
