namespace CustomerGraph.Supergraph.Tests;

/// <summary>The tests that share one <see cref="SupergraphStack"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SupergraphCollection : ICollectionFixture<SupergraphStack>
{
    public const string Name = "supergraph";
}
