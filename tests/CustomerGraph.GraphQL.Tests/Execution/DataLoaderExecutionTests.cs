using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>The executor dispatches DataLoader batches only when no resolver work is ready.</summary>
public class DataLoaderExecutionTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Node!]! }
        type Node { id: Int! children: [Node!]! pets: [Node!]! }
        """;

    private sealed record Node(int Id);

    private static RequestExecutor CreateExecutor(List<(string Loader, int Keys)> fetches) =>
        Executor(
            Sdl,
            b =>
                b.BindType<Node>("Node")
                    .Resolve(
                        "Query.parents",
                        ctx => new ValueTask<object?>(
                            Enumerable.Range(1, ctx.Argument<int>("count")).Select(i => new Node(i)).ToList()
                        )
                    )
                    .Resolve<Node>("Node.children", (node, ctx) => Load(ctx, "children", node, fetches))
                    .Resolve<Node>("Node.pets", (node, ctx) => Load(ctx, "pets", node, fetches))
        );

    private static async Task<object?> Load(
        IResolverContext context,
        string relation,
        Node node,
        List<(string, int)> fetches
    )
    {
        var loader = context.DataLoaders.GetOrAdd(
            relation,
            scheduler => new GroupedDataLoader<int, Node>(
                scheduler,
                async (keys, _) =>
                {
                    lock (fetches)
                        fetches.Add((relation, keys.Count));
                    await Task.Yield();
                    // Two related nodes per key, with ids no other relation or level produces.
                    var offset = relation == "children" ? 1 : 3;
                    return keys.SelectMany(k =>
                            new[] { (k, new Node(k * 1000 + offset)), (k, new Node(k * 1000 + offset + 1)) }
                        )
                        .ToLookup(p => p.k, p => p.Item2);
                }
            )
        );
        return await loader.LoadAsync(node.Id, context.CancellationToken);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public async Task Two_relations_over_two_levels_take_four_batches_whatever_the_parent_count(int parents)
    {
        var fetches = new List<(string Loader, int Keys)>();
        var executor = CreateExecutor(fetches);
        var json = await executor.RunAsync(
            $"{{ parents(count: {parents}) {{ id children {{ id children {{ id }} pets {{ id }} }} pets {{ id children {{ id }} pets {{ id }} }} }} }}"
        );
        Assert.DoesNotContain("\"errors\"", json);
        Assert.Equal(4, fetches.Count);
        Assert.Equal(
            [("children", parents), ("pets", parents), ("children", parents * 4), ("pets", parents * 4)],
            fetches.OrderBy(f => f.Keys).ThenBy(f => f.Loader)
        );
        Assert.StartsWith(
            "{\"data\":{\"parents\":[{\"id\":1,\"children\":[{\"id\":1001,\"children\":[{\"id\":1001001},{\"id\":1001002}],\"pets\":[{\"id\":1001003}",
            json
        );
    }
}
