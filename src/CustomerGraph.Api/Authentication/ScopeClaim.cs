using System.Collections.Frozen;
using System.Security.Claims;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// The token's <c>scope</c> claim: the scopes granted, separated by spaces as OAuth 2.0 writes them (RFC 6749 §3.3,
/// RFC 9068). A token without the claim is granted no scope.
/// </summary>
public static class ScopeClaim
{
    /// <summary>The claim's name.</summary>
    public const string Name = "scope";

    /// <summary>
    /// Every scope of the principal's <c>scope</c> claims (an issuer that writes a JSON array yields one claim per
    /// item), compared exactly; empty without any.
    /// </summary>
    public static FrozenSet<string> ScopesOf(ClaimsPrincipal? principal) =>
        (principal?.FindAll(Name) ?? [])
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal);
}
