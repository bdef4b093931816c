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
    CustomerType Type,
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
) : IRestExample<CustomerResource>
{
    public static CustomerResource Example { get; } =
        new(
            Guid.Parse("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e"),
            "Nordic Lift Rental ApS",
            CustomerType.RentalCompany,
            "Aerial work platforms for the Aarhus region.",
            "ERP-1042",
            "fleet@nordiclift.example",
            "+4570201042",
            "https://nordiclift.example",
            AddressResource.Example,
            RestCustomFields.Example,
            new DateTime(2026, 1, 12, 9, 30, 0, DateTimeKind.Utc),
            new DateTime(2026, 2, 3, 14, 5, 12, DateTimeKind.Utc),
            3
        );

    /// <summary>The resource of <paramref name="customer"/> with its <paramref name="customFields"/> values.</summary>
    public static CustomerResource From(Customer customer, IReadOnlyList<CustomFieldValue> customFields) =>
        new(
            customer.Id,
            customer.Name,
            customer.Type,
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
) : IRestExample<AddressResource>
{
    public static AddressResource Example { get; } = new("Industrivej 12", "8200", "Aarhus", null, "DK");
}

/// <summary>A numbered page of a list: 0-based <c>number</c>, the page <c>size</c> asked for and the totals.</summary>
public sealed record PageResource<T>(
    int TotalPages,
    int TotalElements,
    int Number,
    int Size,
    int NumberOfElements,
    IReadOnlyList<T> Content
) : IRestExample<PageResource<T>>
    where T : IRestExample<T>
{
    public static PageResource<T> Example { get; } = new(10, 181, 9, 20, 1, [T.Example]);

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
