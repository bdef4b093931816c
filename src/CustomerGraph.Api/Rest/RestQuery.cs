using System.Globalization;
using System.Text.Json;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Reads the query parameters of the numbered lists (page, size, sort, filters); every unreadable value becomes a
/// violation naming the parameter, so a list answers 400 with all of them instead of guessing.
/// </summary>
public sealed class RestQuery(IQueryCollection query)
{
    /// <summary>The size of a page when the client names none, as in the graph's lists.</summary>
    public const int DefaultSize = 20;

    /// <summary>The violations found so far.</summary>
    public List<RestViolation> Violations { get; } = [];

    /// <summary>The parameters as a JSON object of strings, so domain errors can quote the rejected value.</summary>
    public JsonElement Json =>
        JsonSerializer.SerializeToElement(query.ToDictionary(p => p.Key, p => p.Value.ToString()));

    /// <summary>The 0-based page number; 0 when absent.</summary>
    public int Page => Int("page", 0);

    /// <summary>The page size; <see cref="DefaultSize"/> when absent.</summary>
    public int Size => Int("size", DefaultSize);

    /// <summary>A text parameter; null when absent or empty.</summary>
    public string? Text(string name) => query[name].ToString() is { Length: > 0 } text ? text : null;

    /// <summary>A comma-separated list; null when absent or blank.</summary>
    public IReadOnlyList<string>? List(string name) =>
        string.IsNullOrWhiteSpace(query[name])
            ? null
            : query[name]
                .ToString()
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A comma-separated list of enum values in SCREAMING_SNAKE_CASE; null when absent.</summary>
    public List<TEnum>? Enums<TEnum>(string name)
        where TEnum : struct, Enum
    {
        if (List(name) is not { } texts)
            return null;
        var values = new List<TEnum>();
        foreach (var text in texts)
        {
            if (RestEnums.TryParse<TEnum>(text, out var value))
                values.Add(value);
            else
                Reject(name, text, $"must be one of {string.Join(", ", RestEnums.Names<TEnum>())}");
        }
        return values;
    }

    /// <summary>A comma-separated list of UUIDs; null when absent.</summary>
    public List<Guid>? Uuids(string name)
    {
        if (List(name) is not { } texts)
            return null;
        var ids = new List<Guid>();
        foreach (var text in texts)
        {
            if (Guid.TryParseExact(text, "D", out var id))
                ids.Add(id);
            else
                Reject(name, text, "must be a UUID");
        }
        return ids;
    }

    /// <summary>An ISO 8601 date-time as UTC; null when absent.</summary>
    public DateTime? Time(string name)
    {
        if (Text(name) is not { } text)
            return null;
        if (
            DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var time
            )
        )
            return time.UtcDateTime;
        Reject(name, text, "must be an ISO 8601 date-time like 2026-01-31T12:00:00Z");
        return null;
    }

    /// <summary>
    /// <c>sort=name,-createdAt</c>: each key of <paramref name="keys"/> ascending, or descending with a leading minus,
    /// each at most once; empty when absent.
    /// </summary>
    public List<(TField Field, bool Descending)> Sort<TField>(IReadOnlyDictionary<string, TField> keys)
    {
        var sorts = new List<(TField, bool)>();
        foreach (var key in List("sort") ?? [])
        {
            var descending = key.StartsWith('-');
            if (!keys.TryGetValue(descending ? key[1..] : key, out var field))
                Reject(
                    "sort",
                    key,
                    $"must be {string.Join(" or ", keys.Keys)}, optionally with a leading - for descending order"
                );
            // Each key once: a repeated key adds nothing but another ORDER BY term.
            else if (sorts.Any(sort => EqualityComparer<TField>.Default.Equals(sort.Item1, field)))
                Reject("sort", key, "each sort key may be given once");
            else
                sorts.Add((field, descending));
        }
        return sorts;
    }

    private int Int(string name, int fallback)
    {
        if (Text(name) is not { } text)
            return fallback;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        Reject(name, text, "must be a whole number");
        return fallback;
    }

    private void Reject(string name, string text, string rule) =>
        Violations.Add(new RestViolation(name, $"value '{text}' was rejected: {rule}"));
}
