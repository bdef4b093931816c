namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// <c>_entities</c> loads every representation of one type through one DataLoader: a page of entities costs one SQL
/// statement per entity type (and one per child list selected), however many representations it holds.
/// </summary>
[Collection(SupergraphCollection.Name)]
public class EntityStatementCountTests(SupergraphStack stack)
{
    private const string Entities = """
        query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename
          ... on Customer { name } ... on CustomerContact { name } ... on Asset { name } } }
        """;

    [Fact]
    public async Task A_hundred_customers_by_either_key_cost_one_statement()
    {
        var customers = await PageAsync("customers", "id customerId");
        object[] representations =
        [
            .. customers.Take(50).Select(c => new { __typename = "Customer", id = c["id"] }),
            .. customers.Skip(50).Select(c => new { __typename = "Customer", customerId = c["customerId"] }),
        ];
        var entities = await CountedAsync(Entities, representations, expectedStatements: 1);
        Assert.Equal(100, entities.Count(e => e?["name"] is not null));
    }

    [Fact]
    public async Task Customers_contacts_and_assets_together_cost_one_statement_per_type()
    {
        var customers = await PageAsync("customers", "customerId contacts(first: 1) { nodes { contactId } }");
        var assets = await PageAsync("assets", "assetId");
        object[] representations =
        [
            .. customers.Select(c => new { __typename = "Customer", customerId = c["customerId"] }),
            .. customers
                .SelectMany(c => c["contacts"]!["nodes"]!.AsArray())
                .Select(k => new { __typename = "CustomerContact", contactId = k!["contactId"] }),
            .. assets.Select(a => new { __typename = "Asset", assetId = a["assetId"] }),
        ];
        var entities = await CountedAsync(Entities, representations, expectedStatements: 3);
        Assert.All(entities, entity => Assert.NotNull(entity?["name"]));
    }

    [Fact]
    public async Task A_child_list_of_a_hundred_entities_costs_one_more_statement()
    {
        var customers = await PageAsync("customers", "customerId");
        var representations = customers
            .Select(c => new { __typename = "Customer", customerId = c["customerId"] })
            .ToArray();
        await CountedAsync(
            """
            query ($representations: [_Any!]!) { _entities(representations: $representations) {
              ... on Customer { name contacts(first: 3) { nodes { name } } } } }
            """,
            representations,
            expectedStatements: 2
        );
    }

    [Fact]
    public async Task The_gateway_resolves_a_hundred_assets_of_the_telemetry_subgraph_with_one_statement()
    {
        var ids = (await PageAsync("assets", "assetId"))
            .Select(a => a["assetId"]!.GetValue<string>())
            .ToArray();
        stack.SqlLog.Clear();
        var data = await stack
            .Client(stack.Gateway, stack.Alpha)
            .QueryAsync(
                "query ($ids: [ID!]!) { assetTelemetry(assetIds: $ids) { engineHours asset { name } } }",
                new { ids }
            );
        Assert.Equal(100, data["assetTelemetry"]!.AsArray().Count(r => r!["asset"]?["name"] is not null));
        Assert.Single(stack.SqlLog.Statements);
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode>> PageAsync(string field, string selection)
    {
        var data = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .QueryAsync($"{{ {field}(first: 100) {{ nodes {{ {selection} }} }} }}");
        return [.. data[field]!["nodes"]!.AsArray().Select(node => node!)];
    }

    private async Task<System.Text.Json.Nodes.JsonArray> CountedAsync(
        string query,
        object[] representations,
        int expectedStatements
    )
    {
        stack.SqlLog.Clear();
        var data = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .QueryAsync(query, new { representations });
        Assert.True(
            stack.SqlLog.Statements.Count == expectedStatements,
            $"{stack.SqlLog.Statements.Count} statements:\n{string.Join("\n\n", stack.SqlLog.Statements)}"
        );
        return data["_entities"]!.AsArray();
    }
}
