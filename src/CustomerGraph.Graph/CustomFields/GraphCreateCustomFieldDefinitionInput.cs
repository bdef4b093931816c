using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>CreateCustomFieldDefinitionInput</c>: the domain's flat settings grouped by field type.</summary>
public sealed record GraphCreateCustomFieldDefinitionInput(string Key, string Title, CustomFieldType Type)
{
    public CustomFieldEntityType EntityType { get; init; } = CustomFieldEntityType.Customer;
    public string? Description { get; init; }
    public bool UiVisible { get; init; } = true;
    public bool UiEditable { get; init; } = true;
    public DropdownSettingsInput? Dropdown { get; init; }
    public string? Currency { get; init; }
    public NumberSettingsInput? Number { get; init; }
    public StringSettingsInput? String { get; init; }

    public CreateCustomFieldDefinitionInput ToCreate() =>
        new(Key, Title, Type)
        {
            EntityType = EntityType,
            Description = Description,
            UiVisible = UiVisible,
            UiEditable = UiEditable,
            Options = Dropdown?.Options,
            MultiSelect = Dropdown?.MultiSelect ?? false,
            Currency = Currency,
            Minimum = Number?.Minimum.GetValueOrDefault(null),
            Maximum = Number?.Maximum.GetValueOrDefault(null),
            Unit = Number?.Unit.GetValueOrDefault(null),
            MaxLength = String?.MaxLength.GetValueOrDefault(null),
            Pattern = String?.Pattern.GetValueOrDefault(null),
        };
}
