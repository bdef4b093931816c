using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using CustomerGraph.Customers.Seeding;
using Microsoft.IdentityModel.Tokens;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="Authentication"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] AuthenticationRows()
    {
        var now = DateTimeOffset.UtcNow;
        var account = DemoSeed.DemoAccountId.ToString("D");
        // The claims of a valid token as text, with the raw JSON of its expiry.
        string Claims(string exp) =>
            $"{{\"iss\":\"{TestTokens.Issuer}\",\"aud\":\"{TestTokens.Audience}\",\"sub\":\"test-user\",\"{TestTokens.AccountClaim}\":\"{account}\",\"exp\":{exp}}}";
        var validClaims = Claims(now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        const string hs256 = """{"alg":"HS256","typ":"JWT"}""";
        var credentials = new (string Name, string? Header)[]
        {
            ("no Authorization header", ""),
            ("Basic credentials", "Basic " + Convert.ToBase64String("admin:admin"u8)),
            ("Bearer without a token", "Bearer"),
            ("Bearer with garbage", "Bearer not.a.jwt"),
            (
                "an expired token",
                Bearer(t =>
                    (t.IssuedAt, t.NotBefore, t.Expires) = (
                        now.UtcDateTime.AddHours(-2),
                        now.UtcDateTime.AddHours(-2),
                        now.UtcDateTime.AddMinutes(-5)
                    )
                )
            ),
            // A day ahead, so a slow run cannot reach the not-before before the case is sent; the expiry follows it,
            // so only the not-before is wrong.
            (
                "a token not valid yet",
                Bearer(t =>
                    (t.NotBefore, t.Expires) = (
                        now.UtcDateTime.AddDays(1),
                        now.UtcDateTime.AddDays(1).AddHours(1)
                    )
                )
            ),
            ("a token without expiry", Bearer(t => t.Expires = null)),
            ("another issuer", Bearer(t => t.Issuer = "https://issuer.elsewhere.test")),
            ("another audience", Bearer(t => t.Audience = "another-api")),
            (
                "a signature by another key",
                Bearer(t =>
                    t.SigningCredentials = TestTokens.SigningWith(
                        Convert.ToBase64String(SHA256.HashData("another key"u8))
                    )
                )
            ),
            ("alg: none", Bearer(t => t.SigningCredentials = null)),
            (
                "alg: none with the signature of the real key",
                "Bearer " + RawToken("""{"alg":"none","typ":"JWT"}""", validClaims)
            ),
            (
                "the signature cut off",
                "Bearer " + string.Join('.', TestTokens.For(DemoSeed.DemoAccountId).Split('.')[..2]) + "."
            ),
            ("a changed payload under the original signature", "Bearer " + Tampered()),
            ("no account claim", Bearer(t => t.Claims.Remove(TestTokens.AccountClaim))),
            (
                "an account claim that is no UUID",
                Bearer(t => t.Claims[TestTokens.AccountClaim] = "' OR 1=1 --")
            ),
            (
                "the empty UUID as account",
                Bearer(t => t.Claims[TestTokens.AccountClaim] = Guid.Empty.ToString("D"))
            ),
            ("an expiry that is text", "Bearer " + RawToken(hs256, Claims("\"tomorrow\""))),
            ("an expiry beyond any calendar", "Bearer " + RawToken(hs256, Claims("1e400"))),
            ("a payload that is no JSON object", "Bearer " + RawToken(hs256, "[1,2,3]")),
            ("a header that is no JSON", "Bearer " + RawToken("{alg:HS256", validClaims)),
            (
                "a kid that is a path",
                "Bearer "
                    + RawToken(
                        """{"alg":"HS256","typ":"JWT","kid":"../../../../etc/passwd"}""",
                        validClaims,
                        key: SHA256.HashData("another key"u8)
                    )
            ),
            (
                "five parts like an encrypted token",
                "Bearer "
                    + string.Join(
                        '.',
                        Enumerable.Repeat(Base64Url.EncodeToString("""{"alg":"dir","enc":"A256GCM"}"""u8), 5)
                    )
            ),
            ("a token of 24 KB", "Bearer " + new string('A', 24 * 1024)),
            ("the valid token twice", Bearer() + ", " + Bearer()),
        };
        // Kestrel refuses headers over its 32 KB limit before any authentication runs.
        var hugeHeader = "Bearer " + new string('A', 100 * 1024);
        // Every REST endpoint, each refusing one kind of bad credentials.
        var restEndpoints = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, Customers, null),
            (HttpMethod.Post, Customers, """{"name":"Intruder ApS"}"""),
            (HttpMethod.Get, SeededCustomer, null),
            (HttpMethod.Patch, SeededCustomer, """{"name":"Taken over"}"""),
            (HttpMethod.Delete, SeededCustomer, null),
            (HttpMethod.Get, Contacts, null),
            (HttpMethod.Post, Contacts, """{"name":"Intruder"}"""),
            (HttpMethod.Get, SeededContact, null),
            (HttpMethod.Patch, SeededContact, """{"name":"Taken over"}"""),
            (HttpMethod.Delete, SeededContact, null),
            (HttpMethod.Get, CustomerAssets, null),
            (HttpMethod.Post, CustomerAssets, "{\"unassign\":[\"" + SeededRows.Asset + "\"]}"),
        };
        return
        [
            .. Each(
                credentials,
                (name, header) =>
                    Post(name, "{ customers(first: 1) { pageInfo { count } } }", null, Unauthenticated()) with
                    {
                        Authorization = header,
                    }
            ),
            Get(
                "GET with an Authorization header of 100 KB",
                "{ __typename }",
                null,
                KestrelRejection(HttpStatusCode.RequestHeaderFieldsTooLarge)
            ) with
            {
                Authorization = hugeHeader,
            },
            Get("GET without a token", "{ __typename }", null, Unauthenticated()) with
            {
                Authorization = "",
            },
            Get("GET with the token in the query string", "{ __typename }", null, Unauthenticated()) with
            {
                Path =
                    "/graphql?query="
                    + Uri.EscapeDataString("{ __typename }")
                    + "&access_token="
                    + TestTokens.For(DemoSeed.DemoAccountId),
                Authorization = "",
            },
            BatchRaw(
                "batch without a token",
                """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""",
                Unauthenticated()
            ) with
            {
                Authorization = "",
            },
            Post(
                "mutation with an expired token",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"unassign\":[\""
                    + SeededRows.Asset
                    + "\"]}}",
                Unauthenticated()
            ) with
            {
                Authorization = credentials.Single(x => x.Name == "an expired token").Header,
            },
            .. credentials.Select(
                (credential, index) =>
                {
                    var (method, path, body) = restEndpoints[index % restEndpoints.Length];
                    return Rest(
                        $"{method} {RestLabel(path)}: {credential.Name}",
                        method,
                        path,
                        body,
                        Unauthenticated()
                    ) with
                    {
                        Authorization = credential.Header,
                    };
                }
            ),
            .. Each(
                restEndpoints.Where(e => e.Method == HttpMethod.Delete || e.Method == HttpMethod.Post),
                (method, path, body) =>
                    Rest(
                        $"{method} {RestLabel(path)} without a token",
                        method,
                        path,
                        body,
                        Unauthenticated()
                    ) with
                    {
                        Authorization = "",
                    }
            ),
            RestGet(
                "an Authorization header of 100 KB",
                Contacts,
                KestrelRejection(HttpStatusCode.RequestHeaderFieldsTooLarge)
            ) with
            {
                Authorization = hugeHeader,
            },
            RestGet(
                "the token in the query string",
                CustomerAssets + "?access_token=" + TestTokens.For(DemoSeed.DemoAccountId),
                Unauthenticated()
            ) with
            {
                Authorization = "",
            },
        ];
    }
}
