using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// A response reduced to what the suite compares: whether it has <c>data</c>, the data exactly (keys in
/// order, numbers as JavaScript prints them), and the errors as a set of message, path and locations.
/// </summary>
/// <remarks>
/// With asynchronous resolvers, whether a sibling's error is still reported once a null has propagated
/// over its parent depends on which finished first (spec 6.4.4 leaves it open), in graphql-js too. So
/// <paramref name="ShadowedErrors"/> — errors below a position that ended up null — only have to be
/// present on both sides or absent on both; every other error must match exactly.
/// </remarks>
internal sealed record ComparableResponse(
    string? Data,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> ShadowedErrors
)
{
    public static ComparableResponse From(JsonElement response, bool separateShadowedErrors)
    {
        var hasData = response.TryGetProperty("data", out var dataElement);
        var errors = new List<(string Path, string Message, string Json, bool Shadowed)>();
        if (response.TryGetProperty("errors", out var errorsElement))
            foreach (var error in errorsElement.EnumerateArray())
            {
                var message = error.GetProperty("message").GetString()!;
                var hasPath = error.TryGetProperty("path", out var pathElement);
                var path = hasPath ? JsJson.Normalize(pathElement) : "";
                var locations = error.TryGetProperty("locations", out var locationsElement)
                    ? JsJson.Normalize(locationsElement)
                    : "";
                var json = JsJson.Canonical(new Dictionary<string, object?> { ["message"] = message })[..^1];
                if (path.Length > 0)
                    json += ",\"path\":" + path;
                if (locations.Length > 0)
                    json += ",\"locations\":" + locations;
                var shadowed =
                    separateShadowedErrors && hasData && hasPath && IsBelowNull(dataElement, pathElement);
                errors.Add((path, message, json + "}", shadowed));
            }
        var ordered = errors
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
        return new ComparableResponse(
            hasData ? JsJson.Normalize(dataElement) : null,
            [.. ordered.Where(e => !e.Shadowed).Select(e => e.Json)],
            [.. ordered.Where(e => e.Shadowed).Select(e => e.Json)]
        );
    }

    /// <summary>Whether some strict prefix of the error's path is null in the data.</summary>
    private static bool IsBelowNull(JsonElement data, JsonElement path)
    {
        var position = data;
        var segments = path.EnumerateArray().ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            if (position.ValueKind == JsonValueKind.Null)
                return true;
            var segment = segments[i];
            var found =
                segment.ValueKind == JsonValueKind.Number
                    ? position.ValueKind == JsonValueKind.Array
                        && segment.GetInt32() < position.GetArrayLength()
                        && (position = position[segment.GetInt32()]).ValueKind != JsonValueKind.Undefined
                    : position.ValueKind == JsonValueKind.Object
                        && position.TryGetProperty(segment.GetString()!, out position);
            if (!found)
                return false;
        }
        return false;
    }

    public bool Agrees(ComparableResponse other) =>
        Data == other.Data
        && Errors.SequenceEqual(other.Errors, StringComparer.Ordinal)
        && ShadowedErrors.Count > 0 == other.ShadowedErrors.Count > 0;

    /// <summary>Where the data first differ, with some context, when both have data and they differ.</summary>
    public string DescribeDataDifference(ComparableResponse other)
    {
        if (Data is null || other.Data is null || Data == other.Data)
            return "";
        var at = 0;
        while (at < Data.Length && at < other.Data.Length && Data[at] == other.Data[at])
            at++;
        var start = Math.Max(0, at - 60);
        string Around(string text) => text[start..Math.Min(text.Length, at + 60)];
        return $"\n  data differ at character {at}: expected …{Around(Data)}… actual …{Around(other.Data)}…";
    }

    public override string ToString()
    {
        var errors = Errors.Concat(ShadowedErrors).ToList();
        return (errors.Count > 0 ? $"errors: [{string.Join(", ", errors)}]\n      " : "")
            + (Data is null ? "(no data)" : $"data: {Data}");
    }
}
