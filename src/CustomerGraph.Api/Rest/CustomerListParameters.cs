using System.ComponentModel;
using CustomerGraph.Customers.Customers;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>The query parameters of the customer list, as bound and as the API description shows them.</summary>
public sealed record CustomerListParameters
{
    [FromQuery(Name = "page"), Description("The 0-based page number. Default 0.")]
    public QueryValue<int>? Page { get; init; }

    [FromQuery(Name = "size"), PageSizeDescription("Customers")]
    public QueryValue<int>? Size { get; init; }

    [
        FromQuery(Name = "sort"),
        Description(
            "Sort keys, comma-separated, each name, createdAt or updatedAt; a leading - sorts descending "
                + "(e.g. -updatedAt,name). Default name. The id breaks ties."
        )
    ]
    public QuerySort<CustomerSortField>? Sort { get; init; }

    [
        FromQuery(Name = "search"),
        Description("Case-insensitive text found in the name, email or external reference.")
    ]
    public string? Search { get; init; }

    [FromQuery(Name = "type"), Description("Customer types, comma-separated.")]
    public QueryList<CustomerType>? Type { get; init; }

    [
        FromQuery(Name = "country"),
        Description("ISO 3166-1 alpha-2 codes of the address country, comma-separated.")
    ]
    public QueryList<string>? Country { get; init; }

    [
        FromQuery(Name = "updatedSince"),
        Description(
            "Only customers changed at or after this ISO 8601 time (UTC when it has no offset), for sync clients."
        )
    ]
    public QueryValue<DateTimeOffset>? UpdatedSince { get; init; }

    [FromQuery(Name = "ids"), Description("Only the customers with these ids, comma-separated.")]
    public QueryList<Guid>? Ids { get; init; }
}
