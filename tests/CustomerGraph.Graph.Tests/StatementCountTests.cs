namespace CustomerGraph.Graph.Tests;

/// <summary>Every child list goes through a DataLoader: a selection level costs one statement whatever the page size.</summary>
public class StatementCountTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    private const string NestedPage = """
        query ($first: Int!) {
          customers(first: $first) {
            nodes {
              contacts(first: 5) { nodes { name } }
              assets(first: 5) { nodes { asset { name } } }
              customFields { key }
            }
          }
        }
        """;

    [Theory]
    [InlineData(100)]
    [InlineData(10)]
    public async Task A_nested_page_costs_one_statement_per_level(int first)
    {
        graph.Host.Statements.Reset();
        var data = await graph.Host.QueryAsync(NestedPage, new { first });
        Assert.Equal(first, data["customers"]!["nodes"]!.AsArray().Count);
        // customers, contacts, assignments with their assets, custom field values.
        Assert.Equal(4, graph.Host.Statements.Count);
        Assert.True(graph.Host.Statements.Count <= 5, string.Join("\n\n", graph.Host.Statements.Texts));
    }

    [Fact]
    public async Task The_customer_list_reads_the_description_only_when_it_may_be_selected()
    {
        graph.Host.Statements.Reset();
        await graph.Host.QueryAsync("{ customers(first: 5) { nodes { name } } }");
        Assert.DoesNotContain("Description", graph.Host.Statements.Texts.Single());

        foreach (
            var query in new[]
            {
                "{ customers(first: 5) { edges { node { description } } } }",
                "{ customers(first: 5) { nodes { name } } customers(first: 5) { nodes { description } } }",
                "{ customers(first: 5) { nodes { ...Text } } } fragment Text on Customer { description }",
            }
        )
        {
            graph.Host.Statements.Reset();
            var data = await graph.Host.QueryAsync(query);
            Assert.Contains("Description", graph.Host.Statements.Texts.Single());
            Assert.Contains("\"description\":\"", data.ToJsonString());
        }
    }

    [Fact]
    public async Task Different_page_sizes_at_one_level_batch_per_size()
    {
        graph.Host.Statements.Reset();
        var data = await graph.Host.QueryAsync(
            """
            {
              customers(first: 30) {
                nodes { few: contacts(first: 1) { nodes { name } } many: contacts(first: 4) { nodes { name } } }
              }
            }
            """
        );
        var nodes = data["customers"]!["nodes"]!.AsArray();
        Assert.All(nodes, node => Assert.True(node!["few"]!["nodes"]!.AsArray().Count <= 1));
        Assert.Contains(nodes, node => node!["many"]!["nodes"]!.AsArray().Count > 1);
        Assert.Equal(3, graph.Host.Statements.Count);
    }

    [Fact]
    public async Task Nested_counts_cost_one_grouped_statement_per_level_and_only_when_selected()
    {
        graph.Host.Statements.Reset();
        await graph.Host.QueryAsync(
            "{ customers(first: 50) { nodes { contacts(first: 2) { pageInfo { hasNextPage } } } } }"
        );
        Assert.Equal(2, graph.Host.Statements.Count);
        graph.Host.Statements.Reset();
        var data = await graph.Host.QueryAsync(
            """
            {
              customers(first: 50) {
                pageInfo { count }
                nodes {
                  contacts(first: 2) { pageInfo { count } }
                  assets(first: 2) { pageInfo { count } }
                }
              }
            }
            """
        );
        Assert.Equal(200, (int)data["customers"]!["pageInfo"]!["count"]!);
        Assert.Equal(6, graph.Host.Statements.Count);
    }
}
