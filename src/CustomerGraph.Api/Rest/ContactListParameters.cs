using System.ComponentModel;
using CustomerGraph.Customers.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>The query parameters of a customer's contact list, as bound and as the API description shows them.</summary>
public sealed record ContactListParameters
{
    [FromQuery(Name = "page"), Description("The 0-based page number. Default 0.")]
    public QueryValue<int>? Page { get; init; }

    [FromQuery(Name = "size"), PageSizeDescription("Contacts")]
    public QueryValue<int>? Size { get; init; }

    [
        FromQuery(Name = "sort"),
        Description(
            "Sort keys, comma-separated, each name, createdAt or updatedAt; a leading - sorts descending "
                + "(e.g. -createdAt). Default name. The id breaks ties."
        )
    ]
    public QuerySort<ContactSortField>? Sort { get; init; }
}
