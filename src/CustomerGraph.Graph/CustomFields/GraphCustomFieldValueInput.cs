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
        return null;
    }
}
