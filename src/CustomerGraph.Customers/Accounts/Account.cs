namespace CustomerGraph.Customers.Accounts;

/// <summary>A fleet owner: the tenant that owns customers, assets and custom field definitions.</summary>
public sealed class Account
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }
}
