using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>The issuer the customer subgraph trusts in these tests, and bearer tokens it signs.</summary>
public static class SubgraphTokens
{
    public const string Issuer = "https://issuer.supergraph.test";
    public const string Audience = "customergraph-supergraph-tests";

    /// <summary>A fixed 256-bit HMAC key (base64), so a token minted before the host started still verifies.</summary>
    public static string SigningKey { get; } =
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("CustomerGraph supergraph test key")));

    /// <summary>A token acting for <paramref name="accountId"/> with every account scope, valid for an hour.</summary>
    public static string For(Guid accountId)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = Audience,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddHours(1),
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = "supergraph-tests",
                    ["account_id"] = accountId.ToString("D"),
                    ["scope"] = "account.view account.customer.manage account.custom-fields.manage",
                },
                SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );
    }
}
