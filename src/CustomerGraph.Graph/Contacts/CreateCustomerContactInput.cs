using CustomerGraph.Customers.Contacts;

namespace CustomerGraph.Graph.Contacts;

/// <summary>The graph's <c>CreateCustomerContactInput</c>: the customer and the new contact.</summary>
public sealed record CreateCustomerContactInput(string CustomerId, string Name)
{
    public ContactType? Type { get; init; }
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? PhoneNumber { get; init; }
    public bool IsPrimary { get; init; }
    public string? Note { get; init; }

    public CreateContactInput ToCreate() =>
        new(Name)
        {
            Type = Type,
            Role = Role,
            Email = Email,
            PhoneNumber = PhoneNumber,
            IsPrimary = IsPrimary,
            Note = Note,
        };
}
