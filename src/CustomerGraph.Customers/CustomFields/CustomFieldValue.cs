using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>The value of one custom field on one customer, stored as JSON text.</summary>
public sealed class CustomFieldValue
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid DefinitionId { get; set; }

    public CustomFieldDefinition? Definition { get; set; }

    public Guid CustomerId { get; set; }

    public Customer? Customer { get; set; }

    /// <summary>The current value as JSON (true, 12.5, "text", ["a","b"]); null when cleared.</summary>
    public string? Value { get; set; }

    /// <summary>The value a definition change made invalid, kept so it can be shown or restored.</summary>
    public string? LastIncompatibleValue { get; set; }

    public DateTime UpdatedAt { get; set; }
}
