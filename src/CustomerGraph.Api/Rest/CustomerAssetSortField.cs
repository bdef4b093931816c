namespace CustomerGraph.Api.Rest;

/// <summary>The sort key of a customer's asset list: when the asset was assigned.</summary>
public enum CustomerAssetSortField
{
    AssignedAt,
}
