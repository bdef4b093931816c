using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// A custom field definition as the Custom Fields API shows it; the settings of another type than its own are
/// absent (null), as in the graph.
/// </summary>
public sealed record CustomFieldDefinitionResource(
    Guid Id,
    CustomFieldEntityType EntityType,
    string Key,
    string Title,
    string? Description,
    CustomFieldType Type,
    bool UiVisible,
    bool UiEditable,
    IReadOnlyList<string>? Options,
    bool? MultiSelect,
    string? Currency,
    decimal? Minimum,
    decimal? Maximum,
    string? Unit,
    int? MaxLength,
    string? Pattern,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version
) : IRestExample<CustomFieldDefinitionResource>
{
    public static CustomFieldDefinitionResource Example { get; } =
        new(
            Guid.Parse("5b2f8c1a-9d3e-4f70-8a6b-2c4d6e8f0a1b"),
            CustomFieldEntityType.Customer,
            "contractTier",
            "Contract tier",
            "The service level agreed in the customer's contract.",
            CustomFieldType.Dropdown,
            true,
            true,
            ["Bronze", "Silver", "Gold"],
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            new DateTime(2026, 1, 12, 9, 30, 0, DateTimeKind.Utc),
            new DateTime(2026, 2, 3, 14, 5, 12, DateTimeKind.Utc),
            2
        );

    /// <summary>The resource of <paramref name="definition"/>.</summary>
    public static CustomFieldDefinitionResource From(CustomFieldDefinition definition)
    {
        var dropdown = definition.Type == CustomFieldType.Dropdown;
        return new(
            definition.Id,
            definition.EntityType,
            definition.Key,
            definition.Title,
            definition.Description,
            definition.Type,
            definition.UiVisible,
            definition.UiEditable,
            dropdown ? definition.Options : null,
            dropdown ? definition.MultiSelect : null,
            definition.Currency,
            definition.Minimum,
            definition.Maximum,
            definition.Unit,
            definition.MaxLength,
            definition.Pattern,
            definition.CreatedAt,
            definition.UpdatedAt,
            definition.Version
        );
    }
}
