using System.ComponentModel;
using CustomerGraph.Customers.AssetAssignments;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>The query parameters of a customer's asset list, as bound and as the API description shows them.</summary>
public sealed record CustomerAssetListParameters
{
    [FromQuery(Name = "page"), Description("The 0-based page number. Default 0.")]
    public QueryValue<int>? Page { get; init; }

    [FromQuery(Name = "size"), PageSizeDescription("Assignments")]
    public QueryValue<int>? Size { get; init; }

    [
        FromQuery(Name = "sort"),
        Description("assignedAt (oldest first, the default) or -assignedAt (newest first).")
    ]
    public QuerySort<CustomerAssetSortField>? Sort { get; init; }

    [FromQuery(Name = "assignmentType"), Description("Assignment types, comma-separated.")]
    public QueryList<AssignmentType>? AssignmentType { get; init; }
}
