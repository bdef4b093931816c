using CustomerGraph.Api.Rest;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// Answers a request without a valid account: the bearer scheme's challenge (401 and <c>WWW-Authenticate: Bearer</c>,
/// with <c>error="invalid_token"</c> for a rejected token) and a body in the endpoint's error format saying why; 503 when
/// the token could not be checked at all. A valid token that lacks an endpoint's scope gets 403 <c>forbidden</c> with
/// <c>WWW-Authenticate: Bearer error="insufficient_scope"</c> naming the scope (RFC 6750 §3.1).
/// </summary>
internal sealed class AccountChallengeHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next,
        HttpContext context,
        AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult
    )
    {
        if (
            authorizeResult.Forbidden
            && authorizeResult
                .AuthorizationFailure?.FailedRequirements.OfType<ScopeAuthorizationRequirement>()
                .FirstOrDefault()
                is { } missing
        )
        {
            var error = ScopePolicies.Forbidden(missing.Scope);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.Headers.WWWAuthenticate =
                $"Bearer error=\"insufficient_scope\", error_description=\"{error.Message.Replace("\"", "'")}\", scope=\"{missing.Scope}\"";
            await error.ToResult().ExecuteAsync(context);
            return;
        }
        if (!authorizeResult.Challenged)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var response = context.GetEndpoint()?.Metadata.GetMetadata<IAccountChallengeResponse>();
        if (response is not null && response.IsPublic(context))
        {
            await next(context);
            return;
        }
        // The scheme's result is cached for the request: this reads why the token failed, it does not check it again.
        var failure = (await context.AuthenticateAsync()).Failure;
        var kind = AccountFailure.Unauthenticated;
        if (failure is AccountAuthentication.AuthorityUnavailableException)
        {
            // Not the client's fault: asking for another token would not help.
            kind = AccountFailure.AuthenticationUnavailable;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
        }
        else
            await context.ChallengeAsync();
        var message = MessageOf(failure);
        if (response is not null)
            await response.WriteAsync(context, kind, message);
        else if (kind == AccountFailure.Unauthenticated)
            await new RestError(StatusCodes.Status401Unauthorized, "unauthenticated", message)
                .ToResult()
                .ExecuteAsync(context);
        else
            await new RestError(
                StatusCodes.Status503ServiceUnavailable,
                "authentication_unavailable",
                message
            )
                .ToResult()
                .ExecuteAsync(context);
    }

    /// <summary>Why the request has no account, in words a client developer can act on.</summary>
    internal static string MessageOf(Exception? failure)
    {
        if (failure is null)
            return "Authentication required: send an OAuth 2.0 bearer token as `Authorization: Bearer <token>`.";
        if (failure is AggregateException { InnerExceptions.Count: > 0 } several)
            failure = several.InnerExceptions[0];
        if (failure is AccountAuthentication.AuthorityUnavailableException)
            return "The bearer token cannot be checked now: the authority's signing keys are out of reach. Try again shortly.";
        var reason = failure switch
        {
            AccountAuthentication.AccountClaimException => failure.Message,
            SecurityTokenExpiredException => "it has expired.",
            SecurityTokenNotYetValidException => "it is not valid yet.",
            SecurityTokenNoExpirationException => "it has no expiry (exp).",
            SecurityTokenInvalidIssuerException => "its issuer (iss) is not accepted here.",
            SecurityTokenInvalidAudienceException => "its audience (aud) is not this API.",
            SecurityTokenInvalidSignatureException => "its signature does not verify.",
            SecurityTokenMalformedException => "it is not a well-formed JWT.",
            _ when AccountAuthentication.IsUndecodableToken(failure) => "it is not a well-formed JWT.",
            _ => "it is not valid.",
        };
        return "The bearer token was rejected: " + reason;
    }
}
