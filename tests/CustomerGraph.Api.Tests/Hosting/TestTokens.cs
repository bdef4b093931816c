using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Bearer tokens as the test hosts' issuer signs them (every <see cref="ApiFactory"/> trusts these settings).</summary>
public static class TestTokens
{
    public const string Issuer = "https://issuer.customergraph.test";
    public const string Audience = "customergraph-tests";
    public const string AccountClaim = "account_id";

    /// <summary>Every account scope, space-separated as the <c>scope</c> claim carries them.</summary>
    public const string AllScopes = "account.view account.customer.manage account.custom-fields.manage";

    /// <summary>A fixed 256-bit key, so node scripts and hosts started at different times agree.</summary>
    public static string SigningKey { get; } =
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("CustomerGraph test signing key")));

    /// <summary>
    /// A token for <paramref name="accountId"/> granting every scope, valid for an hour; <paramref name="change"/> may
    /// alter any part (issuer, audience, times, claims, signing key) to make it wrong in one way.
    /// </summary>
    public static string For(Guid accountId, Action<SecurityTokenDescriptor>? change = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "test-user",
                [AccountClaim] = accountId.ToString("D"),
                ["scope"] = AllScopes,
            },
            SigningCredentials = SigningWith(SigningKey),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>HMAC-SHA256 credentials over a base64 key.</summary>
    public static SigningCredentials SigningWith(string base64Key) =>
        new(new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256);

    /// <summary>An <c>Authorization: Bearer</c> header acting for <paramref name="accountId"/>.</summary>
    public static AuthenticationHeaderValue Header(Guid accountId) => new("Bearer", For(accountId));

    /// <summary>
    /// A header acting for <paramref name="accountId"/> whose <c>scope</c> claim is <paramref name="scopes"/>
    /// (space-separated), or a token without the claim when it is null.
    /// </summary>
    public static AuthenticationHeaderValue HeaderWithScopes(Guid accountId, string? scopes) =>
        new(
            "Bearer",
            For(
                accountId,
                token =>
                {
                    if (scopes is null)
                        token.Claims.Remove("scope");
                    else
                        token.Claims["scope"] = scopes;
                }
            )
        );
}
