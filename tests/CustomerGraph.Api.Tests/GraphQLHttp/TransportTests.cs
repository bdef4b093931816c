using System.Net;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>The endpoint's behaviour per the GraphQL-over-HTTP specification: methods, media types, status codes.</summary>
public sealed class TransportTests(DefaultApi api) : IClassFixture<DefaultApi>
{
    private const string Hello = """{"query":"{ hello }"}""";
    private HttpClient Client => api.Client;

    [Theory]
    // Accept header → response media type (spec "Body": highest priority supported type; none → application/json).
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData(
        "application/graphql-response+json, application/json;q=0.9",
        "application/graphql-response+json"
    )]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData(
        "application/json;q=0.5, application/graphql-response+json",
        "application/graphql-response+json"
    )]
    [InlineData("text/html, application/json;q=0.9", "application/json")]
    [InlineData("application/graphql-response+json; charset=utf-8", "application/graphql-response+json")]
    public async Task Accept_header_chooses_the_response_media_type(string? accept, string expected)
    {
        var answer = await Http.PostAsync(Client, Hello, accept: accept);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.MediaType);
        Assert.Equal("utf-8", answer.Charset);
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task Unacceptable_accept_header_is_answered_with_406(string accept)
    {
        var answer = await Http.PostAsync(Client, Hello, accept: accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.Equal("NOT_ACCEPTABLE", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON;charset=\"utf-8\"")]
    public async Task Json_request_bodies_in_utf8_are_accepted(string contentType)
    {
        var answer = await Http.PostAsync(
            Client,
            """{"query":"{ echo(text: \"Grüße 🏃\") }"}""",
            contentType
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Grüße 🏃", answer.Json.GetProperty("data").GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Other_request_media_types_are_answered_with_415(string? contentType)
    {
        var answer = await Http.PostAsync(Client, Hello, contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.FirstErrorCode);
    }

    [Theory]
    // Malformed requests: 400 whatever the media type (spec "Status Codes", JSON parsing failure / invalid parameters).
    [InlineData("", "The request body is empty")]
    [InlineData("NONSENSE", "not valid JSON")]
    [InlineData("{\"query\":", "not valid JSON")]
    [InlineData("\"{ hello }\"", "must be a JSON object")]
    [InlineData("42", "must be a JSON object")]
    [InlineData("null", "must be a JSON object")]
    [InlineData("{}", "\"query\" parameter is required")]
    [InlineData("{\"qeury\":\"{ hello }\"}", "\"query\" parameter is required")]
    [InlineData("{\"query\":\"\"}", "\"query\" parameter is required")]
    [InlineData("{\"query\":null}", "\"query\" parameter is required")]
    [InlineData("{\"query\":{\"obj\":1}}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":0}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":false}", "\"query\" parameter must be a string")]
    [InlineData("{\"query\":[\"{ hello }\"]}", "\"query\" parameter must be a string")]
    [InlineData(
        "{\"query\":\"{ hello }\",\"operationName\":1}",
        "\"operationName\" parameter must be a string"
    )]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[7]}", "\"variables\" parameter must be an object")]
    [InlineData(
        "{\"query\":\"{ hello }\",\"variables\":\"{}\"}",
        "\"variables\" parameter must be an object"
    )]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":0}", "\"extensions\" parameter must be an object")]
    [InlineData("{\"query\":\"\\ud800\"}", "unpaired surrogate")]
    public async Task Malformed_requests_are_answered_with_400(string body, string message)
    {
        foreach (var accept in new[] { Http.GraphQLResponseJson, "application/json" })
        {
            var answer = await Http.PostAsync(Client, body, accept: accept);
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal(accept, answer.MediaType);
            Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
            Assert.Contains(message, answer.Json.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.False(answer.Json.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task Invalid_utf8_in_the_body_is_a_bad_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent([
                .. "{\"query\":\"{ echo(text: \\\""u8,
                0xC3,
                0x28,
                .. "\\\") }\"}"u8,
            ]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var answer = await Http.SendAsync(Client, request, Http.GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("not valid UTF-8", answer.Body);
    }

    [Fact]
    public async Task Null_optional_parameters_and_unknown_parameters_are_ignored()
    {
        var answer = await Http.PostAsync(
            Client,
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"other":[1]}"""
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Theory]
    // GraphQL request errors: 400 under application/graphql-response+json, 200 under application/json.
    [InlineData("""{"query":"{"}""", "GRAPHQL_SYNTAX_ERROR")]
    [InlineData("""{"query":"{ nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"query A { hello } query B { hello }"}""", "OPERATION_NOT_FOUND")]
    [InlineData("""{"query":"{ hello }","operationName":"Missing"}""", "OPERATION_NOT_FOUND")]
    [InlineData("""{"query":"query ($t: String!) { echo(text: $t) }"}""", "BAD_USER_INPUT")]
    [InlineData(
        """{"query":"query ($t: String!) { echo(text: $t) }","variables":{"t":1}}""",
        "BAD_USER_INPUT"
    )]
    public async Task Request_errors_have_no_data_and_their_status_depends_on_the_media_type(
        string body,
        string code
    )
    {
        var strict = await Http.PostAsync(Client, body, accept: Http.GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(Http.GraphQLResponseJson, strict.MediaType);
        Assert.Equal(code, strict.FirstErrorCode);
        Assert.False(strict.Json.TryGetProperty("data", out _));

        var legacy = await Http.PostAsync(Client, body, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("application/json", legacy.MediaType);
        Assert.Equal(strict.Body, legacy.Body);
    }

    [Theory]
    [InlineData(Http.GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task Field_errors_keep_status_200_with_partial_data(string accept)
    {
        var answer = await Http.PostAsync(Client, """{"query":"{ hello failing }"}""", accept: accept);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(
            """{"errors":[{"message":"This field always fails.","locations":[{"line":1,"column":9}],"path":["failing"],"extensions":{"code":"TEST_FAILURE"}}],"data":{"hello":"Hello world","failing":null}}""",
            answer.Body
        );
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        var answer = await Http.PostJsonAsync(
            Client,
            new
            {
                query = "query A { hello } query B($t: String!) { echo(text: $t) }",
                operationName = "B",
                variables = new { t = "hi" },
            }
        );
        Assert.Equal("""{"data":{"echo":"hi"}}""", answer.Body);
    }

    [Fact]
    public async Task Get_runs_queries_from_the_url()
    {
        var query = Http.Encode("query Q($t: String!) { echo(text: $t) }");
        var variables = Http.Encode("""{"t":"from GET"}""");
        var answer = await Http.GetAsync(
            Client,
            $"/graphql?query={query}&variables={variables}&operationName=Q"
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":{"echo":"from GET"}}""", answer.Body);
        Assert.Contains("Accept", answer.Message.Headers.Vary);
    }

    [Fact]
    public async Task Get_treats_empty_parameters_as_absent()
    {
        var answer = await Http.GetAsync(
            Client,
            $"/graphql?query={Http.Encode("{ hello }")}&operationName=&variables=&extensions="
        );
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Theory]
    [InlineData(
        "/graphql?query=%7B%20hello%20%7D&variables=%5B7%5D",
        "\"variables\" parameter must be an object"
    )]
    [InlineData(
        "/graphql?query=%7B%20hello%20%7D&variables=nonsense",
        "\"variables\" parameter must be a JSON-encoded object"
    )]
    [InlineData(
        "/graphql?query=%7B%20hello%20%7D&query=%7B%20hello%20%7D",
        "\"query\" parameter must be given once"
    )]
    [InlineData("/graphql", "\"query\" parameter is required")]
    public async Task Get_with_malformed_parameters_is_a_bad_request(string url, string message)
    {
        var answer = await Http.GetAsync(Client, url);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(message, answer.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(Http.GraphQLResponseJson)]
    [InlineData("application/json")]
    public async Task Mutations_over_get_are_refused_with_405_and_allow_post(string accept)
    {
        var answer = await Http.GetAsync(
            Client,
            $"/graphql?query={Http.Encode("mutation { increment }")}",
            accept
        );
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["POST"], answer.Message.Content.Headers.Allow);
        Assert.Equal("OPERATION_NOT_SUPPORTED", answer.FirstErrorCode);
        var counter = await Http.GetAsync(Client, $"/graphql?query={Http.Encode("{ counter }")}");
        Assert.Equal(HttpStatusCode.OK, counter.Status);
    }

    [Fact]
    public async Task Get_selecting_a_query_of_a_document_with_a_mutation_runs_it()
    {
        var query = Http.Encode("query Q { hello } mutation M { increment }");
        var answer = await Http.GetAsync(Client, $"/graphql?query={query}&operationName=Q");
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_answered_with_405_listing_get_and_post(string method)
    {
        var answer = await Http.SendAsync(
            Client,
            new HttpRequestMessage(new HttpMethod(method), "/graphql"),
            null
        );
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["GET", "POST"], answer.Message.Content.Headers.Allow);
    }

    [Fact]
    public async Task Mutations_run_over_post()
    {
        var answer = await Http.PostAsync(Client, """{"query":"mutation { increment(by: 0) }"}""");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json.GetProperty("data").GetProperty("increment").GetInt32() >= 0);
    }

    [Fact]
    public async Task Responses_carry_a_request_id()
    {
        var answer = await Http.PostAsync(Client, Hello);
        Assert.False(string.IsNullOrEmpty(answer.Message.Headers.GetValues("X-Request-Id").Single()));
    }

    [Fact]
    public async Task Sdl_is_served_at_query_parameter_and_file_path()
    {
        var printed = await Http.GetAsync(Client, "/graphql?sdl", accept: null);
        var file = await Http.GetAsync(Client, "/graphql/schema.graphql", accept: null);
        Assert.Equal(HttpStatusCode.OK, printed.Status);
        Assert.Equal("text/plain", printed.MediaType);
        Assert.StartsWith("\"\"\"\nThe schema the transport tests run against", printed.Body);
        Assert.Contains("type Mutation {", printed.Body);
        Assert.Equal(printed.Body, file.Body);
        Assert.Contains("schema.graphql", file.Message.Content.Headers.ContentDisposition!.ToString());
    }
}

/// <summary>Batches: a JSON array of requests answered by an array, in order, bounded in size.</summary>
public sealed class BatchingTests(DefaultApi api) : IClassFixture<DefaultApi>
{
    [Fact]
    public async Task A_batch_is_answered_by_an_array_in_request_order()
    {
        var answer = await Http.PostAsync(
            api.Client,
            """[{"query":"{ hello }"},{"query":"query($t: String!) { echo(text: $t) }","variables":{"t":"two"}},{"query":"{ nope }"},{"qeury":"x"}]"""
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var results = answer.Json.EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", results[0].GetRawText());
        Assert.Equal("""{"data":{"echo":"two"}}""", results[1].GetRawText());
        Assert.Equal(
            "GRAPHQL_VALIDATION_FAILED",
            results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
        );
        Assert.Equal(
            "BAD_REQUEST",
            results[3].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task A_batch_runs_mutations_before_the_queries_that_follow_them()
    {
        var answer = await Http.PostAsync(
            api.Client,
            """[{"query":"mutation { increment(by: 5) }"},{"query":"{ counter }"}]"""
        );
        var results = answer.Json.EnumerateArray().ToList();
        Assert.Equal(
            results[0].GetProperty("data").GetProperty("increment").GetInt32(),
            results[1].GetProperty("data").GetProperty("counter").GetInt32()
        );
    }

    [Theory]
    [InlineData(0, "BAD_REQUEST")]
    [InlineData(21, "BATCH_TOO_LARGE")]
    public async Task Empty_and_oversized_batches_are_refused(int count, string code)
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ hello }"}""", count)) + "]";
        var answer = await Http.PostAsync(api.Client, body);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.FirstErrorCode);
    }

    [Fact]
    public async Task Batching_can_be_switched_off()
    {
        using var factory = new ApiFactory(("GraphQL:Http:EnableBatching", "false"));
        var answer = await Http.PostAsync(factory.CreateClient(), """[{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BATCHING_DISABLED", answer.FirstErrorCode);
    }
}

/// <summary>Limits configured through the host's configuration.</summary>
public sealed class ConfiguredLimitTests
{
    [Fact]
    public async Task Bodies_over_the_configured_size_are_answered_with_413()
    {
        using var factory = new ApiFactory(("GraphQL:Http:MaxRequestBodyBytes", "64"));
        var client = factory.CreateClient();
        var small = await Http.PostAsync(client, """{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.OK, small.Status);
        var large = await Http.PostAsync(
            client,
            JsonSerializer.Serialize(new { query = "{ echo(text: \"" + new string('x', 100) + "\") }" })
        );
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.Status);
        Assert.Equal("REQUEST_TOO_LARGE", large.FirstErrorCode);
    }

    [Fact]
    public async Task Execution_limits_and_introspection_switch_come_from_configuration()
    {
        using var factory = new ApiFactory(
            ("GraphQL:Execution:MaxFieldSelections", "3"),
            ("GraphQL:Execution:EnableIntrospection", "false")
        );
        var client = factory.CreateClient();
        var tooMany = await Http.PostAsync(client, """{"query":"{ a: hello b: hello c: hello d: hello }"}""");
        Assert.Equal("MAX_FIELDS_EXCEEDED", tooMany.FirstErrorCode);
        var introspection = await Http.PostAsync(
            client,
            """{"query":"{ __schema { queryType { name } } }"}"""
        );
        Assert.Equal("INTROSPECTION_DISABLED", introspection.FirstErrorCode);
        var sdl = await Http.GetAsync(client, "/graphql?sdl", accept: null);
        Assert.Equal(HttpStatusCode.NotFound, sdl.Status);
    }

    [Fact]
    public async Task Timed_out_operations_are_504_under_graphql_response_json_and_200_under_json()
    {
        using var factory = new ApiFactory(("GraphQL:Execution:ExecutionTimeout", "00:00:00.200"));
        var client = factory.CreateClient();
        const string body = """{"query":"{ slow(milliseconds: 5000) }"}""";
        var strict = await Http.PostAsync(client, body);
        Assert.Equal(HttpStatusCode.GatewayTimeout, strict.Status);
        Assert.Equal("EXECUTION_TIMEOUT", strict.FirstErrorCode);
        var legacy = await Http.PostAsync(client, body, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("EXECUTION_TIMEOUT", legacy.FirstErrorCode);
    }

    [Fact]
    public async Task Get_can_be_switched_off()
    {
        using var factory = new ApiFactory(("GraphQL:Http:EnableGet", "false"));
        var answer = await Http.GetAsync(
            factory.CreateClient(),
            $"/graphql?query={Http.Encode("{ hello }")}"
        );
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["POST"], answer.Message.Content.Headers.Allow);
    }
}
