using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CustomerGraph.TestSupport;

/// <summary>Raw HTTP requests against the endpoint, with exactly the headers and bodies a test names.</summary>
public static class Http
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<HttpAnswer> PostAsync(
        HttpClient client,
        string body,
        string? contentType = "application/json",
        string? accept = GraphQLResponseJson,
        string path = "/graphql"
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return SendAsync(client, request, accept);
    }

    public static Task<HttpAnswer> PostJsonAsync(
        HttpClient client,
        object body,
        string? accept = GraphQLResponseJson
    ) => PostAsync(client, JsonSerializer.Serialize(body), accept: accept);

    public static Task<HttpAnswer> GetAsync(
        HttpClient client,
        string pathAndQuery,
        string? accept = GraphQLResponseJson
    ) => SendAsync(client, new HttpRequestMessage(HttpMethod.Get, pathAndQuery), accept);

    public static async Task<HttpAnswer> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        string? accept
    )
    {
        if (accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
        return new HttpAnswer(
            response.StatusCode,
            contentType?.MediaType,
            contentType?.CharSet,
            response,
            body
        );
    }

    /// <summary>The URL-encoded form of a GET parameter.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
