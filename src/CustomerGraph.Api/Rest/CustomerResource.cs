using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Api.Rest;

/// <summary>A customer as the REST API shows it; enum values are spelled as in the graph.</summary>
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
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
)
{
    public static CustomerResource From(Customer customer) =>
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
);
