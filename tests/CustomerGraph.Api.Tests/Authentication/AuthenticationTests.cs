using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// Bearer JWTs over real HTTP: what is refused on both surfaces and how (401, <c>WWW-Authenticate</c>, the body),
/// what stays public, the Development-only anonymous account, start-up checks, the dev-token command and an
/// authority's published keys.
/// </summary>
public sealed class AuthenticationTests(RestHost host) : IClassFixture<RestHost>
{
    private const string CustomersQuery = "{ customers(first: 1) { pageInfo { count } } }";

    /// <summary>Each way a request can fail to prove an account, with the reason its 401 gives.</summary>
    public static TheoryData<string, string> RefusedCredentials =>
        new()
        {
            { "no Authorization header", "Authentication required" },
            { "Basic credentials", "Authentication required" },
            { "a token that is no JWT", "it is not a well-formed JWT." },
            { "dotted parts that are no JWT", "it is not a well-formed JWT." },
            { "a payload that is no JSON object", "it is not a well-formed JWT." },
            { "an expiry that is text", "it is not a well-formed JWT." },
            { "an expiry out of range", "it is not a well-formed JWT." },
            { "an expired token", "it has expired." },
            { "a token not valid yet", "it is not valid yet." },
            { "a token without expiry", "it has no expiry (exp)." },
            { "another issuer", "its issuer (iss) is not accepted here." },
            { "another audience", "its audience (aud) is not this API." },
            { "a signature by another key", "its signature does not verify." },
            { "an unsigned token", "The bearer token was rejected" },
            { "no account claim", "it has no account_id claim naming the account." },
            { "an account claim that is no UUID", "its account_id claim is not an account id (a UUID)." },
        };

