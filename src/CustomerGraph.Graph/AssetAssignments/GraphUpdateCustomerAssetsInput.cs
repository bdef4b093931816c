namespace CustomerGraph.Graph.AssetAssignments;

/// <summary>The graph's <c>UpdateCustomerAssetsInput</c>: the customer, assets to assign and assets to release.</summary>
public sealed record GraphUpdateCustomerAssetsInput(string CustomerId)
{
    public IReadOnlyList<GraphAssetAssignmentInput>? Assign { get; init; }
    public IReadOnlyList<string>? Unassign { get; init; }
}
