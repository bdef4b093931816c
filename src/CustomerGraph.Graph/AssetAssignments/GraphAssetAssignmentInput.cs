using CustomerGraph.Customers.AssetAssignments;

namespace CustomerGraph.Graph.AssetAssignments;

/// <summary>The graph's <c>AssetAssignmentInput</c>: the asset by its graph id.</summary>
public sealed record GraphAssetAssignmentInput(
    string AssetId,
    AssignmentType AssignmentType,
    string? Note = null
);
