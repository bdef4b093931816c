using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Customers.AssetAssignments;

/// <summary>An asset assigned to a customer: rented to it, or handed to it for service.</summary>
public sealed class CustomerAssetAssignment
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public Guid AssetId { get; set; }

    public Asset? Asset { get; set; }

    public AssignmentType AssignmentType { get; set; }

    public DateTime AssignedAt { get; set; }

    public string? Note { get; set; }
}

/// <summary>Why an asset is assigned to a customer.</summary>
public enum AssignmentType
{
    Rental,
    Service,
    Other,
}
