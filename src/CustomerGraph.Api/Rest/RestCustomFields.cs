using System.Globalization;
using System.Text.Json;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Custom field values in a customer body: an object by key, <c>{"vip": true, "hours": 12.5}</c>. The domain checks
/// them as a list (<c>customFields[i]</c>); the REST body names them <c>customFields.&lt;key&gt;</c>.
/// </summary>
public static class RestCustomFields
{
    private const string Prefix = "customFields[";

    /// <summary>Values of a dropdown and a monetary field, as the API description shows them.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Example { get; } =
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
            """{"contractTier":"Gold","creditLimit":250000}"""
        )!;

    /// <summary>The values of a body's <c>customFields</c> object as the domain's inputs, in body order; null stays null.</summary>
    public static IReadOnlyList<CustomFieldValueInput>? Inputs(
        IReadOnlyDictionary<string, JsonElement>? values
    ) =>
        values is null
            ? null
            : [.. values.Select(value => new CustomFieldValueInput(value.Key, value.Value))];

    /// <summary>The stored values by key, each as the JSON it was normalized to; cleared values are left out.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ToJson(IReadOnlyList<CustomFieldValue> values)
    {
        var json = new Dictionary<string, JsonElement>(values.Count);
        foreach (var value in values)
        {
            if (value.Value is null || value.Definition is null)
                continue;
            using var document = JsonDocument.Parse(value.Value);
            json[value.Definition.Key] = document.RootElement.Clone();
        }
        return json;
    }

    /// <summary>Renames the domain's <c>customFields[i].key</c> and <c>customFields[i].value</c> to <c>customFields.&lt;key&gt;</c>.</summary>
    public static Func<string, string> FieldPath(IReadOnlyList<CustomFieldValueInput> values) =>
        field =>
        {
            if (!field.StartsWith(Prefix, StringComparison.Ordinal))
                return field;
            var close = field.IndexOf(']', Prefix.Length);
            return
                close > 0
                && int.TryParse(
                    field.AsSpan(Prefix.Length, close - Prefix.Length),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var index
                )
                && index < values.Count
                ? $"customFields.{values[index].Key}"
                : field;
        };

    /// <summary>The changes that clear every value the customer has (<c>"customFields": null</c> in a merge patch).</summary>
    public static async Task<IReadOnlyList<CustomFieldValueInput>> ClearAllAsync(
        Guid customerId,
        CustomFieldQueries queries,
        CancellationToken cancellationToken
    )
    {
        var values = await queries.GetValuesForCustomersAsync([customerId], cancellationToken);
        return
        [
            .. values[customerId].Select(value => new CustomFieldValueInput(value.Definition!.Key, null)),
        ];
    }
}
