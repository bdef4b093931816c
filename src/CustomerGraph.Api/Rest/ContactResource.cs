using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Api.Rest;

/// <summary>A customer's contact as the REST API shows it; the type is spelled as in the graph.</summary>
public sealed record ContactResource(
    Guid Id,
    Guid CustomerId,
    string Name,
    string Type,
    string? Role,
    string? Email,
    string? PhoneNumber,
    bool IsPrimary,
    string? Note,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
)
{
    public static ContactResource From(CustomerContact contact) =>
        new(
            contact.Id,
            contact.CustomerId,
            contact.Name,
            RestEnums.Name(contact.Type),
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
