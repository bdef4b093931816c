using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Api.Rest;

/// <summary>A customer's contact as the REST API shows it; the type is spelled as in the graph.</summary>
public sealed record ContactResource(
    Guid Id,
    Guid CustomerId,
    string Name,
    ContactType Type,
    string? Role,
    string? Email,
    string? PhoneNumber,
    bool IsPrimary,
    string? Note,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
) : IRestExample<ContactResource>
{
    public static ContactResource Example { get; } =
        new(
            Guid.Parse("3f6a2c1b-8d4e-4b7a-a0c5-9e1d2f3b4a6c"),
            CustomerResource.Example.Id,
            "Mette Kristensen",
            ContactType.Person,
            "Fleet manager",
            "mette@nordiclift.example",
            "+4522334455",
            true,
            "Call before 15:00.",
            new DateTime(2026, 1, 12, 9, 41, 3, DateTimeKind.Utc),
            new DateTime(2026, 1, 20, 8, 2, 47, DateTimeKind.Utc),
            2
        );

    public static ContactResource From(CustomerContact contact) =>
        new(
            contact.Id,
            contact.CustomerId,
            contact.Name,
            contact.Type,
            contact.Role,
            contact.Email,
            contact.PhoneNumber,
            contact.IsPrimary,
            contact.Note,
            contact.CreatedAt,
            contact.UpdatedAt,
            contact.Version
        );
}
