using CustomerGraph.Api.Rest;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// One authorization policy per scope of <see cref="AccountScopes"/>, named after the scope: an authenticated account
/// whose token grants the scope. An endpoint takes one with <see cref="RequireScope{TBuilder}"/>, which also
/// documents its 403 <c>forbidden</c>; a request without the scope is refused before the endpoint runs.
/// </summary>
public static class ScopePolicies
{
    /// <summary>The code of the 403 error object.</summary>
    public const string ForbiddenCode = "forbidden";

    /// <summary>Adds the policy of every scope.</summary>
    public static AuthorizationBuilder AddScopePolicies(
        this AuthorizationBuilder builder,
        string accountClaim
    )
    {
        foreach (var scope in AccountScopes.All)
            builder.AddPolicy(
                scope,
                policy =>
                    policy
                        .RequireAuthenticatedUser()
                        .RequireClaim(accountClaim)
                        .AddRequirements(new ScopeAuthorizationRequirement(scope))
            );
        return builder;
    }

    /// <summary>
    /// The endpoint (or every endpoint of a group) needs <paramref name="scope"/>, one of <see cref="AccountScopes"/>;
    /// its OpenAPI operation documents 403 <c>forbidden</c>.
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        if (!AccountScopes.All.Contains(scope))
            throw new ArgumentException($"'{scope}' is not one of the account scopes.", nameof(scope));
        return builder
            .RequireAuthorization(scope)
            .WithMetadata(
                new ProducesResponseTypeMetadata(
                    StatusCodes.Status403Forbidden,
                    typeof(RestError),
                    ["application/json"]
                ),
                new RestErrorExample(Forbidden(scope))
            );
    }

    /// <summary>The error object of a request whose token lacks <paramref name="scope"/>.</summary>
    public static RestError Forbidden(string scope) =>
        new(
            StatusCodes.Status403Forbidden,
            ForbiddenCode,
            new ForbiddenError(scope, AccountScopes.Descriptions[scope]).Message
        );
}
