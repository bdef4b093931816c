using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The OpenAPI document of the REST Customer API and its Swagger UI, checked against the routes the app registers and
/// the responses its endpoints really give.
/// </summary>
public sealed partial class OpenApiTests(RestHost host) : IClassFixture<RestHost>
{
    private const string DocumentUrl = "/openapi/customer-api.json";
    private const string Customers = "/customer/v1/customers";
    private const string Customer = "/customer/v1/customers/{customerId}";

    /// <summary>
    /// One HTTP exchange for every documented (method, path template, status) that produces exactly that status. A
    /// new endpoint or a new status (401, 429, …) is a new row: the tests below fail while the table and the document
    /// disagree, or while a row's exchange answers another status.
    /// </summary>
    private static readonly ResponseScenario[] Scenarios =
    [
        new("GET", Customers, 200, api => api.SendAsync(HttpMethod.Get, Customers)),
        new("GET", Customers, 400, api => api.SendAsync(HttpMethod.Get, $"{Customers}?size=0")),
        new(
            "POST",
            Customers,
            201,
            api => api.SendAsync(HttpMethod.Post, Customers, """{"name":"Scenario ApS"}""")
        ),
        new("POST", Customers, 400, api => api.SendAsync(HttpMethod.Post, Customers, """{"name":""}""")),
        new(
            "POST",
            Customers,
            409,
            async api =>
            {
                var body = $$"""{"name":"Scenario ApS","externalReference":"{{Unique()}}"}""";
                await api.CreateCustomerAsync(body);
                return await api.SendAsync(HttpMethod.Post, Customers, body);
            }
        ),
        new("POST", Customers, 415, api => api.SendAsync(HttpMethod.Post, Customers, "name=A", "text/plain")),
        new(
            "GET",
            Customer,
            200,
            async api => await api.SendAsync(HttpMethod.Get, await api.NewCustomerUrlAsync())
        ),
        new("GET", Customer, 400, api => api.SendAsync(HttpMethod.Get, $"{Customers}/not-a-uuid")),
        new("GET", Customer, 404, api => api.SendAsync(HttpMethod.Get, $"{Customers}/{Guid.NewGuid()}")),
        new(
            "PATCH",
            Customer,
            200,
            async api =>
                await api.SendAsync(
                    HttpMethod.Patch,
                    await api.NewCustomerUrlAsync(),
                    """{"description":"patched"}""",
                    "application/merge-patch+json"
                )
        ),
        new(
            "PATCH",
            Customer,
            400,
            async api =>
                await api.SendAsync(HttpMethod.Patch, await api.NewCustomerUrlAsync(), """{"email":"nope"}""")
        ),
        new(
            "PATCH",
            Customer,
            404,
            api => api.SendAsync(HttpMethod.Patch, $"{Customers}/{Guid.NewGuid()}", """{"name":"A"}""")
        ),
        new(
            "PATCH",
            Customer,
            409,
            async api =>
            {
                var reference = Unique();
                await api.CreateCustomerAsync(
                    $$"""{"name":"Scenario ApS","externalReference":"{{reference}}"}"""
                );
                var other = await api.NewCustomerUrlAsync();
                return await api.SendAsync(
                    HttpMethod.Patch,
                    other,
                    $$"""{"externalReference":"{{reference}}"}"""
                );
            }
        ),
        new(
            "PATCH",
            Customer,
            412,
            async api =>
                await api.SendAsync(
                    HttpMethod.Patch,
                    await api.NewCustomerUrlAsync(),
                    """{"name":"Late ApS"}""",
                    ifMatch: "\"7\""
                )
        ),
        new(
            "PATCH",
            Customer,
            415,
            async api =>
                await api.SendAsync(HttpMethod.Patch, await api.NewCustomerUrlAsync(), "name=A", "text/plain")
        ),
        new(
            "DELETE",
            Customer,
            204,
            async api => await api.SendAsync(HttpMethod.Delete, await api.NewCustomerUrlAsync())
        ),
        new("DELETE", Customer, 400, api => api.SendAsync(HttpMethod.Delete, $"{Customers}/not-a-uuid")),
        new(
            "DELETE",
            Customer,
            404,
            api => api.SendAsync(HttpMethod.Delete, $"{Customers}/{Guid.NewGuid()}")
        ),
        new(
            "DELETE",
            Customer,
            412,
            async api =>
                await api.SendAsync(HttpMethod.Delete, await api.NewCustomerUrlAsync(), ifMatch: "\"7\"")
        ),
    ];

