using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CustomerGraph.Api.Explorers;
using CustomerGraph.Customers.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The host as Production runs it, over a loopback socket: introspection and the explorer switchable per
/// environment, no exception details for clients, security headers, and CORS closed unless origins are listed.
/// </summary>
public sealed partial class ProductionDefaultsTests
{
    private const string Origin = "https://app.example.com";
    private const string IntrospectionQuery = """{"query":"{ __schema { queryType { name } } }"}""";

    // ---- Introspection and explorer ----

    [Fact]
    public async Task Production_serves_introspection_the_sdl_and_graphiql_unless_configured_otherwise()
    {
        using var factory = new ApiFactory();
        using var client = Client(factory);

        var introspection = await Http.PostAsync(client, IntrospectionQuery);
        Assert.Equal(
            "Query",
            introspection
                .Json.GetProperty("data")
                .GetProperty("__schema")
                .GetProperty("queryType")
                .GetProperty("name")
                .GetString()
        );
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphql?sdl")).StatusCode);
        var page = await client.GetAsync("/graphiql");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Introspection_turned_off_in_Production_answers_INTROSPECTION_DISABLED_and_hides_the_sdl()
    {
        using var factory = new ApiFactory(("GraphQL:Execution:EnableIntrospection", "false"));
        using var client = Client(factory);

        Assert.Equal(
            "INTROSPECTION_DISABLED",
            (await Http.PostAsync(client, IntrospectionQuery)).FirstErrorCode
        );
        Assert.Equal(
            "INTROSPECTION_DISABLED",
            (
                await Http.PostAsync(client, """{"query":"{ __type(name: \"Query\") { name } }"}""")
            ).FirstErrorCode
        );
        var typeName = await Http.PostAsync(client, """{"query":"{ __typename hello }"}""");
        Assert.Equal("""{"data":{"__typename":"Query","hello":"Hello world"}}""", typeName.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql?sdl")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/schema.graphql")).StatusCode);
    }

    [Fact]
    public async Task The_explorer_turned_off_in_Production_answers_404_and_no_page()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "None"));
        using var client = Client(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphiql")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync("/graphiql/graphiql.min.js")).StatusCode
        );
        var visit = await Http.GetAsync(client, "/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.NotEqual("text/html", visit.MediaType);
        Assert.DoesNotContain("<html", visit.Body, StringComparison.OrdinalIgnoreCase);
    }

    // ---- Error details ----

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "true")]
    [InlineData("Staging", "true")]
    public async Task Outside_Development_a_throwing_resolver_gives_the_generic_error_whatever_is_configured(
        string environment,
        string? includeExceptionDetails
    )
    {
        using var factory = new ApiFactory([
            ("environment", environment),
            .. includeExceptionDetails is null
                ? Array.Empty<(string, string?)>()
                : [("GraphQL:Execution:IncludeExceptionDetails", includeExceptionDetails)],
        ]);
        using var client = Client(factory);

        var answer = await Http.PostAsync(client, """{"query":"{ crash }"}""");

        var error = Assert.Single(answer.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        Assert.Equal(
            """{"code":"UNEXPECTED_EXECUTION_ERROR"}""",
            error.GetProperty("extensions").GetRawText()
        );
        Assert.DoesNotContain("crashed", answer.Body);
        Assert.DoesNotContain("InvalidOperationException", answer.Body);
    }

    [Fact]
    public async Task Development_shows_the_exception_to_the_developer()
    {
        using var factory = new ApiFactory(("environment", "Development"));
        using var client = Client(factory);

        var answer = await Http.PostAsync(client, """{"query":"{ crash }"}""");

        var error = Assert.Single(answer.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("The crash field crashed.", error.GetProperty("message").GetString());
        Assert.Equal(
            "System.InvalidOperationException",
            error.GetProperty("extensions").GetProperty("exception").GetString()
        );
    }

    [Fact]
    public async Task A_failing_domain_leaks_nothing_over_GraphQL_or_REST_in_Production()
    {
        var dataFolder = Path.Combine(
            Path.GetTempPath(),
            "customergraph-leak-" + Guid.NewGuid().ToString("N")
        );
        try
        {
            using var factory = new ApiFactory(
                ApiFactory.CustomerGraph,
                ("GraphQL:SchemaDirectory", "schema"),
                ("Database:DataFolder", dataFolder)
            );
            using var failing = factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services =>
                    services.AddScoped<ICurrentAccount, UnreachableAccount>()
                )
            );
            using var client = failing.StartLoopbackClient();

            var graph = await Http.PostAsync(
                client,
                """{"query":"{ customers(first: 1) { nodes { name } } }"}"""
            );
            Assert.Equal("UNEXPECTED_EXECUTION_ERROR", graph.FirstErrorCode);
            Assert.Equal(
                "Unexpected Execution Error",
                graph.Json.GetProperty("errors")[0].GetProperty("message").GetString()
            );
            var rest = await client.GetAsync("/customer/v1/customers");
            Assert.Equal(HttpStatusCode.InternalServerError, rest.StatusCode);
            foreach (var body in new[] { graph.Body, await rest.Content.ReadAsStringAsync() })
            {
                Assert.DoesNotContain(UnreachableAccount.Secret, body);
                Assert.DoesNotContain("UnreachableAccount", body);
                Assert.DoesNotContain(" at ", body);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataFolder))
                Directory.Delete(dataFolder, recursive: true);
        }
    }

    /// <summary>An account store that fails with a message no client may see.</summary>
    private sealed class UnreachableAccount : ICurrentAccount
    {
        public const string Secret = "accounts.internal:5432 password=hunter2";

        public Guid AccountId => throw new InvalidOperationException($"Cannot reach {Secret}.");
    }

    // ---- Security headers ----

    [Theory]
    [InlineData("POST", "/graphql")]
    [InlineData("GET", "/graphql?sdl")]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/graphiql/graphiql.min.js")]
    [InlineData("GET", "/no-such-path")]
    [InlineData("DELETE", "/graphql")]
    public async Task Every_response_forbids_sniffing_framing_and_referrers_and_loads_nothing_by_default(
        string method,
        string path
    )
    {
        using var factory = new ApiFactory();
        using var client = Client(factory);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
            request.Content = new StringContent(
                """{"query":"{ hello }"}""",
                Encoding.UTF8,
                "application/json"
            );

        using var response = await client.SendAsync(request);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal(
            "default-src 'none'; frame-ancestors 'none'",
            Header(response, "Content-Security-Policy")
        );
    }

    [Theory]
    [InlineData("/graphiql")]
    [InlineData("/graphql")]
    public async Task The_graphiql_page_may_run_only_its_own_files_and_its_one_inline_script_and_style(
        string path
    )
    {
        using var factory = new ApiFactory();
        using var client = Client(factory);

        var page = await Http.GetAsync(client, path, "text/html");

        Assert.Equal("text/html", page.MediaType);
        var policy = Directives(Header(page.Message, "Content-Security-Policy")!);
        var script = InlineScript().Match(page.Body).Groups[1].Value;
        var style = InlineStyle().Match(page.Body).Groups[1].Value;
        Assert.Equal(["'self'", $"'sha256-{Sha256(script)}'"], policy["script-src"]);
        Assert.Equal(["'self'", $"'sha256-{Sha256(style)}'"], policy["style-src"]);
        Assert.Equal(["'none'"], policy["default-src"]);
        Assert.Equal(["'self'"], policy["connect-src"]);
        Assert.Equal(["'none'"], policy["frame-ancestors"]);
        Assert.Equal(["'none'"], policy["base-uri"]);
        Assert.DoesNotContain("unsafe", Header(page.Message, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(page.Message, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(page.Message, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(page.Message, "Referrer-Policy"));
    }

    [Fact]
    public async Task Banana_cake_pop_and_its_workers_get_its_own_policy_without_inline_scripts()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "BananaCakePop"));
        using var client = Client(factory);

        var page = await Http.GetAsync(client, "/graphql/", "text/html");
        var worker = await client.GetAsync("/graphql/service-worker.js");

        foreach (var response in new[] { page.Message, worker })
        {
            var policy = Directives(Header(response, "Content-Security-Policy")!);
            Assert.Equal(["'self'", "'unsafe-eval'"], policy["script-src"]);
            Assert.Equal(["'none'"], policy["frame-ancestors"]);
            Assert.Equal(
                BananaCakePopExplorer.ContentSecurityPolicy,
                Header(response, "Content-Security-Policy")
            );
        }
    }

    // ---- CORS ----

    [Fact]
    public async Task Cors_is_closed_by_default_preflights_and_requests_get_no_access_control_headers()
    {
        using var factory = new ApiFactory();
        using var client = Client(factory);

        using var preflight = await client.SendAsync(
            Preflight("/graphql", "POST", Origin, "content-type,tu-preview")
        );
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", Origin);
        using var actual = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Empty(AccessControlHeaders(preflight));
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Empty(AccessControlHeaders(actual));
    }

    [Fact]
    public async Task Configured_origins_may_call_graphql_and_rest_with_their_methods_headers_and_exposed_headers()
    {
        var dataFolder = Path.Combine(
            Path.GetTempPath(),
            "customergraph-cors-" + Guid.NewGuid().ToString("N")
        );
        try
        {
            using var factory = new ApiFactory(
                ApiFactory.CustomerGraph,
                ("GraphQL:SchemaDirectory", "schema"),
                ("Database:DataFolder", dataFolder),
                ("Cors:AllowedOrigins:0", Origin),
                ("Cors:AllowedOrigins:1", "http://localhost:5173")
            );
            using var client = Client(factory);

            using var graphQL = await client.SendAsync(
                Preflight("/graphql", "POST", Origin, "authorization,content-type,tu-preview")
            );
            Assert.Equal(HttpStatusCode.NoContent, graphQL.StatusCode);
            Assert.Equal(Origin, Header(graphQL, "Access-Control-Allow-Origin"));
            Assert.Equal(
                ["authorization", "content-type", "if-match", "tu-preview"],
                List(Header(graphQL, "Access-Control-Allow-Headers"))
                    .Select(h => h.ToLowerInvariant())
                    .Order()
            );
            Assert.Equal("600", Header(graphQL, "Access-Control-Max-Age"));
            Assert.Null(Header(graphQL, "Access-Control-Allow-Credentials"));

            using var patch = await client.SendAsync(
                Preflight(
                    "/customer/v1/customers/0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e",
                    "PATCH",
                    "http://localhost:5173",
                    "if-match,content-type"
                )
            );
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
            Assert.Equal("http://localhost:5173", Header(patch, "Access-Control-Allow-Origin"));
            Assert.Equal(
                ["DELETE", "GET", "PATCH", "POST", "PUT"],
                List(Header(patch, "Access-Control-Allow-Methods")).Order()
            );

            var create = new HttpRequestMessage(HttpMethod.Post, "/customer/v1/customers")
            {
                Content = new StringContent("""{"name":"Cors ApS"}""", Encoding.UTF8, "application/json"),
            };
            create.Headers.Add("Origin", Origin);
            using var created = await client.SendAsync(create);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            Assert.Equal(Origin, Header(created, "Access-Control-Allow-Origin"));
            Assert.Equal(
                ["ETag", "Location", "Retry-After", "X-Request-Id"],
                List(Header(created, "Access-Control-Expose-Headers")).Order(StringComparer.Ordinal)
            );

            using var stranger = await client.SendAsync(
                Preflight("/graphql", "POST", "https://evil.example.com", "content-type")
            );
            Assert.Null(Header(stranger, "Access-Control-Allow-Origin"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dataFolder))
                Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Theory]
    [InlineData("https://app.example.com/")]
    [InlineData("https://app.example.com/path")]
    [InlineData("app.example.com")]
    [InlineData("*")]
    [InlineData("ftp://app.example.com")]
    public void An_origin_a_browser_never_sends_stops_start_up(string origin)
    {
        using var factory = new ApiFactory(("Cors:AllowedOrigins:0", origin));

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient()).GetBaseException();

        Assert.IsType<InvalidOperationException>(exception);
        Assert.Contains($"Cors:AllowedOrigins holds what is not an origin: \"{origin}\"", exception.Message);
    }

    // ---- Helpers ----

    private static HttpClient Client(ApiFactory factory) => factory.StartLoopbackClient();

    private static HttpRequestMessage Preflight(string path, string method, string origin, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static List<string> AccessControlHeaders(HttpResponseMessage response) =>
        [
            .. response
                .Headers.Concat(response.Content.Headers)
                .Select(header => header.Key)
                .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)),
        ];

    private static IEnumerable<string> List(string? header) =>
        (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..]);

    private static string Sha256(string text) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();
}
