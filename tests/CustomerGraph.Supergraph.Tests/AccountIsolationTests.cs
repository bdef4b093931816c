using System.Text.Json.Nodes;
using CustomerGraph.Graph.Relay;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// Entity resolution acts for the caller's account exactly as <c>node</c> does: another account's key resolves to null,
/// straight at the customer graph and through the gateway, whichever subgraph the key comes from.
/// </summary>
[Collection(SupergraphCollection.Name)]
public class AccountIsolationTests(SupergraphStack stack)
{
    private const string Entities = """
        query ($representations: [_Any!]!) { _entities(representations: $representations) {
          __typename ... on Customer { customerId name } ... on Asset { assetId name } } }
        """;

    [Fact]
    public async Task Another_accounts_keys_resolve_to_null()
    {
        var alphaCustomer = (
            await stack
                .Client(stack.CustomerGraph, stack.Alpha)
                .QueryAsync("{ customers(first: 1) { nodes { customerId } } }")
        )["customers"]!["nodes"]![0]!["customerId"]!.GetValue<string>();
        var (bravoCustomer, bravoAsset) = stack.BravoIds;
        object[] representations =
        [
            new { __typename = "Customer", customerId = bravoCustomer },
            new { __typename = "Customer", id = GlobalId.Encode("Customer", Guid.Parse(bravoCustomer)) },
            new { __typename = "Asset", assetId = bravoAsset },
            new { __typename = "Customer", customerId = alphaCustomer },
            new { __typename = "Customer", customerId = "not-an-id" },
            new { __typename = "Customer", id = GlobalId.Encode("Asset", Guid.Parse(bravoAsset)) },
        ];

        var asAlpha = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .QueryAsync(Entities, new { representations });
        var alphaEntities = asAlpha["_entities"]!.AsArray();
        Assert.Equal([true, true, true, false, true, true], alphaEntities.Select(e => e is null));
        Assert.Equal(alphaCustomer, alphaEntities[3]!["customerId"]!.GetValue<string>());

        var asBravo = await stack
            .Client(stack.CustomerGraph, stack.Bravo)
            .QueryAsync(Entities, new { representations });
        var bravoEntities = asBravo["_entities"]!.AsArray();
        Assert.Equal([false, false, false, true, true, true], bravoEntities.Select(e => e is null));
        Assert.Equal("Bravo Haulage", bravoEntities[0]!["name"]!.GetValue<string>());
        Assert.Equal("Bravo Haulage", bravoEntities[1]!["name"]!.GetValue<string>());
        Assert.Equal("Bravo Crawler Crane", bravoEntities[2]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Telemetry_of_another_accounts_asset_shows_nothing_of_that_asset_through_the_gateway()
    {
        var alphaAsset = (
            await stack
                .Client(stack.CustomerGraph, stack.Alpha)
                .QueryAsync("{ assets(first: 1) { nodes { assetId name } } }")
        )["assets"]!["nodes"]![0]!;
        const string Reports = """
            query ($ids: [ID!]!) { assetTelemetry(assetIds: $ids) { fuelLevelPercent
              asset { assetId name customers { nodes { customer { name } } } } } }
            """;
        var ids = new[] { stack.BravoIds.AssetId, alphaAsset["assetId"]!.GetValue<string>() };

        var asAlpha = await stack.Client(stack.Gateway, stack.Alpha).PostAsync(Reports, new { ids });
        Assert.DoesNotContain("Bravo", asAlpha.ToJsonString());
        var alphaReports = asAlpha["data"]!["assetTelemetry"]!.AsArray();
        Assert.Null(alphaReports[0]!["asset"]?["name"]);
        Assert.Equal(
            alphaAsset["name"]!.GetValue<string>(),
            alphaReports[1]!["asset"]!["name"]!.GetValue<string>()
        );

        var asBravo = await stack.Client(stack.Gateway, stack.Bravo).PostAsync(Reports, new { ids });
        var bravoReports = asBravo["data"]!["assetTelemetry"]!.AsArray();
        Assert.Equal("Bravo Crawler Crane", bravoReports[0]!["asset"]!["name"]!.GetValue<string>());
        Assert.Equal(
            "Bravo Haulage",
            bravoReports[0]!["asset"]!["customers"]!["nodes"]![0]!["customer"]!["name"]!.GetValue<string>()
        );
        Assert.Null(bravoReports[1]!["asset"]?["name"]);
        Assert.DoesNotContain(alphaAsset["name"]!.GetValue<string>(), asBravo.ToJsonString());
    }

    [Fact]
    public async Task Each_account_sees_only_its_customers_through_the_gateway()
    {
        const string Page =
            "{ customers(first: 1000) { pageInfo { count } nodes { name fleetTelemetry { openAlerts } } } }";
        var bravo = await stack.Client(stack.Gateway, stack.Bravo).QueryAsync(Page);
        Assert.Equal(1, bravo["customers"]!["pageInfo"]!["count"]!.GetValue<int>());
        Assert.Equal("Bravo Haulage", bravo["customers"]!["nodes"]![0]!["name"]!.GetValue<string>());

        var alpha = await stack.Client(stack.Gateway, stack.Alpha).QueryAsync(Page);
        var names = alpha["customers"]!["nodes"]!
            .AsArray()
            .Select(n => n!["name"]!.GetValue<string>())
            .ToList();
        Assert.Equal(200, names.Count);
        Assert.DoesNotContain("Bravo Haulage", names);
    }

    [Fact]
    public async Task Without_a_token_the_gateway_gets_nothing_from_the_customer_graph()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(
            stack.Gateway,
            new StringContent(
                """{"query":"{ customers(first: 5) { nodes { name } } }"}""",
                System.Text.Encoding.UTF8,
                "application/json"
            )
        );
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Null(body["data"]?["customers"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
    }
}
