using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Api.Rest;

// Like the customer requests, these document the bodies the contact handlers read field by field with RestBody.

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
}

/// <summary>A JSON merge patch (RFC 7396) of a contact: an absent field stays as it is, null clears it.</summary>
public sealed record ContactPatchRequest : IRestExample<ContactPatchRequest>
{
    /// <summary>Cannot be cleared: null is a violation, as a contact always has a name.</summary>
    public string? Name { get; init; }

    /// <summary>Null sets PERSON.</summary>
    public ContactType? Type { get; init; }

    public string? Role { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    /// <summary>True makes the customer's previous primary contact ordinary; null sets false.</summary>
    public bool? IsPrimary { get; init; }

    public string? Note { get; init; }

    public static ContactPatchRequest Example { get; } =
        new() { Role = "Rental coordinator", Note = "Call before 15:00." };
}
