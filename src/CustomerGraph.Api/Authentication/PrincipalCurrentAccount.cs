using CustomerGraph.Customers.Accounts;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// The account of the request's authenticated principal and the scopes its token grants (<see cref="ScopeClaim"/>);
/// the domain and the graph see only <see cref="ICurrentAccount"/>.
/// </summary>
public sealed class PrincipalCurrentAccount(
    IHttpContextAccessor accessor,
    AccountAuthenticationOptions options
) : ICurrentAccount
{
    /// <summary>The account id; reaching the domain without one is a wiring fault, never a default account.</summary>
    public Guid AccountId =>
        TryGet(out var accountId)
            ? accountId
            : throw new InvalidOperationException(
                "The request has no authenticated account: the endpoint must not allow anonymous requests."
            );

    /// <summary>The scopes of the token's <c>scope</c> claim; none without the claim or without a principal.</summary>
    public IReadOnlySet<string> Scopes => field ??= ScopeClaim.ScopesOf(accessor.HttpContext?.User);

    /// <summary>The account id when the request has an authenticated account.</summary>
    public bool TryGet(out Guid accountId) =>
        AccountAuthentication.TryGetAccountId(
            accessor.HttpContext?.User,
            options.AccountClaim,
            out accountId
        );
}
