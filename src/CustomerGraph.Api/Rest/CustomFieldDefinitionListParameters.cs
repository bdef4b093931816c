using System.ComponentModel;
using CustomerGraph.Customers.CustomFields;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>The query parameters of the definition list, as bound and as the API description shows them.</summary>
public sealed record CustomFieldDefinitionListParameters
{
    [
        FromQuery(Name = "entityType"),
        Description("The entity type whose definitions to list; CUSTOMER, the default, is the only one.")
    ]
    public QueryValue<CustomFieldEntityType>? EntityType { get; init; }

    [FromQuery(Name = "page"), Description("The 0-based page number. Default 0.")]
    public QueryValue<int>? Page { get; init; }

    [FromQuery(Name = "size"), PageSizeDescription("Definitions")]
    public QueryValue<int>? Size { get; init; }
}
