using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Customers.Customers;

/// <summary>
/// A customer as the account's own system (e.g. an ERP) knows it, matched by <paramref name="ExternalReference"/>:
/// created when no customer has that reference, otherwise replaced (omitted fields become empty).
/// </summary>
public sealed record UpsertCustomerInput(string ExternalReference, string Name)
{
    public CustomerType? Type { get; init; }

    public string? Description { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Website { get; init; }

    public AddressInput? Address { get; init; }

    /// <summary>
    /// The customer's whole contact list, replacing the stored one as a set (contacts equal to a stored one are
    /// kept as they are, at most one may be primary); null leaves the stored contacts alone.
    /// </summary>
    public IReadOnlyList<CreateContactInput>? Contacts { get; init; }

    /// <summary>Custom field values to set, checked as <c>customFields[i]</c>; keys not listed stay, a null value clears.</summary>
    public IReadOnlyList<CustomFieldValueInput> CustomFields { get; init; } = [];

    /// <summary>When set, the row applies only to an existing customer of this version (If-Match).</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>The same fields as a creation input, for the rules shared with create and update.</summary>
    internal CreateCustomerInput ToCreateInput() =>
        new(Name)
        {
            Type = Type,
            Description = Description,
            ExternalReference = ExternalReference,
            Email = Email,
            PhoneNumber = PhoneNumber,
            Website = Website,
            Address = Address,
        };
}
