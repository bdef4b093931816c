using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerGraph.Cluster.Tests;

/// <summary>GraphQL and REST calls over real sockets to the balancer or one host, each with a bearer token.</summary>
public sealed class ClusterClient : IDisposable
{
    private readonly HttpClient _http = new(
        new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }
    )
    {
        Timeout = TimeSpan.FromSeconds(45),
    };

    /// <summary>POSTs a GraphQL request; extra members (extensions) may be given in <paramref name="body"/>.</summary>
    public Task<ClusterAnswer> PostAsync(Uri server, string token, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "/graphql"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        return SendAsync(request, token);
    }

    public Task<ClusterAnswer> QueryAsync(
        Uri server,
        string token,
        string query,
        JsonObject? variables = null
    ) => PostAsync(server, token, new JsonObject { ["query"] = query, ["variables"] = variables });

    /// <summary>A query over GET, which the balancer may resend to the next instance.</summary>
    public Task<ClusterAnswer> GetQueryAsync(Uri server, string token, string query) =>
        SendAsync(
            new HttpRequestMessage(
                HttpMethod.Get,
                new Uri(server, "/graphql?query=" + Uri.EscapeDataString(query))
            ),
            token
        );

    public Task<ClusterAnswer> GetAsync(Uri server, string path, string? token = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server, path)), token);

    private async Task<ClusterAnswer> SendAsync(HttpRequestMessage request, string? token)
    {
        using (request)
        {
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            JsonNode? json = null;
            try
            {
                json = text.Length > 0 ? JsonNode.Parse(text) : null;
            }
            catch (JsonException) { }
            return new ClusterAnswer(
                (int)response.StatusCode,
                json,
                text,
                response.Headers.RetryAfter?.Delta?.TotalSeconds
            );
        }
    }

    public void Dispose() => _http.Dispose();
}
