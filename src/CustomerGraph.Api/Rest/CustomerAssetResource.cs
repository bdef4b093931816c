using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;

namespace CustomerGraph.Api.Rest;

/// <summary>An asset assigned to a customer, with the asset inlined; enum values are spelled as in the graph.</summary>
public sealed record CustomerAssetResource(
    Guid AssetId,
    AssignmentType AssignmentType,
    DateTime AssignedAt,
    string? Note,
    AssetResource Asset
) : IRestExample<CustomerAssetResource>
{
    public static CustomerAssetResource Example { get; } =
        new(
            AssetResource.Example.Id,
            AssignmentType.Rental,
            new DateTime(2026, 2, 1, 7, 15, 0, DateTimeKind.Utc),
            "Rented until the end of March.",
            AssetResource.Example
        );

    public static CustomerAssetResource From(CustomerAssetAssignment assignment) =>
        new(
            assignment.AssetId,
            assignment.AssignmentType,
            assignment.AssignedAt,
            assignment.Note,
            AssetResource.From(assignment.Asset!)
        );
}

/// <summary>An asset of the fleet.</summary>
public sealed record AssetResource(
    Guid Id,
    string Name,
    string? SerialNumber,
    string? Brand,
    string? Model,
    int? ProductionYear,
    AssetType AssetType
) : IRestExample<AssetResource>
{
    public static AssetResource Example { get; } =
        new(
            Guid.Parse("9b2e4d6f-1a3c-4e5b-8d7f-0c2a4e6b8d1f"),
            "Scissor lift 12",
            "GS1932-118842",
            "Genie",
            "GS-1932",
            2022,
            AssetType.Machine
        );

    public static AssetResource From(Asset asset) =>
        new(
            asset.Id,
            asset.Name,
            asset.SerialNumber,
            asset.Brand,
            asset.Model,
            asset.ProductionYear,
            asset.AssetType
        );
}
