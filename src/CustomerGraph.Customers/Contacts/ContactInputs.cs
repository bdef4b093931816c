using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Contacts;

/// <summary>The fields of a new contact; only the name is required.</summary>
public sealed record CreateContactInput(string Name)
{
    public ContactType? Type { get; init; }

    public string? Role { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    /// <summary>Making a contact primary makes the customer's previous primary contact ordinary.</summary>
    public bool IsPrimary { get; init; }

    public string? Note { get; init; }
}

/// <summary>A PATCH of a contact: omitted fields stay, explicit nulls clear (a null type resets it to PERSON).</summary>
public sealed record ContactPatch
{
    public Optional<string?> Name { get; init; }

    public Optional<ContactType?> Type { get; init; }

    public Optional<string?> Role { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> PhoneNumber { get; init; }

    public Optional<bool?> IsPrimary { get; init; }

    public Optional<string?> Note { get; init; }
}
