using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// A response reduced to what the suite compares: whether it has <c>data</c>, the data exactly (keys in
/// order, numbers as JavaScript prints them), and the errors as a set of message, path and locations.
/// </summary>
internal sealed record ComparableResponse(string? Data, IReadOnlyList<string> Errors)
{
    public static ComparableResponse From(JsonElement response)
    {
        string? data = response.TryGetProperty("data", out var dataElement)
            ? JsJson.Normalize(dataElement)
            : null;
        var errors = new List<(string Path, string Message, string Json)>();
        if (response.TryGetProperty("errors", out var errorsElement))
            foreach (var error in errorsElement.EnumerateArray())
            {
                var message = error.GetProperty("message").GetString()!;
                var path = error.TryGetProperty("path", out var pathElement)
                    ? JsJson.Normalize(pathElement)
                    : "";
                var locations = error.TryGetProperty("locations", out var locationsElement)
                    ? JsJson.Normalize(locationsElement)
                    : "";
                var json = JsJson.Canonical(new Dictionary<string, object?> { ["message"] = message })[..^1];
                if (path.Length > 0)
                    json += ",\"path\":" + path;
                if (locations.Length > 0)
                    json += ",\"locations\":" + locations;
                errors.Add((path, message, json + "}"));
            }
        return new ComparableResponse(
            data,
            [
                .. errors
                    .OrderBy(e => e.Path, StringComparer.Ordinal)
                    .ThenBy(e => e.Message, StringComparer.Ordinal)
                    .Select(e => e.Json),
            ]
        );
    }

    public bool Agrees(ComparableResponse other) =>
        Data == other.Data && Errors.SequenceEqual(other.Errors, StringComparer.Ordinal);

    public override string ToString() =>
        (Errors.Count > 0 ? $"errors: [{string.Join(", ", Errors)}]\n      " : "")
        + (Data is null ? "(no data)" : $"data: {Data}");
}
