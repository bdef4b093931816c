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
        if (ScopeClaim.ScopesOf(context.User).Contains(requirement.Scope))
            context.Succeed(requirement);
        else
            context.Fail(
                new AuthorizationFailureReason(this, $"The token lacks the scope {requirement.Scope}.")
            );
        return Task.CompletedTask;
    }
}
