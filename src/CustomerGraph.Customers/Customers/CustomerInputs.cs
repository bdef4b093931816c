using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Customers.Customers;

/// <summary>The fields of a new customer; only the name is required.</summary>
public sealed record CreateCustomerInput(string Name)
{
    public CustomerType? Type { get; init; }

    public string? Description { get; init; }

    public string? ExternalReference { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Website { get; init; }

    public AddressInput? Address { get; init; }

    /// <summary>Custom field values to give the new customer, checked as <c>customFields[i]</c>.</summary>
    public IReadOnlyList<CustomFieldValueInput> CustomFields { get; init; } = [];
}

/// <summary>A whole address, as given when creating a customer.</summary>
public sealed record AddressInput(
    string? StreetAddress = null,
    string? PostalCode = null,
    string? City = null,
    string? Region = null,
    string? Country = null
);

/// <summary>A PATCH of a customer: omitted fields stay, explicit nulls clear (a null type resets it to OTHER).</summary>
public sealed record CustomerPatch
{
    public Optional<string?> Name { get; init; }

    public Optional<CustomerType?> Type { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string?> ExternalReference { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> PhoneNumber { get; init; }

    public Optional<string?> Website { get; init; }

    /// <summary>A PATCH of the address; an explicit null clears every part of it.</summary>
    public Optional<AddressPatch?> Address { get; init; }

    /// <summary>Custom field values to change, checked as <c>customFields[i]</c>; keys not listed stay, a null value clears.</summary>
    public IReadOnlyList<CustomFieldValueInput> CustomFields { get; init; } = [];
}

/// <summary>A PATCH of an address: omitted parts stay, explicit nulls clear.</summary>
public sealed record AddressPatch
{
    public Optional<string?> StreetAddress { get; init; }

    public Optional<string?> PostalCode { get; init; }

    public Optional<string?> City { get; init; }

    public Optional<string?> Region { get; init; }

    public Optional<string?> Country { get; init; }
}
