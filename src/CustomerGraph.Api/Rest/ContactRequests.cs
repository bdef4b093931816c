using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Api.Rest;

// Like the customer requests, these are what the contact handlers read their bodies into and what the API shows.

/// <summary>A new contact of a customer: the name is required, every other field optional.</summary>
public sealed record CreateContactRequest : IRestExample<CreateContactRequest>
{
    /// <summary>Required; surrounding spaces are trimmed.</summary>
    public required string Name { get; init; }

    /// <summary>PERSON when absent or null.</summary>
    public ContactType? Type { get; init; }

    /// <summary>The contact's role at the customer, e.g. Fleet manager.</summary>
    public string? Role { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    /// <summary>True makes the customer's previous primary contact ordinary. False when absent.</summary>
    public bool? IsPrimary { get; init; }

    public string? Note { get; init; }

    public static CreateContactRequest Example { get; } =
        new()
        {
            Name = "Mette Kristensen",
            Role = "Fleet manager",
            Email = "mette@nordiclift.example",
            PhoneNumber = "+4522334455",
            IsPrimary = true,
        };

    /// <summary>The domain's input; an absent or null type is the domain's default, an absent isPrimary false.</summary>
    public CreateContactInput ToInput() =>
        new(Name ?? "")
        {
            Type = Type,
            Role = Role,
            Email = Email,
            PhoneNumber = PhoneNumber,
            IsPrimary = IsPrimary ?? false,
            Note = Note,
        };
}

/// <summary>A JSON merge patch (RFC 7396) of a contact: an absent field stays as it is, null clears it.</summary>
public sealed record ContactPatchRequest : IRestExample<ContactPatchRequest>
{
    /// <summary>Cannot be cleared: null is a violation, as a contact always has a name.</summary>
    public Optional<string?> Name { get; init; }

    /// <summary>Null sets PERSON.</summary>
    public Optional<ContactType?> Type { get; init; }

    public Optional<string?> Role { get; init; }

    public Optional<string?> Email { get; init; }

    public Optional<string?> PhoneNumber { get; init; }

    /// <summary>True makes the customer's previous primary contact ordinary; null sets false.</summary>
    public Optional<bool?> IsPrimary { get; init; }

    public Optional<string?> Note { get; init; }

    public static ContactPatchRequest Example { get; } =
        new() { Role = "Rental coordinator", Note = "Call before 15:00." };

    /// <summary>The domain's patch.</summary>
    public ContactPatch ToPatch() =>
        new()
        {
            Name = Name,
            Type = Type,
            Role = Role,
            Email = Email,
            PhoneNumber = PhoneNumber,
            IsPrimary = IsPrimary,
            Note = Note,
        };
}