    [Theory]
    [MemberData(nameof(RefusedCredentials))]
    public async Task Graphql_answers_401_unauthenticated_under_both_media_types_and_over_get(
        string credentials,
        string reason
    )
    {
        var client = ClientWith(credentials);
        var body = JsonSerializer.Serialize(new { query = CustomersQuery });
        var answers = new[]
        {
            (await Http.PostAsync(client, body), Http.GraphQLResponseJson),
            (await Http.PostAsync(client, body, accept: "application/json"), "application/json"),
            (
                await Http.GetAsync(client, "/graphql?query=" + Http.Encode(CustomersQuery)),
                Http.GraphQLResponseJson
            ),
        };
        foreach (var (answer, mediaType) in answers)
        {
            AssertChallenge(answer.Message, credentials);
            Assert.Equal(mediaType, answer.MediaType);
            Assert.False(answer.Json.TryGetProperty("data", out _), answer.Body);
            var error = Assert.Single(answer.Json.GetProperty("errors").EnumerateArray());
            Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
            Assert.Contains(reason, error.GetProperty("message").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(RefusedCredentials))]
    public async Task Rest_answers_401_with_the_error_object(string credentials, string reason)
    {
        var client = ClientWith(credentials);
        foreach (
            var request in new Func<HttpRequestMessage>[]
            {
                () => new(HttpMethod.Get, "/customer/v1/customers"),
                () => new(HttpMethod.Get, $"/customer/v1/customers/{Guid.NewGuid():D}"),
                () =>
                    new(HttpMethod.Post, "/customer/v1/customers")
                    {
                        Content = new StringContent(
                            """{"name":"Intruder"}""",
                            Encoding.UTF8,
                            "application/json"
                        ),
                    },
            }
        )
        {
            var answer = await Http.SendAsync(client, request(), accept: null);
            AssertChallenge(answer.Message, credentials);
            Assert.Equal("application/json", answer.MediaType);
            Assert.Equal(401, answer.Json.GetProperty("status").GetInt32());
            Assert.Equal("unauthenticated", answer.Json.GetProperty("code").GetString());
            Assert.Contains(reason, answer.Json.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Batches_persisted_queries_and_the_sdl_need_an_account_too()
    {
        var client = host.Factory.CreateAnonymousClient();
        var query = "{ __typename }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var persisted = JsonSerializer.Serialize(
            new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }
        );
        var answers = new[]
        {
            await Http.PostAsync(client, $$"""[{"query":"{{query}}"},{"query":"{{query}}"}]"""),
            await Http.PostAsync(client, persisted),
            await Http.PostJsonAsync(client, new { documentId = "sha256:" + hash }),
            await Http.GetAsync(client, "/graphql?sdl"),
            await Http.GetAsync(client, "/graphql/schema.graphql"),
        };
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
            Assert.DoesNotContain("type Query", answer.Body);
        }
    }

    [Theory]
    [InlineData("/healthz", "application/json")]
    [InlineData("/readyz", "application/json")]
    [InlineData("/graphiql", "text/html")]
    [InlineData("/graphiql/graphiql.min.js", "text/javascript")]
    [InlineData("/graphql", "text/html")]
    public async Task Probes_and_explorer_pages_need_no_token(string path, string mediaType)
    {
        var answer = await Http.GetAsync(host.Factory.CreateAnonymousClient(), path, "text/html,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(mediaType, answer.MediaType);
    }

    [Fact]
    public async Task Without_an_explorer_a_browser_visit_to_the_endpoint_needs_an_account()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "None"));
        var answer = await Http.GetAsync(factory.CreateAnonymousClient(), "/graphql", "text/html");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("UNAUTHENTICATED", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_token_s_account_claim_is_the_account_every_request_acts_for()
    {
        var newcomer = host.Factory.CreateClientFor(Guid.NewGuid());
        var created = await newcomer.PostAsync(
            "/customer/v1/customers",
            new StringContent("""{"name":"Newcomer ApS"}""", Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var own = await Http.PostJsonAsync(newcomer, new { query = "{ customers { nodes { name } } }" });
        Assert.Equal("""{"data":{"customers":{"nodes":[{"name":"Newcomer ApS"}]}}}""", own.Body);
        var demo = await Http.PostJsonAsync(
            host.Client,
            new { query = """{ customers(filters: { search: "Newcomer" }) { pageInfo { count } } }""" }
        );
        Assert.Equal("""{"data":{"customers":{"pageInfo":{"count":0}}}}""", demo.Body);
    }

    [Fact]
    public async Task In_development_requests_without_credentials_act_for_the_configured_account_and_say_so_loudly()
    {
        var logs = new CapturedLogs(LogLevel.Warning);
        // The shipped appsettings.Development.json: its anonymous account is the demo data's.
        using var factory = new ApiFactory { ServesCustomerGraph = true, Environment = "Development" };
        var logged = factory.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs))
        );
        var anonymous = logged.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var graph = await Http.PostJsonAsync(anonymous, new { query = CustomersQuery });
        Assert.Equal("""{"data":{"customers":{"pageInfo":{"count":200}}}}""", graph.Body);
        var rest = await anonymous.GetAsync("/customer/v1/customers?size=1");
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged");
        var forged = await Http.PostJsonAsync(anonymous, new { query = CustomersQuery });
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);

