using System.Text.Json.Nodes;

namespace CustomerGraph.Cluster.Tests;

/// <summary>One response: status, parsed body (null when not JSON), raw text and <c>Retry-After</c> in seconds.</summary>
public sealed record ClusterAnswer(int Status, JsonNode? Json, string Text, double? RetryAfterSeconds)
{
    /// <summary>The <c>extensions.code</c> of every GraphQL error, or the REST error object's code.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        Json?["errors"] is JsonArray errors
            ? errors.Select(error => (string?)error?["extensions"]?["code"] ?? "(none)").ToList()
        : Json?["code"] is JsonValue code ? [(string)code!]
        : [];

    public JsonNode? Data => Json?["data"];
}
