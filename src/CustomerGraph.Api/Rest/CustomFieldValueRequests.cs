using System.Text.Json;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

// What the Custom Fields API's value handlers read their bodies into and what the API description shows. A value is
// the JSON its definition's type takes: true, 12.5, "text", "2026-01-31", ["A","B"], any JSON for JSON fields.

/// <summary>A value of one definition for one entity; an entity that already has one gets it replaced.</summary>
public sealed record CreateCustomFieldValueRequest : IRestExample<CreateCustomFieldValueRequest>
{
    /// <summary>CUSTOMER when absent or null, the only entity type of this API.</summary>
    public CustomFieldEntityType? EntityType { get; init; }

    /// <summary>The entity (customer) the value belongs to.</summary>
    public required Guid EntityId { get; init; }

    /// <summary>The definition whose value this is.</summary>
    public required Guid DefinitionId { get; init; }

    /// <summary>The value, of the definition's type; never null (delete the value to remove it).</summary>
    public required JsonElement Value { get; init; }

    public static CreateCustomFieldValueRequest Example { get; } =
        new()
        {
            EntityId = CustomFieldValueResource.Example.EntityId,
            DefinitionId = CustomFieldValueResource.Example.DefinitionId,
            Value = JsonSerializer.SerializeToElement("Gold"),
        };
}

/// <summary>A JSON merge patch of a value: its new value, checked against its definition.</summary>
public sealed record CustomFieldValuePatchRequest : IRestExample<CustomFieldValuePatchRequest>
{
    /// <summary>The new value, of the definition's type; never null (delete the value to remove it).</summary>
    public required JsonElement Value { get; init; }

    public static CustomFieldValuePatchRequest Example { get; } =
        new() { Value = JsonSerializer.SerializeToElement("Silver") };
}

/// <summary>Values to set on one entity, each addressed by its definition's key; a null value clears that value.</summary>
public sealed record SetCustomFieldValuesRequest : IRestExample<SetCustomFieldValuesRequest>
{
    /// <summary>CUSTOMER when absent or null, the only entity type of this API.</summary>
    public CustomFieldEntityType? EntityType { get; init; }

    /// <summary>The entity (customer) whose values change.</summary>
    public required Guid EntityId { get; init; }

    /// <summary>The values, applied together: nothing changes unless every one is valid.</summary>
    public required IReadOnlyList<CustomFieldKeyValueRequest> Values { get; init; }

    public static SetCustomFieldValuesRequest Example { get; } =
        new()
        {
            EntityId = CustomFieldValueResource.Example.EntityId,
            Values =
            [
                new() { Key = "contractTier", Value = JsonSerializer.SerializeToElement("Gold") },
                new() { Key = "creditLimit", Value = JsonSerializer.SerializeToElement(250000) },
            ],
        };

    /// <summary>The domain's inputs, in body order; a JSON null clears.</summary>
    public IReadOnlyList<CustomFieldValueInput> ToInputs() =>
        [.. (Values ?? []).Select(value => new CustomFieldValueInput(value.Key ?? "", value.Value))];
}

/// <summary>One value of <c>set-values</c>: the definition's key and the value (null clears it).</summary>
public sealed record CustomFieldKeyValueRequest
{
    /// <summary>The key of the value's definition.</summary>
    public required string Key { get; init; }

    /// <summary>The value, of the definition's type; null clears it.</summary>
    public JsonElement? Value { get; init; }
}
