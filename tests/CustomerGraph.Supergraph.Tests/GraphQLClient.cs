using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>Posts GraphQL requests to one endpoint (the gateway or a subgraph) for one account.</summary>
public sealed class GraphQLClient(Uri endpoint, string token, string? previews = null) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>The whole response object (<c>data</c>, <c>errors</c>); throws on a status other than 200.</summary>
    public async Task<JsonObject> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        if (previews is not null)
            request.Headers.Add("TU-PREVIEW", previews);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{endpoint} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The <c>data</c> of a request that must succeed without errors.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response["errors"] is null, $"{endpoint}: {response.ToJsonString()}");
        return response["data"]!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
