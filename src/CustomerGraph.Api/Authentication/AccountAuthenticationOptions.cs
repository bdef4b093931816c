namespace CustomerGraph.Api.Authentication;

/// <summary>
/// How requests prove their account (configuration section <c>Authentication</c>): OAuth 2.0 bearer JWTs from
/// <see cref="Issuer"/> for <see cref="Audience"/>, signed with <see cref="SigningKey"/> or one of
/// <see cref="Authority"/>'s published keys, naming the account in <see cref="AccountClaim"/>.
/// </summary>
public sealed class AccountAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>The smallest symmetric key accepted: 256 bits, the size of HMAC-SHA256's output.</summary>
    public const int MinimumSigningKeyBits = 256;

    /// <summary>The <c>iss</c> tokens must carry; with an <see cref="Authority"/> alone, the one its metadata names.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> tokens must carry: this API's identifier at the issuer.</summary>
    public string? Audience { get; set; }

    /// <summary>A symmetric HMAC-SHA256 key in base64, at least 256 bits; <c>dev-token</c> signs with it.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect issuer whose discovery document and JWKS supply the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether <see cref="Authority"/>'s metadata must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim that holds the account's id, a UUID.</summary>
    public string AccountClaim { get; set; } = "account_id";

    /// <summary>How far clocks may disagree when the token's lifetime is checked.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Development only: the account requests without an <c>Authorization</c> header act for, so a local run
    /// works in the explorer without a token. Configured in any other environment, the host refuses to start.
    /// </summary>
    public Guid? DevelopmentAnonymousAccountId { get; set; }

    /// <summary>The symmetric key's bytes, or null when none is configured or it is not base64.</summary>
    public byte[]? SigningKeyBytes()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
            return null;
        var bytes = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey.Trim(), bytes, out var length) ? bytes[..length] : null;
    }

    /// <summary>Every configuration mistake, each as a sentence naming its setting; empty when the settings work.</summary>
    public IReadOnlyList<string> Problems(string environmentName, bool isDevelopment)
    {
        var problems = new List<string>();
        var hasKey = !string.IsNullOrWhiteSpace(SigningKey);
        var hasAuthority = !string.IsNullOrWhiteSpace(Authority);
        if (!hasKey && !hasAuthority)
            problems.Add(
                $"Neither {Section}:SigningKey (a base64 key of at least {MinimumSigningKeyBits} bits) nor "
                    + $"{Section}:Authority (an OpenID Connect issuer's URL) is set: no token could ever be checked."
            );
        if (hasKey)
        {
            var key = SigningKeyBytes();
            if (key is null)
                problems.Add($"{Section}:SigningKey is not valid base64.");
            else if (key.Length * 8 < MinimumSigningKeyBits)
                problems.Add(
                    $"{Section}:SigningKey has {key.Length * 8} bits; at least {MinimumSigningKeyBits} are required "
                        + "(e.g. `openssl rand -base64 32`)."
                );
        }
        if (hasAuthority && !Uri.TryCreate(Authority, UriKind.Absolute, out _))
            problems.Add($"{Section}:Authority '{Authority}' is not an absolute URL.");
        if (!hasAuthority && string.IsNullOrWhiteSpace(Issuer))
            problems.Add($"{Section}:Issuer is required with a signing key: the iss every token must carry.");
        if (string.IsNullOrWhiteSpace(Audience))
            problems.Add($"{Section}:Audience is required: the aud every token must carry.");
        if (string.IsNullOrWhiteSpace(AccountClaim))
            problems.Add($"{Section}:AccountClaim is empty: name the claim that holds the account id.");
        if (ClockSkew < TimeSpan.Zero)
            problems.Add($"{Section}:ClockSkew must not be negative.");
        if (DevelopmentAnonymousAccountId is not null && !isDevelopment)
            problems.Add(
                $"{Section}:DevelopmentAnonymousAccountId is set in the {environmentName} environment: requests "
                    + "without a token may act for an account only in Development. Remove the setting."
            );
        return problems;
    }
}
