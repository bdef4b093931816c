namespace CustomerGraph.Supergraph.Tests;

/// <summary>A preview field stays behind its <c>TU-PREVIEW</c> header when it is reached as an entity field.</summary>
[Collection(SupergraphCollection.Name)]
public class PreviewTests(SupergraphStack stack)
{
    private const string CustomFieldsOfEntities = """
        query ($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Customer { name customFields { key } } } }
        """;

    [Fact]
    public async Task Entity_fields_in_preview_need_the_preview_header()
    {
        var customerId = (
            await stack
                .Client(stack.CustomerGraph, stack.Alpha, "custom-fields")
                .QueryAsync("{ customers(first: 50) { nodes { customerId customFields { key } } } }")
        )["customers"]!["nodes"]!
            .AsArray()
            .First(node => node!["customFields"]!.AsArray().Count > 0)!["customerId"]!.GetValue<string>();
        var variables = new { representations = new[] { new { __typename = "Customer", customerId } } };

        var without = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .PostAsync(CustomFieldsOfEntities, variables);
        var error = without["errors"]!.AsArray().Single()!;
        Assert.Equal("PREVIEW_NOT_ENABLED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("custom-fields", error["extensions"]!["codeName"]!.GetValue<string>());
        Assert.Equal(["_entities", 0, "customFields"], error["path"]!.AsArray().Select(Segment));
        Assert.Null(without["data"]!["_entities"]![0]);

        var with = await stack
            .Client(stack.CustomerGraph, stack.Alpha, "custom-fields")
            .QueryAsync(CustomFieldsOfEntities, variables);
        Assert.NotEmpty(with["_entities"]![0]!["customFields"]!.AsArray());
    }

    [Fact]
    public async Task The_gateway_forwards_the_preview_header_to_the_customer_graph()
    {
        const string Query =
            "{ customers(first: 3) { nodes { name customFields { key } fleetTelemetry { openAlerts } } } }";
        var without = await stack.Client(stack.Gateway, stack.Alpha).PostAsync(Query);
        Assert.Contains(
            without["errors"]!.AsArray(),
            error => error!["extensions"]?["code"]?.GetValue<string>() == "PREVIEW_NOT_ENABLED"
        );

        var with = await stack.Client(stack.Gateway, stack.Alpha, "custom-fields").QueryAsync(Query);
        Assert.Equal(3, with["customers"]!["nodes"]!.AsArray().Count);
    }

    private static object Segment(System.Text.Json.Nodes.JsonNode? segment) =>
        segment!.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? segment.GetValue<int>()
            : segment.GetValue<string>();
}
