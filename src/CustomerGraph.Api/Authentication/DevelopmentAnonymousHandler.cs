using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// Development only: authenticates a request that brings no credentials as the configured anonymous account.
/// Registered only when the environment is Development and the setting is present.
/// </summary>
internal sealed class DevelopmentAnonymousHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountAuthenticationOptions options
) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var identity = new ClaimsIdentity(
            [new Claim(options.AccountClaim, options.DevelopmentAnonymousAccountId!.Value.ToString("D"))],
            Scheme.Name
        );
        return Task.FromResult(
            AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name))
        );
    }
}
