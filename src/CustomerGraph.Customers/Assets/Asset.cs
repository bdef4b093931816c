namespace CustomerGraph.Customers.Assets;

/// <summary>A machine, tool or other asset of the account's fleet that can be assigned to customers.</summary>
public sealed class Asset
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public required string Name { get; set; }

    public string? SerialNumber { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public int? ProductionYear { get; set; }

    public AssetType AssetType { get; set; } = AssetType.Other;
}

/// <summary>The kind of asset.</summary>
public enum AssetType
{
    Attachment,
    Equipment,
    Gateway,
    Machine,
    Tool,
    Other,
}
