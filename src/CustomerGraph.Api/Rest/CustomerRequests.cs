using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Api.Rest;

// The request records are what a handler reads its body into (RestRequest) and what the API description shows. A merge
// patch's fields are Optional, so absent (unchanged) differs from null (cleared).

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

    /// <summary>The domain's input; an absent or null type is the domain's default.</summary>
    public CreateCustomerInput ToInput() =>
        new(Name ?? "")
        {
            Type = Type,
            Description = Description,
            ExternalReference = ExternalReference,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Website = Website,
            Address = Address?.ToInput(),
            CustomFields = RestCustomFields.Inputs(CustomFields) ?? [],
        };
}

/// <summary>
/// A JSON merge patch (RFC 7396) of a customer: an absent field stays as it is, null clears it, and the address is
/// patched part by part (null clears the whole address).
/// </summary>
public sealed record CustomerPatchRequest : IRestExample<CustomerPatchRequest>
{
    /// <summary>Cannot be cleared: null is a violation, as a customer always has a name.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Null sets OTHER.</summary>
    public Optional<CustomerType?> Type { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<string?> ExternalReference { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> PhoneNumber { get; init; }

    public Optional<string?> Website { get; init; }

    /// <summary>Null clears every part; an object changes the parts it names.</summary>
    public Optional<AddressRequest?> Address { get; init; }

    /// <summary>Null clears every value; an object changes the values it names, a null value clearing that one.</summary>
    public Optional<IReadOnlyDictionary<string, JsonElement>?> CustomFields { get; init; }

    public static CustomerPatchRequest Example { get; } =
        new()
        {
            Email = "rental@nordiclift.example",
            Address = new AddressRequest { City = "Odense" },
        };

    /// <summary>The domain's patch; the custom fields are applied by the handler, which may have to clear them all.</summary>
    public CustomerPatch ToPatch() =>
        new()
        {
            Name = Name,
            Type = Type,
            Description = Description,
            ExternalReference = ExternalReference,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Website = Website,
            Address = Address.HasValue
                ? Optional<AddressPatch?>.Of(Address.Value?.ToPatch())
                : Optional<AddressPatch?>.Omitted,
        };
}

/// <summary>A postal address in a request body; every part is optional, and in a merge patch an absent part stays.</summary>
public sealed record AddressRequest
{
    public Optional<string?> StreetAddress { get; init; }

    public Optional<string?> PostalCode { get; init; }

    public Optional<string?> City { get; init; }

    public Optional<string?> Region { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 code, e.g. DK; lower case is accepted.</summary>
    public Optional<string?> Country { get; init; }

    /// <summary>The address of a new customer: an absent part is empty.</summary>
    public AddressInput ToInput() =>
        new(
            StreetAddress.GetValueOrDefault(null),
            PostalCode.GetValueOrDefault(null),
            City.GetValueOrDefault(null),
            Region.GetValueOrDefault(null),
            Country.GetValueOrDefault(null)
        );

    /// <summary>The address as a merge patch: an absent part stays.</summary>
    public AddressPatch ToPatch() =>
        new()
        {
            StreetAddress = StreetAddress,
            PostalCode = PostalCode,
            City = City,
            Region = Region,
            Country = Country,
        };
}
