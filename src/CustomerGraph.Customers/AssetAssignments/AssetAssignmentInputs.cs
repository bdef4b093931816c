namespace CustomerGraph.Customers.AssetAssignments;

/// <summary>One atomic change of a customer's assets: assignments to add (or re-note) and assets to release.</summary>
public sealed record UpdateCustomerAssetsInput
{
    public IReadOnlyList<AssetAssignmentInput> Assign { get; init; } = [];

    /// <summary>Assets to release from the customer, whatever their assignment types.</summary>
    public IReadOnlyList<Guid> Unassign { get; init; } = [];
}

/// <summary>An asset to assign to the customer for a reason; assigning an existing pair again replaces its note.</summary>
public sealed record AssetAssignmentInput(Guid AssetId, AssignmentType AssignmentType, string? Note = null);
