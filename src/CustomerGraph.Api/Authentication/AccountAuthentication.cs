using System.Security.Claims;
using CustomerGraph.Customers.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Api.Authentication;

/// <summary>
/// Every request acts for one account, taken from an OAuth 2.0 bearer JWT (or, in Development only, from the
/// configured anonymous account). Endpoints need an account unless they are marked <c>AllowAnonymous</c>.
/// </summary>
public static class AccountAuthentication
{
    /// <summary>The bearer scheme, or the selector in front of it that lets Development serve anonymous requests.</summary>
    public const string Scheme = "Account";

    internal const string DevelopmentAnonymousScheme = "DevelopmentAnonymous";

    /// <summary>
    /// Binds section <c>Authentication</c>, refuses to start on a setting that cannot work (all problems at once),
    /// and registers JWT bearer authentication, the account policy for every endpoint, one policy per scope
    /// (<see cref="ScopePolicies"/>), the 401 and 403 answers and the request's <see cref="ICurrentAccount"/>.
    /// </summary>
    public static IServiceCollection AddAccountAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        var options =
            configuration.GetSection(AccountAuthenticationOptions.Section).Get<AccountAuthenticationOptions>()
            ?? new AccountAuthenticationOptions();
        var problems = options.Problems(environment.EnvironmentName, environment.IsDevelopment());
        if (problems.Count > 0)
            throw new InvalidOperationException(
                "The authentication settings cannot work:" + string.Concat(problems.Select(p => "\n- " + p))
            );
        services.AddSingleton(options);

        var anonymous = options.DevelopmentAnonymousAccountId is not null;
        var authentication = services.AddAuthentication(
            anonymous ? Scheme : JwtBearerDefaults.AuthenticationScheme
        );
        authentication.AddJwtBearer(bearer => ConfigureBearer(bearer, options));
        if (anonymous)
        {
            // A request that presents credentials is always judged by them; only one without any is anonymous.
            authentication.AddPolicyScheme(
                Scheme,
                "Bearer token, or the development account",
                policy =>
                {
                    policy.ForwardDefaultSelector = context =>
                        context.Request.Headers.Authorization.Count > 0
                            ? JwtBearerDefaults.AuthenticationScheme
                            : DevelopmentAnonymousScheme;
                    policy.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
                }
            );
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentAnonymousHandler>(
                DevelopmentAnonymousScheme,
                null
            );
            services.AddHostedService<AnonymousAccessWarning>();
        }

        services
            .AddAuthorizationBuilder()
            .SetFallbackPolicy(
                new AuthorizationPolicyBuilder()
                    .RequireAuthenticatedUser()
                    .RequireClaim(options.AccountClaim)
                    .Build()
            )
            .AddScopePolicies(options.AccountClaim);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccountChallengeHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<PrincipalCurrentAccount>();
        services.Replace(
            ServiceDescriptor.Scoped<ICurrentAccount>(provider =>
                provider.GetRequiredService<PrincipalCurrentAccount>()
            )
        );
        return services;
    }

    /// <summary>The account a principal acts for: its account claim, when that is a UUID.</summary>
    public static bool TryGetAccountId(ClaimsPrincipal? principal, string accountClaim, out Guid accountId)
    {
        accountId = Guid.Empty;
        return principal?.FindFirst(accountClaim)?.Value is { } value
            && Guid.TryParse(value, out accountId)
            && accountId != Guid.Empty;
    }

    /// <summary>The key <c>dev-token</c> signs with and the bearer handler checks.</summary>
    internal static SymmetricSecurityKey? SymmetricKeyOf(AccountAuthenticationOptions options) =>
        options.SigningKeyBytes() is { } bytes ? new SymmetricSecurityKey(bytes) : null;

    private static void ConfigureBearer(JwtBearerOptions bearer, AccountAuthenticationOptions options)
    {
        // Claims keep the names the token gives them (account_id, sub), not WS-Federation URIs.
        bearer.MapInboundClaims = false;
        bearer.IncludeErrorDetails = true;
        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            bearer.Authority = options.Authority;
            bearer.RequireHttpsMetadata = options.RequireHttpsMetadata;
        }
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = string.IsNullOrWhiteSpace(options.Issuer) ? null : options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = SymmetricKeyOf(options),
            ClockSkew = options.ClockSkew,
        };
        bearer.Events = new JwtBearerEvents
        {
            // Anything but a verdict on the token is not the client's fault. An authority whose keys cannot be
            // fetched shows up as "signing key not found", so that case asks whether the keys were obtainable.
            OnAuthenticationFailed = async context =>
            {
                if (
                    !IsVerdictOnToken(context.Exception)
                    || (
                        context.Exception is SecurityTokenSignatureKeyNotFoundException
                        && !await AuthorityAnswersAsync(context)
                    )
                )
                    context.Fail(new AuthorityUnavailableException(context.Exception));
            },
            OnTokenValidated = context =>
            {
                if (!TryGetAccountId(context.Principal, options.AccountClaim, out _))
                    context.Fail(
                        new AccountClaimException(
                            context.Principal?.FindFirst(options.AccountClaim) is null
                                ? $"it has no {options.AccountClaim} claim naming the account."
                                : $"its {options.AccountClaim} claim is not an account id (a UUID)."
                        )
                    );
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Whether a failure says what is wrong with the token (malformed, expired, …) rather than with us.</summary>
    private static bool IsVerdictOnToken(Exception exception) =>
        exception switch
        {
            SecurityTokenException or SecurityTokenArgumentException => true,
            _ when IsUndecodableToken(exception) => true,
            AggregateException several => several.InnerExceptions.All(IsVerdictOnToken),
            _ => false,
        };

    /// <summary>
    /// The token handler's answer to dotted parts that are not base64url JSON of the expected shape (<c>not.a.jwt</c>,
    /// a payload that is an array, an <c>exp</c> that is text or out of range): not a
    /// <see cref="SecurityTokenMalformedException"/> but an <see cref="ArgumentException"/> thrown while the
    /// <see cref="JsonWebToken"/> is read. It is the client's token that is wrong, not the server.
    /// </summary>
    internal static bool IsUndecodableToken(Exception exception) =>
        exception is ArgumentException { TargetSite.DeclaringType: { } thrower }
        && thrower == typeof(JsonWebToken);

    /// <summary>Whether the authority's metadata and keys are at hand (cached, or fetched now); true without an authority.</summary>
    private static async Task<bool> AuthorityAnswersAsync(AuthenticationFailedContext context)
    {
        if (context.Options.ConfigurationManager is not { } authority)
            return true;
        try
        {
            await authority.GetConfigurationAsync(context.HttpContext.RequestAborted);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A signed, current token that names no account.</summary>
    internal sealed class AccountClaimException(string reason) : SecurityTokenValidationException(reason);

    /// <summary>The token could not be checked: the authority's metadata or keys could not be fetched.</summary>
    internal sealed class AuthorityUnavailableException(Exception cause)
        : Exception("The authority's signing keys could not be fetched.", cause);

    /// <summary>Says loudly at start-up that requests without a token act for an account.</summary>
    private sealed class AnonymousAccessWarning(
        AccountAuthenticationOptions options,
        ILogger<AnonymousAccessWarning> logger
    ) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "DEVELOPMENT ONLY: requests without an Authorization header act for account {AccountId} "
                    + "({Setting}). Any other environment refuses to start with this setting.",
                options.DevelopmentAnonymousAccountId,
                $"{AccountAuthenticationOptions.Section}:DevelopmentAnonymousAccountId"
            );
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
