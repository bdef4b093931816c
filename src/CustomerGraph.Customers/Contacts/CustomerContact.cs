using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Customers.Contacts;

/// <summary>A way to reach a customer: a person, a department or a call centre.</summary>
public sealed class CustomerContact
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid CustomerId { get; set; }

    public Customer? Customer { get; set; }

    public required string Name { get; set; }

    public ContactType Type { get; set; } = ContactType.Person;

    /// <summary>The contact's role at the customer, e.g. "Fleet manager".</summary>
    public string? Role { get; set; }

    public string? Email { get; set; }

    /// <summary>E.164, e.g. +4512345678.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>At most one contact per customer is primary.</summary>
    public bool IsPrimary { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every change.</summary>
    public int Version { get; set; }
}

/// <summary>What kind of party a contact is; a contact need not be a person.</summary>
public enum ContactType
{
    Person,
    Department,
    CallCenter,
    Other,
}
