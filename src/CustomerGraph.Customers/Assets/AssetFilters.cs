namespace CustomerGraph.Customers.Assets;

/// <summary>Narrows the asset list; every set filter must match (AND), lists match any of their items (OR).</summary>
public sealed record AssetFilters
{
    /// <summary>Case-insensitive substring of the name or serial number.</summary>
    public string? Search { get; init; }

    public IReadOnlyList<AssetType>? AssetTypes { get; init; }
}
