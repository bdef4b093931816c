using System.Globalization;
using System.Text.Json;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>CustomFieldValueInput</c> (<c>@oneOf</c>: exactly one field is set).</summary>
public sealed record GraphCustomFieldValueInput
{
    public bool? BooleanValue { get; init; }
    public DateOnly? DateValue { get; init; }
    public IReadOnlyList<string>? SelectedOptions { get; init; }
    public decimal? NumberValue { get; init; }
    public string? StringValue { get; init; }

    /// <summary>JSON text, for JSON fields.</summary>
    public string? JsonValue { get; init; }

    /// <summary>False when <see cref="JsonValue"/> is given but is no JSON text.</summary>
    public bool IsReadable => JsonValue is null || TryParse(JsonValue, out _);

    /// <summary>The domain's JSON form of the value.</summary>
    public JsonElement? ToJson()
    {
        if (BooleanValue is { } flag)
            return JsonSerializer.SerializeToElement(flag);
        if (DateValue is { } date)
            return JsonSerializer.SerializeToElement(
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            );
        if (SelectedOptions is { } options)
            // One option is a plain string, which single- and multi-select fields both accept.
            return options.Count == 1
                ? JsonSerializer.SerializeToElement(options[0])
                : JsonSerializer.SerializeToElement(options);
        if (NumberValue is { } number)
            return JsonSerializer.SerializeToElement(number);
        if (StringValue is { } text)
            return JsonSerializer.SerializeToElement(text);
        if (JsonValue is { } json && TryParse(json, out var parsed))
            return parsed;
        return null;
    }

    private static bool TryParse(string json, out JsonElement value)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }
}
