namespace CustomerGraph.Customers.Accounts;

/// <summary>The account the current request acts for; every query and change is scoped to it.</summary>
public interface ICurrentAccount
{
    /// <summary>The id of the account the request acts for.</summary>
    Guid AccountId { get; }

    /// <summary>
    /// The scopes the caller was granted (a token's <c>scope</c> claim); the services refuse writes without the
    /// scope <see cref="AccountScopes.RequiredFor"/> names. Callers without a token are trusted with every scope.
    /// </summary>
    IReadOnlySet<string> Scopes => AccountScopes.All;
}

/// <summary>The configured default account, for hosts without authentication (tests, tools); the HTTP host replaces it.</summary>
public sealed class DefaultCurrentAccount(CustomerDatabaseOptions options) : ICurrentAccount
{
    public Guid AccountId { get; } = options.DefaultAccountId;
}
