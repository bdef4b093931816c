using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Api.Rest;

// Like the customer requests, these are what the Custom Fields API's definition handlers read their bodies into and
// what the API description shows. Settings are flat; each applies to one type only (options to DROPDOWN, …).

/// <summary>A new custom field definition: key, title and type are required.</summary>
public sealed record CreateCustomFieldDefinitionRequest : IRestExample<CreateCustomFieldDefinitionRequest>
{
    /// <summary>CUSTOMER when absent or null, the only entity type of this API.</summary>
    public CustomFieldEntityType? EntityType { get; init; }

    /// <summary>The stable key: a letter, then letters, digits or _ (at most 64); unique within the account.</summary>
    public required string Key { get; init; }

    /// <summary>Required; the title shown to people.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The value type; it cannot change later.</summary>
    public required CustomFieldType Type { get; init; }

    /// <summary>True when absent.</summary>
    public bool? UiVisible { get; init; }

    /// <summary>True when absent.</summary>
    public bool? UiEditable { get; init; }

    /// <summary>DROPDOWN only: the options, in display order.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>DROPDOWN only: whether a value may hold several options. False when absent.</summary>
    public bool? MultiSelect { get; init; }

    /// <summary>MONETARY only, required there: the ISO 4217 currency, e.g. EUR.</summary>
    public string? Currency { get; init; }

    /// <summary>NUMBER only: the smallest allowed value.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>NUMBER only: the largest allowed value.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>NUMBER only: the unit shown beside values, e.g. h.</summary>
    public string? Unit { get; init; }

    /// <summary>STRING only: the longest allowed value (1 to 4000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>STRING only: a regular expression every value must match in full.</summary>
    public string? Pattern { get; init; }

    public static CreateCustomFieldDefinitionRequest Example { get; } =
        new()
        {
            Key = "contractTier",
            Title = "Contract tier",
            Description = "The service level agreed in the customer's contract.",
            Type = CustomFieldType.Dropdown,
            Options = ["Bronze", "Silver", "Gold"],
        };

    /// <summary>The domain's input; absent flags take the domain's defaults.</summary>
    public CreateCustomFieldDefinitionInput ToInput() =>
        new(Key ?? "", Title ?? "", Type)
        {
            EntityType = EntityType ?? CustomFieldEntityType.Customer,
            Description = Description,
            UiVisible = UiVisible ?? true,
            UiEditable = UiEditable ?? true,
            Options = Options,
            MultiSelect = MultiSelect ?? false,
            Currency = Currency,
            Minimum = Minimum,
            Maximum = Maximum,
            Unit = Unit,
            MaxLength = MaxLength,
            Pattern = Pattern,
        };
}

/// <summary>
/// A JSON merge patch (RFC 7396) of a definition: an absent field stays, null clears it. The type cannot change;
/// removing dropdown options needs optionReplacements for their values; a shorter STRING maxLength truncates longer
/// values, and other narrowed limits clear the values that no longer fit, keeping each previous value as
/// lastIncompatibleValue.
/// </summary>
public sealed record CustomFieldDefinitionPatchRequest : IRestExample<CustomFieldDefinitionPatchRequest>
{
    /// <summary>Only the definition's own type is accepted: a type never changes.</summary>
    public Optional<CustomFieldType> Type { get; init; }

    /// <summary>Cannot be cleared.</summary>
    public Optional<string?> Title { get; init; }

    public Optional<string?> Description { get; init; }

    public Optional<bool> UiVisible { get; init; }

    public Optional<bool> UiEditable { get; init; }

    /// <summary>DROPDOWN only: the new options, in display order.</summary>
    public Optional<IReadOnlyList<string>?> Options { get; init; }

    /// <summary>DROPDOWN only: for every removed option, the remaining option its values move to.</summary>
    public IReadOnlyDictionary<string, string>? OptionReplacements { get; init; }

    public Optional<bool> MultiSelect { get; init; }

    public Optional<string?> Currency { get; init; }

    public Optional<decimal?> Minimum { get; init; }

    public Optional<decimal?> Maximum { get; init; }

    public Optional<string?> Unit { get; init; }

    /// <summary>STRING only: a shorter maximum truncates longer values.</summary>
    public Optional<int?> MaxLength { get; init; }

    public Optional<string?> Pattern { get; init; }

    public static CustomFieldDefinitionPatchRequest Example { get; } =
        new()
        {
            Options = Optional<IReadOnlyList<string>?>.Of(["Silver", "Gold", "Platinum"]),
            OptionReplacements = new Dictionary<string, string> { ["Bronze"] = "Silver" },
        };

    /// <summary>The domain's patch.</summary>
    public CustomFieldDefinitionPatch ToPatch() =>
        new()
        {
            Type = Type,
            Title = Title,
            Description = Description,
            UiVisible = UiVisible,
            UiEditable = UiEditable,
            Options = Options,
            OptionReplacements = OptionReplacements,
            MultiSelect = MultiSelect,
            Currency = Currency,
            Minimum = Minimum,
            Maximum = Maximum,
            Unit = Unit,
            MaxLength = MaxLength,
            Pattern = Pattern,
        };
}