        Assert.Contains(
            logs.Lines,
            line => line.Contains("DEVELOPMENT ONLY") && line.Contains("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e")
        );
    }

    [Theory]
    [InlineData(
        "Authentication:DevelopmentAnonymousAccountId",
        "0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e",
        "Authentication:DevelopmentAnonymousAccountId is set in the Production environment"
    )]
    [InlineData("Authentication:SigningKey", "", "Neither Authentication:SigningKey")]
    [InlineData(
        "Authentication:SigningKey",
        "c2hvcnQga2V5",
        "Authentication:SigningKey has 72 bits; at least 256"
    )]
    [InlineData("Authentication:SigningKey", "not base64!", "Authentication:SigningKey is not valid base64.")]
    [InlineData("Authentication:Audience", "", "Authentication:Audience is required")]
    [InlineData(
        "Authentication:Authority",
        "issuer.example",
        "Authentication:Authority 'issuer.example' is not"
    )]
    public void The_host_refuses_to_start_on_settings_that_cannot_work(
        string key,
        string value,
        string message
    )
    {
        using var factory = new ApiFactory((key, value));
        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var refusal = Assert.IsType<InvalidOperationException>(exception.GetBaseException());
        Assert.Contains(message, refusal.Message);
    }

    [Fact]
    public async Task Dev_token_prints_a_token_the_host_accepts_for_the_given_account_and_lifetime()
    {
        var account = Guid.NewGuid();
        var (exitCode, token, error) = await RunHostCommandAsync(
            [
                ("Authentication__SigningKey", TestTokens.SigningKey),
                ("Authentication__Issuer", TestTokens.Issuer),
                ("Authentication__Audience", TestTokens.Audience),
            ],
            "dev-token",
            "--account",
            account.ToString(),
            "--lifetime",
            "30m"
        );
        Assert.True(exitCode == 0, error);
        Assert.Contains($"account {account:D}", error);
        var jwt = new JsonWebToken(token.Trim());
        Assert.Equal(TimeSpan.FromMinutes(30), jwt.ValidTo - jwt.IssuedAt);
        Assert.Equal(account.ToString("D"), jwt.GetClaim("account_id").Value);

        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        var created = await client.PostAsync(
            "/customer/v1/customers",
            new StringContent("""{"name":"Minted ApS"}""", Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var mine = await host
            .Factory.CreateClientFor(account)
            .GetStringAsync("/customer/v1/customers?search=Minted");
        Assert.Contains("\"totalElements\":1", mine);
    }

    [Fact]
    public async Task In_development_requests_without_credentials_may_also_write_with_every_scope()
    {
        using var factory = new ApiFactory { ServesCustomerGraph = true, Environment = "Development" };
        var anonymous = factory.CreateAnonymousClient();
        var graph = await Http.PostJsonAsync(
            anonymous,
            new
            {
                query = """mutation { createCustomFieldDefinition(input: { key: "dev_anon", title: "Dev", type: STRING }) { customFieldDefinition { key } } }""",
            }
        );
        Assert.Equal(
            """{"data":{"createCustomFieldDefinition":{"customFieldDefinition":{"key":"dev_anon"}}}}""",
            graph.Body
        );
        var rest = await anonymous.PostAsync(
            "/customer/v1/customers",
            new StringContent("""{"name":"Anonymous Dev ApS"}""", Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
    }

    [Fact]
    public async Task Dev_token_grants_every_scope_by_default_and_exactly_the_scopes_given()
    {
        (string, string)[] settings =
        [
            ("Authentication__SigningKey", TestTokens.SigningKey),
            ("Authentication__Issuer", TestTokens.Issuer),
            ("Authentication__Audience", TestTokens.Audience),
        ];
        var account = host.Factory.DefaultAccountId.ToString();
        var (_, all, _) = await RunHostCommandAsync(settings, "dev-token", "--account", account);
        Assert.Equal(
            "account.custom-fields.manage account.customer.manage account.view",
            new JsonWebToken(all.Trim()).GetClaim("scope").Value
        );

        var (exitCode, token, error) = await RunHostCommandAsync(
            settings,
            "dev-token",
            "--account",
            account,
            "--scopes",
            "account.view"
        );
        Assert.True(exitCode == 0, error);
        Assert.Contains("scopes account.view,", error);
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/customer/v1/customers?size=1")).StatusCode);
        var refused = await client.PostAsync(
            "/customer/v1/customers",
            new StringContent("""{"name":"Viewer ApS"}""", Encoding.UTF8, "application/json")
        );
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(
            "Bearer error=\"insufficient_scope\", error_description=\"This operation needs the scope 'account.customer.manage' (Can manage customers).\", scope=\"account.customer.manage\"",
            refused.Headers.WwwAuthenticate.ToString()
        );
        Assert.Equal(
            """{"status":403,"code":"forbidden","message":"This operation needs the scope 'account.customer.manage' (Can manage customers)."}""",
            await refused.Content.ReadAsStringAsync()
        );
    }

    [Theory]
    [InlineData("", "no local signing key is configured (Authentication:SigningKey)")]
    [InlineData(
        "--account 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e --scopes account.admin",
        "--scopes: 'account.admin' is not a scope"
    )]
    [InlineData("--account", "--account '' is not an account id")]
    [InlineData("--account acme", "--account 'acme' is not an account id")]
    [InlineData("--account 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e --lifetime forever", "--lifetime 'forever'")]
    [InlineData("--account 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e --lifetime 90d", "longer than the maximum")]
    public async Task Dev_token_refuses_clearly(string arguments, string message)
    {
        (string, string)[] environment =
            arguments.Length == 0
                ? []
                :
                [
                    ("Authentication__SigningKey", TestTokens.SigningKey),
                    ("Authentication__Issuer", TestTokens.Issuer),
                ];
        var (exitCode, output, error) = await RunHostCommandAsync(
            [("Authentication__Audience", TestTokens.Audience), .. environment],
            ["dev-token", .. arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)]
        );
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Tokens_signed_with_an_authority_s_published_keys_are_accepted_and_others_refused()
    {
        using var authorityKey = RSA.Create(2048);
        using var otherKey = RSA.Create(2048);
        await using var authority = await StartAuthorityAsync(authorityKey);
        using var factory = new ApiFactory(
            ("Authentication:SigningKey", null),
            ("Authentication:Issuer", null),
            ("Authentication:Authority", authority.Url),
            ("Authentication:RequireHttpsMetadata", "false")
        );
        var client = factory.CreateAnonymousClient();
        string TokenSignedWith(RSA key) =>
            TestTokens.For(
                factory.DefaultAccountId,
                token =>
                {
                    token.Issuer = authority.Url;
                    token.SigningCredentials = new SigningCredentials(
                        new RsaSecurityKey(key) { KeyId = "authority-key" },
                        SecurityAlgorithms.RsaSha256
                    );
                }
            );

        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenSignedWith(authorityKey));
        var accepted = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", accepted.Body);

        client.DefaultRequestHeaders.Authorization = new("Bearer", TokenSignedWith(otherKey));
        var refused = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("signature", refused.Body);

        client.DefaultRequestHeaders.Authorization = TestTokens.Header(factory.DefaultAccountId);
        var symmetric = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.Unauthorized, symmetric.Status);
    }

    [Fact]
    public async Task An_authority_out_of_reach_is_503_on_both_surfaces_not_a_verdict_on_the_token()
    {
        var closedPort = Loopback.FreePort();
        using var factory = new ApiFactory(
            ("Database:SeedDemoData", "false"),
            ("Authentication:SigningKey", null),
            ("Authentication:Authority", $"http://127.0.0.1:{closedPort}"),
            ("Authentication:RequireHttpsMetadata", "false")
        )
        {
            ServesCustomerGraph = true,
        };
        var client = factory.CreateClient();

        var graph = await Http.PostJsonAsync(client, new { query = CustomersQuery });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, graph.Status);
        Assert.Equal("AUTHENTICATION_UNAVAILABLE", graph.FirstErrorCode);
        Assert.Empty(graph.Message.Headers.WwwAuthenticate);
        Assert.NotNull(graph.Message.Headers.RetryAfter);

        var rest = await Http.GetAsync(client, "/customer/v1/customers", accept: null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rest.Status);
        Assert.Equal("authentication_unavailable", rest.Json.GetProperty("code").GetString());
        Assert.Contains("Try again shortly", rest.Json.GetProperty("message").GetString());

        var malformed = factory.CreateAnonymousClient();
        malformed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-jwt");
        var verdict = await Http.PostJsonAsync(malformed, new { query = CustomersQuery });
        Assert.Equal(HttpStatusCode.Unauthorized, verdict.Status);
    }

    private HttpClient ClientWith(string credentials)
    {
        var client = host.Factory.CreateAnonymousClient();
        var account = Guid.NewGuid();
        client.DefaultRequestHeaders.Authorization = credentials switch
        {
            "no Authorization header" => null,
            "Basic credentials" => new("Basic", Convert.ToBase64String("user:secret"u8)),
            "a token that is no JWT" => new("Bearer", "not-a-jwt"),
            "dotted parts that are no JWT" => new("Bearer", "not.a.jwt"),
            // Signed with the right key, so only the payload is wrong.
            "a payload that is no JSON object" => new("Bearer", SignedToken("[1,2,3]")),
            "an expiry that is text" => new("Bearer", SignedToken(ClaimsWithExpiry(account, "\"tomorrow\""))),
            "an expiry out of range" => new("Bearer", SignedToken(ClaimsWithExpiry(account, "1e400"))),
            _ => new("Bearer", WrongToken(credentials, account)),
        };
        return client;
    }

    private static string WrongToken(string credentials, Guid account) =>
        TestTokens.For(
            account,
            token =>
            {
                var now = DateTime.UtcNow;
                switch (credentials)
                {
                    case "an expired token":
                        (token.IssuedAt, token.NotBefore, token.Expires) = (
                            now.AddHours(-2),
                            now.AddHours(-2),
                            now.AddMinutes(-5)
                        );
                        break;
                    case "a token not valid yet":
                        (token.NotBefore, token.Expires) = (now.AddMinutes(10), now.AddHours(1));
                        break;
                    case "a token without expiry":
                        token.Expires = null;
                        break;
                    case "another issuer":
                        token.Issuer = "https://issuer.elsewhere.test";
                        break;
                    case "another audience":
                        token.Audience = "another-api";
                        break;
                    case "a signature by another key":
                        token.SigningCredentials = TestTokens.SigningWith(
                            Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
                        );
                        break;
                    case "an unsigned token":
                        token.SigningCredentials = null;
                        break;
                    case "no account claim":
                        token.Claims.Remove(TestTokens.AccountClaim);
                        break;
                    case "an account claim that is no UUID":
                        token.Claims[TestTokens.AccountClaim] = "acme";
                        break;
                    default:
                        throw new ArgumentException(
                            $"no token is made for '{credentials}'",
                            nameof(credentials)
                        );
                }
            }
        );

    /// <summary>The claims of a valid token as JSON text, with <paramref name="expiry"/> as the raw <c>exp</c> value.</summary>
    private static string ClaimsWithExpiry(Guid account, string expiry) =>
        $$"""{"iss":"{{TestTokens.Issuer}}","aud":"{{TestTokens.Audience}}","sub":"test-user","account_id":"{{account}}","exp":{{expiry}}}""";

    /// <summary>An HS256 JWT of exactly this payload text, signed with the hosts' key.</summary>
    private static string SignedToken(string payload)
    {
        var content =
            System.Buffers.Text.Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8)
            + "."
            + System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var signature = HMACSHA256.HashData(
            Convert.FromBase64String(TestTokens.SigningKey),
            Encoding.ASCII.GetBytes(content)
        );
        return content + "." + System.Buffers.Text.Base64Url.EncodeToString(signature);
    }

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c>; RFC 6750's <c>error="invalid_token"</c> when a bearer token was sent.</summary>
    private static void AssertChallenge(HttpResponseMessage response, string credentials)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        if (credentials is "no Authorization header" or "Basic credentials")
            Assert.Null(challenge.Parameter);
        else
            Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter);
    }

    /// <summary>Runs the host's executable with a command, in Production, with the given environment variables.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunHostCommandAsync(
        (string Name, string Value)[] environment,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>A minimal OpenID Connect issuer on loopback: its discovery document and the JWKS with one RSA key.</summary>
    private static async Task<Authority> StartAuthorityAsync(RSA key)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(
            new RsaSecurityKey(key.ExportParameters(includePrivateParameters: false))
            {
                KeyId = "authority-key",
            }
        );
        var jwks = JsonSerializer.Serialize(
            new
            {
                keys = new[]
                {
                    new
                    {
                        kty = jwk.Kty,
                        kid = jwk.Kid,
                        use = "sig",
                        alg = "RS256",
                        n = jwk.N,
                        e = jwk.E,
                    },
                },
            }
        );
        app.MapGet(
            "/.well-known/openid-configuration",
            (HttpContext context) =>
            {
                var issuer = $"{context.Request.Scheme}://{context.Request.Host}";
                return Results.Json(new { issuer, jwks_uri = issuer + "/jwks" });
            }
        );
        app.MapGet("/jwks", () => Results.Text(jwks, "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Authority(app, address.Addresses.Single());
    }

    private sealed record Authority(WebApplication App, string Url) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
