using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// A customer as the REST API shows it; enum values are spelled as in the graph, and <c>customFields</c> holds the
/// customer's custom field values by key as JSON (true, 12.5, "text", "2026-01-31", ["A","B"]).
/// </summary>
public sealed record CustomerResource(
    Guid Id,
    string Name,
    string Type,
    string? Description,
    string? ExternalReference,
    string? Email,
    string? PhoneNumber,
    string? Website,
    AddressResource Address,
    IReadOnlyDictionary<string, JsonElement> CustomFields,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
)
{
    /// <summary>The resource of <paramref name="customer"/> with its <paramref name="customFields"/> values.</summary>
    public static CustomerResource From(Customer customer, IReadOnlyList<CustomFieldValue> customFields) =>
        new(
            customer.Id,
            customer.Name,
            RestEnums.Name(customer.Type),
            customer.Description,
            customer.ExternalReference,
            customer.Email,
            customer.PhoneNumber,
            customer.Website,
            new AddressResource(
                customer.Address.StreetAddress,
                customer.Address.PostalCode,
                customer.Address.City,
                customer.Address.Region,
                customer.Address.Country
            ),
            RestCustomFields.ToJson(customFields),
            customer.CreatedAt,
            customer.UpdatedAt,
            customer.Version
        );
}

/// <summary>A postal address; every part is optional.</summary>
public sealed record AddressResource(
    string? StreetAddress,
    string? PostalCode,
    string? City,
    string? Region,
    string? Country
);

/// <summary>A numbered page of a list: 0-based <c>number</c>, the page <c>size</c> asked for and the totals.</summary>
public sealed record PageResource<T>(
    int TotalPages,
    int TotalElements,
    int Number,
    int Size,
    int NumberOfElements,
    IReadOnlyList<T> Content
)
{
    /// <summary>The resource of a domain page, each item shown by <paramref name="resource"/>.</summary>
    public static PageResource<T> From<TItem>(NumberedPage<TItem> page, Func<TItem, T> resource) =>
        new(
            page.TotalPages,
            page.TotalElements,
            page.Number,
            page.Size,
            page.Content.Count,
            [.. page.Content.Select(resource)]
        );
}
