using Microsoft.AspNetCore.Authorization;

namespace CustomerGraph.Api.Authentication;

/// <summary>An endpoint's need for one scope of the token's <see cref="ScopeClaim"/>; it handles itself.</summary>
public sealed class ScopeAuthorizationRequirement(string scope)
    : AuthorizationHandler<ScopeAuthorizationRequirement>,
        IAuthorizationRequirement
{
    /// <summary>The scope needed.</summary>
    public string Scope { get; } = scope;

    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        ScopeAuthorizationRequirement requirement
    )
    {
        // Not failing outright leaves the requirement among the failed ones, where the 403 answer reads the scope.
        if (ScopeClaim.ScopesOf(context.User).Contains(requirement.Scope))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
