using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>The customer graph's <c>_service.sdl</c> is its schema as committed, and it composes with other subgraphs.</summary>
[Collection(SupergraphCollection.Name)]
public class CompositionTests(SupergraphStack stack)
{
    [Fact]
    public async Task The_service_sdl_is_the_committed_schema_with_its_federation_directives()
    {
        var data = await stack.Client(stack.CustomerGraph, stack.Alpha).QueryAsync("{ _service { sdl } }");
        var sdl = data["_service"]!["sdl"]!.GetValue<string>();
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "schema", "customer-graph.graphql"));
        Assert.Equal(Printer.Print(Parser.Parse(committed)), sdl);
        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.9\"", sdl);
        Assert.Contains(
            "type Customer implements Node @key(fields: \"id\") @key(fields: \"customerId\")",
            sdl
        );
    }

    [Fact]
    public void The_supergraph_joins_each_entity_of_both_subgraphs_by_its_keys()
    {
        var supergraph = stack.SupergraphSdl;
        Assert.Contains("CUSTOMERS @join__graph(name: \"customers\"", supergraph);
        Assert.Contains("TELEMETRY @join__graph(name: \"telemetry\"", supergraph);
        foreach (
            var join in new[]
            {
                "@join__type(graph: CUSTOMERS, key: \"id\")",
                "@join__type(graph: CUSTOMERS, key: \"customerId\")",
                "@join__type(graph: TELEMETRY, key: \"customerId\")",
                "@join__type(graph: CUSTOMERS, key: \"contactId\")",
                "@join__type(graph: CUSTOMERS, key: \"assetId\")",
                "@join__type(graph: TELEMETRY, key: \"assetId\")",
            }
        )
            Assert.Contains(join, supergraph);
    }

    [Fact]
    public async Task An_asset_subgraph_owning_the_assets_shares_their_descriptive_fields()
    {
        var supergraph = Path.Combine(Path.GetTempPath(), $"supergraph-assets-{Guid.NewGuid():N}.graphql");
        try
        {
            await NodeProcess.RunAsync(
                "tests/federation/compose.mjs",
                [
                    "--out",
                    supergraph,
                    $"customers={stack.CustomerGraph}",
                    $"telemetry={stack.Telemetry}",
                    "assets=" + Path.Combine(Repository.Root, "tests/federation/assets/schema.graphql"),
                ],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string> { ["CUSTOMERGRAPH_TOKEN"] = SubgraphTokens.For(stack.Alpha) }
            );
            var sdl = await File.ReadAllTextAsync(supergraph);
            Assert.Contains("name: String! @join__field(graph: ASSETS) @join__field(graph: CUSTOMERS)", sdl);
            Assert.Contains(
                "serialNumber: String @join__field(graph: ASSETS) @join__field(graph: CUSTOMERS)",
                sdl
            );
        }
        finally
        {
            File.Delete(supergraph);
        }
    }
}
