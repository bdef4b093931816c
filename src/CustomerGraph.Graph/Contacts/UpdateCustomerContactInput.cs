using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Graph.Contacts;

/// <summary>The graph's <c>UpdateCustomerContactInput</c>: which contact, the version expected, and the PATCH.</summary>
public sealed record UpdateCustomerContactInput(string ContactId)
{
    public int? ExpectedVersion { get; init; }
    public Optional<string?> Name { get; init; }
    public Optional<ContactType?> Type { get; init; }
    public Optional<string?> Role { get; init; }
    public Optional<string?> Email { get; init; }
    public Optional<string?> PhoneNumber { get; init; }
    public Optional<bool?> IsPrimary { get; init; }
    public Optional<string?> Note { get; init; }

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
