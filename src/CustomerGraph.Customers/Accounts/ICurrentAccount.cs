namespace CustomerGraph.Customers.Accounts;

/// <summary>The account the current request acts for; every query and change is scoped to it.</summary>
public interface ICurrentAccount
{
    /// <summary>The id of the account the request acts for.</summary>
    Guid AccountId { get; }
}

/// <summary>The configured default account, for hosts without authentication (tests, tools); the HTTP host replaces it.</summary>
public sealed class DefaultCurrentAccount(CustomerDatabaseOptions options) : ICurrentAccount
{
    public Guid AccountId { get; } = options.DefaultAccountId;
}
