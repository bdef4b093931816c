using System.Net;
using System.Text;
using System.Text.Json;
using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>The customer graph on a loopback socket, with the SQL it sends recorded.</summary>
public sealed class CustomerGraphOverHttp : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-previews-" + Guid.NewGuid().ToString("N")
    );
    private ApiFactory _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public SqlRecorder Sql { get; private set; } = null!;

    /// <summary>The entity id of a demo customer that has custom field values.</summary>
    public string CustomerWithValues { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sql = new SqlRecorder(_dataFolder);
        _factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
        Client = _factory.StartLoopbackClient();
        var page = await PostAsync(
            "{ customers(first: 50) { nodes { customerId customFields { key } } } }",
            "custom-fields"
        );
        CustomerWithValues = page
            .Json.GetProperty("data")
            .GetProperty("customers")
            .GetProperty("nodes")
            .EnumerateArray()
            .First(node => node.GetProperty("customFields").GetArrayLength() > 0)
            .GetProperty("customerId")
            .GetString()!;
    }

    /// <summary>POSTs a query; a non-null <paramref name="preview"/> is sent as the <c>TU-PREVIEW</c> header.</summary>
    public Task<HttpAnswer> PostAsync(string query, string? preview = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query }),
                Encoding.UTF8,
                "application/json"
            ),
        };
        if (preview is not null)
            request.Headers.TryAddWithoutValidation("TU-PREVIEW", preview);
        return Http.SendAsync(Client, request, Http.GraphQLResponseJson);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        _factory.Dispose();
        Sql.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Preview fields over HTTP: <c>@preview(codeName:)</c> in the SDL guards a field until the request names the code
/// name in its <c>TU-PREVIEW</c> header; <c>Customer.customFields</c> is the preview <c>custom-fields</c>.
/// </summary>
public sealed class PreviewFieldTests(CustomerGraphOverHttp host) : IClassFixture<CustomerGraphOverHttp>
{
    private string CustomerQuery =>
        $$"""{ customer(id: "{{host.CustomerWithValues}}") { name customFields { key } } }""";

