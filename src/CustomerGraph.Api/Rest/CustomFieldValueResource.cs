using System.Text.Json;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// One custom field value of one entity as the Custom Fields API shows it: <c>value</c> is the JSON the definition's
/// type takes (true, 12.5, "text", "2026-01-31", ["A","B"], any JSON for JSON fields), null once a definition change
/// made it invalid; <c>lastIncompatibleValue</c> is then the value it had.
/// </summary>
public sealed record CustomFieldValueResource(
    Guid Id,
    Guid DefinitionId,
    string Key,
    CustomFieldType Type,
    CustomFieldEntityType EntityType,
    Guid EntityId,
    JsonElement? Value,
    JsonElement? LastIncompatibleValue,
    DateTime UpdatedAt
) : IRestExample<CustomFieldValueResource>
{
    public static CustomFieldValueResource Example { get; } =
        new(
            Guid.Parse("9e4d2c6b-1a3f-4b58-9c7d-0e2f4a6b8c1d"),
            CustomFieldDefinitionResource.Example.Id,
            "contractTier",
            CustomFieldType.Dropdown,
            CustomFieldEntityType.Customer,
            Guid.Parse("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e"),
            JsonSerializer.SerializeToElement("Gold"),
            null,
            new DateTime(2026, 2, 3, 14, 5, 12, DateTimeKind.Utc)
        );

    /// <summary>The resource of <paramref name="value"/>, which must come with its definition.</summary>
    public static CustomFieldValueResource From(CustomFieldValue value)
    {
        var definition = value.Definition!;
        return new(
            value.Id,
            value.DefinitionId,
            definition.Key,
            definition.Type,
            definition.EntityType,
            value.CustomerId,
            Parse(value.Value),
            Parse(value.LastIncompatibleValue),
            value.UpdatedAt
        );
    }

    private static JsonElement? Parse(string? json)
    {
        if (json is null)
            return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
