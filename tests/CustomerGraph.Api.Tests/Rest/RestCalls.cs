using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>REST and GraphQL calls as the REST tests make them: raw requests, JSON answers, error-object checks.</summary>
public static class RestCalls
{
    public const string CustomersPath = "/customer/v1/customers";

    /// <summary>Sends a request with exactly the body, content type and If-Match given; the answer's body as JSON (default when empty).</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(
        this HttpClient client,
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        using var request = Request(method, path, body, contentType, ifMatch);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, json);
    }

    /// <summary>A request with exactly the body, content type and If-Match given.</summary>
    public static HttpRequestMessage Request(
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return request;
    }

    /// <summary>A successful GET's JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var (response, json) = await client.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return json;
    }

    /// <summary>POSTs a resource that must be created; returns its JSON.</summary>
    public static async Task<JsonElement> CreateAsync(this HttpClient client, string path, string body)
    {
        var (response, json) = await client.SendAsync(HttpMethod.Post, path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {json}");
        return json;
    }

    /// <summary>Creates a customer over REST; returns its id.</summary>
    public static async Task<string> CreateCustomerAsync(this HttpClient client, string body) =>
        (await client.CreateAsync(CustomersPath, body)).GetProperty("id").GetString()!;

    /// <summary>Runs a GraphQL operation that must succeed; returns <c>data</c>.</summary>
    public static async Task<JsonElement> GraphQLAsync(
        this HttpClient client,
        string query,
        object? variables = null
    )
    {
        // The cross-surface reads select the preview field customFields.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query, variables }),
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add("TU-PREVIEW", "custom-fields");
        var answer = await Http.SendAsync(client, request, Http.GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return answer.Json.GetProperty("data").Clone();
    }

    /// <summary>The error object: status in the response and the body, the code, and a message.</summary>
    public static void AssertError(
        HttpResponseMessage response,
        JsonElement json,
        HttpStatusCode status,
        string code
    )
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("message").GetString()));
    }

    /// <summary>The field of every violation, in order.</summary>
    public static List<string> ViolationFields(JsonElement error) =>
        [
            .. error
                .GetProperty("violations")
                .EnumerateArray()
                .Select(v => v.GetProperty("field").GetString()!),
        ];

    /// <summary>The message of the violation of <paramref name="field"/>.</summary>
    public static string ViolationMessage(JsonElement error, string field) =>
        error
            .GetProperty("violations")
            .EnumerateArray()
            .Single(v => v.GetProperty("field").GetString() == field)
            .GetProperty("message")
            .GetString()!;

    /// <summary>The values of one property across a page's content.</summary>
    public static List<string?> Column(JsonElement page, string property) =>
        [
            .. page.GetProperty("content")
                .EnumerateArray()
                .Select(item => item.GetProperty(property).GetString()),
        ];
}
