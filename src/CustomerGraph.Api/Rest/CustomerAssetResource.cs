using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;

namespace CustomerGraph.Api.Rest;

/// <summary>An asset assigned to a customer, with the asset inlined; enum values are spelled as in the graph.</summary>
public sealed record CustomerAssetResource(
    Guid AssetId,
    string AssignmentType,
    DateTime AssignedAt,
    string? Note,
    AssetResource Asset
)
{
    public static CustomerAssetResource From(CustomerAssetAssignment assignment) =>
        new(
            assignment.AssetId,
            RestEnums.Name(assignment.AssignmentType),
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
    string AssetType
)
{
    public static AssetResource From(Asset asset) =>
        new(
            asset.Id,
            asset.Name,
            asset.SerialNumber,
            asset.Brand,
            asset.Model,
            asset.ProductionYear,
            RestEnums.Name(asset.AssetType)
        );
}