    [Fact]
    public async Task Without_the_header_the_field_fails_with_PREVIEW_NOT_ENABLED_naming_the_header_and_runs_no_sql()
    {
        host.Sql.Clear();
        var answer = await host.PostAsync(CustomerQuery);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var error = Assert.Single(answer.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            "Customer.customFields is a preview field: send the header \"TU-PREVIEW: custom-fields\" to select it.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal("PREVIEW_NOT_ENABLED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("custom-fields", error.GetProperty("extensions").GetProperty("codeName").GetString());
        Assert.Equal("""["customer","customFields"]""", error.GetProperty("path").GetRawText());
        // customFields is non-null, so its error nulls the nearest nullable parent: the customer.
        Assert.Equal(JsonValueKind.Null, answer.Json.GetProperty("data").GetProperty("customer").ValueKind);
        Assert.Contains(host.Sql.Commands, sql => sql.Contains("\"Customers\"", StringComparison.Ordinal));
        Assert.DoesNotContain(
            host.Sql.Commands,
            sql => sql.Contains("CustomField", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task With_the_header_the_field_resolves()
    {
        host.Sql.Clear();
        var answer = await host.PostAsync(CustomerQuery, "custom-fields");

        Assert.False(answer.Json.TryGetProperty("errors", out _), answer.Body);
        var values = answer.Json.GetProperty("data").GetProperty("customer").GetProperty("customFields");
        Assert.True(values.GetArrayLength() > 0);
        Assert.Contains(
            host.Sql.Commands,
            sql => sql.Contains("CustomFieldValues", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("custom-fields", true)]
    [InlineData("CUSTOM-FIELDS", true)]
    [InlineData("  custom-fields  ", true)]
    [InlineData("other-preview,custom-fields", true)]
    [InlineData(" other-preview , Custom-Fields ,", true)]
    [InlineData(",,custom-fields,,", true)]
    [InlineData("other-preview", false)]
    [InlineData("custom", false)]
    [InlineData("custom-fields-v2", false)]
    [InlineData("custom fields", false)]
    [InlineData("", false)]
    public async Task The_header_is_a_comma_separated_case_insensitive_list(string header, bool enabled)
    {
        var answer = await host.PostAsync(CustomerQuery, header);

        Assert.Equal(enabled ? null : "PREVIEW_NOT_ENABLED", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Get_requests_send_the_header_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Http.Encode(CustomerQuery));
        request.Headers.Add("TU-PREVIEW", "custom-fields");
        var answer = await Http.SendAsync(host.Client, request, Http.GraphQLResponseJson);

        Assert.Null(answer.FirstErrorCode);
        Assert.True(
            answer
                .Json.GetProperty("data")
                .GetProperty("customer")
                .GetProperty("customFields")
                .GetArrayLength() > 0
        );
    }

    [Fact]
    public async Task In_the_customer_list_the_error_propagates_to_data_because_every_parent_is_non_null()
    {
        var answer = await host.PostAsync("{ customers(first: 3) { nodes { name customFields { key } } } }");

        Assert.Equal(
            "PREVIEW_NOT_ENABLED",
            Assert
                .Single(answer.Json.GetProperty("errors").EnumerateArray())
                .GetProperty("extensions")
                .GetProperty("code")
                .GetString()
        );
        Assert.Equal(JsonValueKind.Null, answer.Json.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Introspection_and_the_sdl_show_the_field_its_description_and_directive_without_the_header()
    {
        var answer = await host.PostAsync("""{ __type(name: "Customer") { fields { name description } } }""");

        var field = answer
            .Json.GetProperty("data")
            .GetProperty("__type")
            .GetProperty("fields")
            .EnumerateArray()
            .Single(field => field.GetProperty("name").GetString() == "customFields");
        Assert.Contains(
            "Preview: send the header `TU-PREVIEW: custom-fields` to select this field.",
            field.GetProperty("description").GetString()
        );
        var sdl = await host.Client.GetStringAsync("/graphql?sdl");
        Assert.Contains(
            "customFields: [CustomFieldValue!]! @listSize(assumedSize: 50) @preview(codeName: \"custom-fields\")",
            sdl
        );
        Assert.Contains("directive @preview(", sdl);
    }
}

/// <summary>The guard reads only the SDL: any <c>@preview</c> field of any schema is guarded with no code for it.</summary>
public sealed class PreviewDirectiveTests : IDisposable
{
    private const string PreviewSdl = """
        directive @preview(codeName: String!) on FIELD_DEFINITION

        interface Experiment {
          "Preview: send `TU-PREVIEW: labs`."
          result: String @preview(codeName: "labs")
        }

        type Lab implements Experiment {
          "Preview: send `TU-PREVIEW: labs`."
          result: String
          stable: String
        }

        extend type Query {
          "Preview: send `TU-PREVIEW: beta`."
          beta: String @preview(codeName: "beta")
          lab: Lab
        }
        """;

    private readonly string _schemaFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-preview-schema-" + Guid.NewGuid().ToString("N")
    );

    public PreviewDirectiveTests()
    {
        Directory.CreateDirectory(_schemaFolder);
        File.Copy(
            Path.Combine(ApiFactory.TestSchemaDirectory, "schema.graphql"),
            Path.Combine(_schemaFolder, "schema.graphql")
        );
    }

    [Theory]
    [InlineData(null, "beta,lab.result")]
    [InlineData("beta", "lab.result")]
    [InlineData("labs", "beta")]
    [InlineData("beta, labs", "")]
    public async Task Fields_marked_or_implementing_a_marked_interface_field_are_guarded(
        string? header,
        string failingPaths
    )
    {
        File.WriteAllText(Path.Combine(_schemaFolder, "previews.graphql"), PreviewSdl);
        using var factory = new ApiFactory(("GraphQL:SchemaDirectory", _schemaFolder));
        using var client = factory
            .WithWebHostBuilder(builder =>
                builder.ConfigureServices(services => services.AddSingleton<ISchemaModule, LabModule>())
            )
            .StartLoopbackClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                """{"query":"{ hello beta lab { stable result } }"}""",
                Encoding.UTF8,
                "application/json"
            ),
        };
        if (header is not null)
            request.Headers.Add("TU-PREVIEW", header);
        var answer = await Http.SendAsync(client, request, Http.GraphQLResponseJson);

        var failed = answer.Json.TryGetProperty("errors", out var errors)
            ? errors
                .EnumerateArray()
                .Select(error =>
                    string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.GetString()))
                )
                .ToList()
            : [];
        Assert.Equal(failingPaths.Split(',', StringSplitOptions.RemoveEmptyEntries), failed);
        var data = answer.Json.GetProperty("data");
        Assert.Equal("Hello world", data.GetProperty("hello").GetString());
        Assert.Equal("stable", data.GetProperty("lab").GetProperty("stable").GetString());
        Assert.Equal(failed.Contains("beta") ? null : "beta answer", data.GetProperty("beta").GetString());
    }

    [Fact]
    public void Start_up_stops_on_a_code_name_the_header_cannot_carry_or_a_description_that_does_not_state_it()
    {
        File.WriteAllText(
            Path.Combine(_schemaFolder, "previews.graphql"),
            """
            directive @preview(codeName: String!) on FIELD_DEFINITION
            extend type Query {
              "Preview: send `TU-PREVIEW: two words`."
              spaced: String @preview(codeName: "two words")
              "A preview without saying which."
              silent: String @preview(codeName: "silent")
            }
            """
        );
        using var factory = new ApiFactory(("GraphQL:SchemaDirectory", _schemaFolder));

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var schemaError = Assert.IsType<SchemaException>(exception.GetBaseException());
        Assert.Equal(
            [
                "The @preview code name of Query.spaced must be a string of letters, digits, '.', '_' or '-' (it travels in a comma-separated header).",
                "The description of preview field Query.silent must state its code name \"silent\" (e.g. \"send the header `TU-PREVIEW: silent`\").",
            ],
            schemaError.Errors.Select(error => error.Message)
        );
    }

    public void Dispose() => Directory.Delete(_schemaFolder, recursive: true);

    /// <summary>Resolvers of the preview SDL above.</summary>
    private sealed class LabModule : ISchemaModule
    {
        public void Bind(ResolverBindings bindings) =>
            bindings
                .Resolve("Query.beta", _ => new ValueTask<object?>("beta answer"))
                .Resolve(
                    "Query.lab",
                    _ => new ValueTask<object?>(
                        new Dictionary<string, object?> { ["stable"] = "stable", ["result"] = "result" }
                    )
                );
    }
}
