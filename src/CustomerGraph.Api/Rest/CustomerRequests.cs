using System.Text.Json;
using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Api.Rest;

// The request types document the bodies for the API description only: the handlers read a body field by field with
// RestBody, so a merge patch tells absent from null and a wrongly typed field is a violation naming it.

/// <summary>A new customer: the name is required, every other field optional.</summary>
public sealed record CreateCustomerRequest : IRestExample<CreateCustomerRequest>
{
    /// <summary>Required; surrounding spaces are trimmed.</summary>
    public required string Name { get; init; }

    /// <summary>OTHER when absent or null.</summary>
    public CustomerType? Type { get; init; }

    public string? Description { get; init; }

    /// <summary>The customer's id in another system; unique within the account.</summary>
    public string? ExternalReference { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Website { get; init; }

    public AddressRequest? Address { get; init; }

    /// <summary>Values by custom field key, each of its field's type (true, 12.5, "text", "2026-01-31", ["A","B"]).</summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }

    public static CreateCustomerRequest Example { get; } =
        new()
        {
            Name = "Nordic Lift Rental ApS",
            Type = CustomerType.RentalCompany,
            ExternalReference = "ERP-1042",
            Email = "fleet@nordiclift.example",
            Address = new AddressRequest
            {
                StreetAddress = "Industrivej 12",
                PostalCode = "8200",
                City = "Aarhus",
                Country = "DK",
            },
            CustomFields = RestCustomFields.Example,
        };
}

/// <summary>
/// A JSON merge patch (RFC 7396) of a customer: an absent field stays as it is, null clears it, and the address is
/// patched part by part (null clears the whole address).
/// </summary>
public sealed record CustomerPatchRequest : IRestExample<CustomerPatchRequest>
{
    /// <summary>Cannot be cleared: null is a violation, as a customer always has a name.</summary>
    public string? Name { get; init; }

    /// <summary>Null sets OTHER.</summary>
    public CustomerType? Type { get; init; }

    public string? Description { get; init; }

    public string? ExternalReference { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Website { get; init; }

    /// <summary>Null clears every part; an object changes the parts it names.</summary>
    public AddressRequest? Address { get; init; }

    /// <summary>Null clears every value; an object changes the values it names, a null value clearing that one.</summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }

    public static CustomerPatchRequest Example { get; } =
        new()
        {
            Email = "rental@nordiclift.example",
            Address = new AddressRequest { City = "Odense" },
        };
}

/// <summary>A postal address in a request body; every part is optional, and in a merge patch an absent part stays.</summary>
public sealed record AddressRequest
{
    public string? StreetAddress { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 code, e.g. DK; lower case is accepted.</summary>
    public string? Country { get; init; }
}
