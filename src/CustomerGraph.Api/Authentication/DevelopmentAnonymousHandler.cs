using System.Security.Claims;
using System.Text.Encodings.Web;
using CustomerGraph.Customers.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// Development only: authenticates a request that brings no credentials as the configured anonymous account, granted
/// every scope (it stands for the developer running the host, who may do anything).
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
            [
                new Claim(options.AccountClaim, options.DevelopmentAnonymousAccountId!.Value.ToString("D")),
                new Claim(ScopeClaim.Name, string.Join(' ', AccountScopes.All)),
            ],
            Scheme.Name
        );
        return Task.FromResult(
            AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name))
        );
    }
}
