using System.Text.Json;
using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// A whole customer as the account's own system (e.g. an ERP) knows it, put at its external reference: created when
/// no customer has the reference, otherwise replaced; an absent field becomes empty.
/// </summary>
public sealed record UpsertCustomerRequest : IRestExample<UpsertCustomerRequest>
{
    /// <summary>Required; surrounding spaces are trimmed.</summary>
    public required string Name { get; init; }

    /// <summary>OTHER when absent or null.</summary>
    public CustomerType? Type { get; init; }

    public string? Description { get; init; }

    /// <summary>May be left out; when given it must equal the external reference of the path.</summary>
    public string? ExternalReference { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Website { get; init; }

    public AddressRequest? Address { get; init; }

    /// <summary>
    /// The customer's whole contact list (at most 100, at most one primary), replacing the stored contacts as a set;
    /// a stored contact equal to a given one is kept as it is. Absent or null leaves the contacts alone.
    /// </summary>
    public IReadOnlyList<CreateContactRequest>? Contacts { get; init; }

    /// <summary>Values by custom field key to set, each of its field's type; keys not given stay, a null value clears.</summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }

    public static UpsertCustomerRequest Example { get; } =
        new()
        {
            Name = "Nordic Lift Rental ApS",
            Type = CustomerType.RentalCompany,
            Email = "fleet@nordiclift.example",
            Address = new AddressRequest
            {
                StreetAddress = "Industrivej 12",
                PostalCode = "8200",
                City = "Aarhus",
                Country = "DK",
            },
            Contacts = [CreateContactRequest.Example],
        };

    /// <summary>The domain's row for <paramref name="externalReference"/>, applying only to <paramref name="expectedVersion"/> when set.</summary>
    public UpsertCustomerInput ToInput(string externalReference, int? expectedVersion) =>
        new(externalReference, Name ?? "")
        {
            Type = Type,
            Description = Description,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Website = Website,
            Address = Address?.ToInput(),
            Contacts = Contacts?.Select(contact => contact.ToInput()).ToList(),
            CustomFields = RestCustomFields.Inputs(CustomFields) ?? [],
            ExpectedVersion = expectedVersion,
        };
}
