using System.Text.Json.Nodes;

namespace CustomerGraph.Graph.Tests;

/// <summary>Small readers over responses.</summary>
public static class Json
{
    public static List<string> Strings(JsonNode? array, string field) =>
        [.. array!.AsArray().Select(item => (string)item![field]!)];

    /// <summary>The single error of a response, asserting there is exactly one.</summary>
    public static JsonNode SingleError(JsonObject response) => Assert.Single(response["errors"]!.AsArray())!;

    public static string? Code(JsonNode error) => (string?)error["extensions"]?["code"];
}
