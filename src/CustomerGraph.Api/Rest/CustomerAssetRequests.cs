using CustomerGraph.Customers.AssetAssignments;

namespace CustomerGraph.Api.Rest;

// The body the customer assets handler reads (RestRequest) and the API description shows.

/// <summary>Assets to assign to a customer and to unassign from it, applied together or not at all.</summary>
public sealed record UpdateCustomerAssetsRequest : IRestExample<UpdateCustomerAssetsRequest>
{
    /// <summary>Assignments to add; assigning an asset again with the same type replaces its note.</summary>
    public IReadOnlyList<AssetAssignmentRequest>? Assign { get; init; }

    /// <summary>Ids of assets to unassign, with every assignment type they have.</summary>
    public IReadOnlyList<Guid>? Unassign { get; init; }

    public static UpdateCustomerAssetsRequest Example { get; } =
        new()
        {
            Assign =
            [
                new AssetAssignmentRequest
                {
                    AssetId = AssetResource.Example.Id,
                    AssignmentType = AssignmentType.Rental,
                    Note = "Rented until the end of March.",
                },
            ],
            Unassign = [Guid.Parse("5d8f1b3a-7c2e-4a9d-b6e0-2f4a6c8e0b13")],
        };

    /// <summary>The domain's input; an absent or null list is empty.</summary>
    public UpdateCustomerAssetsInput ToInput() =>
        new()
        {
            Assign =
            [
                .. (Assign ?? []).Select(item => new AssetAssignmentInput(
                    item.AssetId,
                    item.AssignmentType,
                    item.Note
                )),
            ],
            Unassign = Unassign ?? [],
        };
}

/// <summary>One asset to assign to the customer, and why.</summary>
public sealed record AssetAssignmentRequest
{
    /// <summary>An asset of the account's fleet.</summary>
    public required Guid AssetId { get; init; }

    public required AssignmentType AssignmentType { get; init; }

    public string? Note { get; init; }
}