    private readonly RestCalls _api = new(host.Client);

    public static TheoryData<string, string, int> ScenarioKeys()
    {
        var keys = new TheoryData<string, string, int>();
        foreach (var scenario in Scenarios)
            keys.Add(scenario.Method, scenario.Path, scenario.Status);
        return keys;
    }

    [Fact]
    public async Task The_document_is_valid_OpenAPI_3_1_with_title_version_and_description()
    {
        var text = await host.Client.GetStringAsync(DocumentUrl);
        var (document, diagnostic) = OpenApiDocument.Parse(text, OpenApiConstants.Json);
        Assert.NotNull(document);
        Assert.NotNull(diagnostic);
        Assert.Empty(diagnostic.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);
        Assert.Equal("Customer API", document.Info.Title);
        Assert.Equal("v1", document.Info.Version);
        Assert.False(string.IsNullOrWhiteSpace(document.Info.Description));
    }

    [Fact]
    public async Task The_document_describes_exactly_the_REST_routes_the_app_registers()
    {
        var document = await ReadDocumentAsync();
        var registered = host
            .Factory.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => (Endpoint: endpoint, Path: "/" + endpoint.RoutePattern.RawText!.Trim('/')))
            .Where(route => route.Path.StartsWith("/customer/v1/", StringComparison.Ordinal))
            .SelectMany(route =>
                route
                    .Endpoint.Metadata.GetRequiredMetadata<IHttpMethodMetadata>()
                    .HttpMethods.Select(method => $"{method} {route.Path}")
            )
            .Order();
        Assert.Equal(registered, Operations(document).Select(op => $"{op.Method} {op.Path}").Order());
    }

    [Fact]
    public async Task Every_operation_has_a_summary_description_and_described_parameters_and_bodies()
    {
        foreach (var (method, path, operation) in Operations(await ReadDocumentAsync()))
        {
            var name = $"{method} {path}";
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{name} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.Description), $"{name} has no description");
            Assert.False(string.IsNullOrEmpty(operation.OperationId), $"{name} has no operationId");
            foreach (var parameter in operation.Parameters ?? [])
                Assert.False(
                    string.IsNullOrWhiteSpace(parameter.Description),
                    $"{name}: parameter {parameter.Name} has no description"
                );
            if (operation.Responses!.ContainsKey("412"))
                Assert.Contains(
                    operation.Parameters!,
                    parameter => parameter is { Name: "If-Match", In: ParameterLocation.Header }
                );
            foreach (
                var (mediaType, media) in operation.RequestBody?.Content
                    ?? new Dictionary<string, OpenApiMediaType>()
            )
                Assert.True(media.Example is not null, $"{name}: request body {mediaType} has no example");
        }
    }

    [Fact]
    public async Task Every_response_with_a_body_has_an_example_and_every_error_is_the_RestError_object()
    {
        foreach (var (method, path, operation) in Operations(await ReadDocumentAsync()))
        {
            foreach (var (status, response) in operation.Responses!)
            {
                var name = $"{method} {path} {status}";
                if (status.StartsWith('2') && response.Content is not { Count: > 0 })
                    continue;
                var media = Assert.Single(response.Content!);
                Assert.Equal("application/json", media.Key);
                if (!status.StartsWith('2'))
                {
                    var schema = Assert.IsType<OpenApiSchemaReference>(media.Value.Schema);
                    Assert.Equal("RestError", schema.Reference.Id);
                    Assert.True(media.Value.Examples is { Count: > 0 }, $"{name} has no error example");
                    foreach (var (code, example) in media.Value.Examples!)
                    {
                        Assert.Equal(int.Parse(status), (int)example.Value!["status"]!);
                        Assert.Equal(code, (string)example.Value["code"]!);
                    }
                }
                else
                    Assert.True(media.Value.Example is not null, $"{name} has no example");
            }
        }
    }

    [Fact]
    public async Task Every_documented_response_has_a_scenario_and_every_scenario_is_documented()
    {
        var documented = DocumentedResponses(await ReadDocumentAsync()).Keys.ToHashSet();
        var scenarios = Scenarios.Select(s => (s.Method, s.Path, s.Status)).ToList();
        Assert.Equal(scenarios.Count, scenarios.Distinct().Count());
        var mismatches = documented
            .Except(scenarios)
            .Select(key => $"no scenario for the documented {key}")
            .Concat(scenarios.Except(documented).Select(key => $"a scenario for the undocumented {key}"))
            .ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(ScenarioKeys))]
    public async Task Each_scenario_produces_its_documented_status_headers_and_body(
        string method,
        string path,
        int status
    )
    {
        var documented = DocumentedResponses(await ReadDocumentAsync());
        Assert.True(
            documented.TryGetValue((method, path, status), out var response),
            "undocumented response"
        );
        var scenario = Scenarios.Single(s => s.Method == method && s.Path == path && s.Status == status);

        using var answer = await scenario.SendAsync(_api);
        var body = await answer.Content.ReadAsStringAsync();
        Assert.True((int)answer.StatusCode == status, $"answered {(int)answer.StatusCode}: {body}");
        foreach (var header in response!.Headers?.Keys ?? [])
            Assert.True(
                answer.Headers.NonValidated.Contains(header)
                    || answer.Content.Headers.NonValidated.Contains(header),
                $"documented header {header} is missing"
            );
        if (response.Content is not { Count: > 0 })
        {
            Assert.Empty(body);
            return;
        }
        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        var media = response.Content["application/json"];
        // The body has exactly the documented properties, and an error's code is one the document shows.
        Assert.Equal(
            media.Schema!.Properties!.Keys.Order(),
            json.EnumerateObject().Select(property => property.Name).Order()
        );
        if (status >= 400)
            Assert.Contains(json.GetProperty("code").GetString(), media.Examples!.Keys);
    }

    [Fact]
    public async Task The_swagger_ui_at_openapi_serves_its_page_and_assets_and_loads_the_document()
    {
        using var page = await host.Client.GetAsync("/openapi");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var pageUrl = page.RequestMessage!.RequestUri!;
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).ToList();
        Assert.Contains(assets, asset => asset.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, asset => asset.EndsWith(".css", StringComparison.Ordinal));
        var scripts = new StringBuilder();
        foreach (var asset in assets)
        {
            using var served = await host.Client.GetAsync(new Uri(pageUrl, asset));
            Assert.True(served.StatusCode == HttpStatusCode.OK, $"{asset} answered {served.StatusCode}");
            if (asset.EndsWith(".js", StringComparison.Ordinal))
                scripts.Append(await served.Content.ReadAsStringAsync());
        }
        Assert.Contains($"\"url\":\"{DocumentUrl}\"", scripts.ToString());
        using var document = await host.Client.GetAsync(DocumentUrl);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/json", document.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetReference();

    private static string Unique() => "SCN-" + Guid.NewGuid().ToString("N");

    private async Task<OpenApiDocument> ReadDocumentAsync()
    {
        var (document, _) = OpenApiDocument.Parse(
            await host.Client.GetStringAsync(DocumentUrl),
            OpenApiConstants.Json
        );
        return document!;
    }

    private static IEnumerable<(string Method, string Path, OpenApiOperation Operation)> Operations(
        OpenApiDocument document
    ) =>
        document.Paths.SelectMany(path =>
            (path.Value.Operations ?? []).Select(op => (op.Key.Method.ToUpperInvariant(), path.Key, op.Value))
        );

    private static Dictionary<(string Method, string Path, int Status), IOpenApiResponse> DocumentedResponses(
        OpenApiDocument document
    ) =>
        Operations(document)
            .SelectMany(op =>
                op.Operation.Responses!.Select(response =>
                    (Key: (op.Method, op.Path, int.Parse(response.Key)), Response: response.Value)
                )
            )
            .ToDictionary(entry => entry.Key, entry => entry.Response);
}

/// <summary>A documented response and an HTTP exchange with the API that produces it.</summary>
internal sealed record ResponseScenario(
    string Method,
    string Path,
    int Status,
    Func<RestCalls, Task<HttpResponseMessage>> SendAsync
);

/// <summary>The REST calls the scenarios are made of.</summary>
internal sealed class RestCalls(HttpClient client)
{
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }

    /// <summary>Creates a customer and answers its URL.</summary>
    public Task<string> NewCustomerUrlAsync() => CreateCustomerAsync("""{"name":"Scenario ApS"}""");

    public async Task<string> CreateCustomerAsync(string body)
    {
        using var response = await SendAsync(HttpMethod.Post, "/customer/v1/customers", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
