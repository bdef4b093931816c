namespace CustomerGraph.Customers.Contacts;

/// <summary>The order of a customer's contact list; the id breaks ties so the order is total.</summary>
public sealed record ContactSort(ContactSortField Field = ContactSortField.Name, bool Descending = false)
{
    /// <summary>By name, A to Z, as the graph lists contacts.</summary>
    public static ContactSort Default { get; } = new();
}

/// <summary>The keys a customer's contact list can be sorted by.</summary>
public enum ContactSortField
{
    Name,
    CreatedAt,
    UpdatedAt,
}
