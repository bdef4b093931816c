using System.Text.Json;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>A new custom field definition; settings apply only to their type (e.g. options to DROPDOWN).</summary>
public sealed record CreateCustomFieldDefinitionInput(string Key, string Title, CustomFieldType Type)
{
    public CustomFieldEntityType EntityType { get; init; } = CustomFieldEntityType.Customer;

    public string? Description { get; init; }

    public bool UiVisible { get; init; } = true;

    public bool UiEditable { get; init; } = true;

    public IReadOnlyList<string>? Options { get; init; }

    public bool MultiSelect { get; init; }

    public string? Currency { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public string? Unit { get; init; }

    public int? MaxLength { get; init; }

    public string? Pattern { get; init; }
}

/// <summary>
/// A PATCH of a definition. The type cannot change (supplying a different one is an error). Removing dropdown
/// options needs <see cref="OptionReplacements"/> (removed option → remaining option) so stored values can move;
/// a shorter STRING maxLength truncates longer values, and other narrowed limits clear the values that no longer
/// fit; either way the previous value is kept as the last incompatible value.
/// </summary>
public sealed record CustomFieldDefinitionPatch
{
    public Optional<CustomFieldType> Type { get; init; }

    public Optional<string?> Title { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<bool> UiVisible { get; init; }

    public Optional<bool> UiEditable { get; init; }

    public Optional<IReadOnlyList<string>?> Options { get; init; }

    /// <summary>For every removed dropdown option, the remaining option its values move to.</summary>
    public IReadOnlyDictionary<string, string>? OptionReplacements { get; init; }

    public Optional<bool> MultiSelect { get; init; }

    public Optional<string?> Currency { get; init; }

    public Optional<decimal?> Minimum { get; init; }

    public Optional<decimal?> Maximum { get; init; }

    public Optional<string?> Unit { get; init; }

    public Optional<int?> MaxLength { get; init; }

    public Optional<string?> Pattern { get; init; }
}

/// <summary>
/// The value to give the field with <paramref name="Key"/>: a JSON boolean, number, string ("2025-01-31" for DATE),
/// for a multi-select DROPDOWN an array of option strings, for JSON any JSON value. JSON null (or no value) removes the field's value.
/// </summary>
public sealed record CustomFieldValueInput(string Key, JsonElement? Value);
