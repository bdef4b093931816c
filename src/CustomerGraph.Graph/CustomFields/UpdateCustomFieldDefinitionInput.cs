using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>
/// The graph's <c>UpdateCustomFieldDefinitionInput</c>. A settings object replaces its settings: given fields are
/// set, and null clears the whole group.
/// </summary>
public sealed record UpdateCustomFieldDefinitionInput(string DefinitionId)
{
    public Optional<string?> Title { get; init; }
    public Optional<string?> Description { get; init; }
    public bool? UiVisible { get; init; }
    public bool? UiEditable { get; init; }
    public Optional<DropdownSettingsInput?> Dropdown { get; init; }
    public IReadOnlyList<OptionReplacementInput>? OptionReplacements { get; init; }
    public Optional<NumberSettingsInput?> Number { get; init; }
    public Optional<StringSettingsInput?> String { get; init; }

    public CustomFieldDefinitionPatch ToPatch()
    {
        var replacements = OptionReplacements ?? [];
        var patch = new CustomFieldDefinitionPatch
        {
            Title = Title,
            Description = Description,
            UiVisible = UiVisible is { } visible ? visible : Optional<bool>.Omitted,
            UiEditable = UiEditable is { } editable ? editable : Optional<bool>.Omitted,
            OptionReplacements =
                replacements.Count == 0
                    ? null
                    : replacements
                        .GroupBy(item => item.Removed)
                        .ToDictionary(group => group.Key, group => group.Last().Replacement),
        };
        if (Dropdown.HasValue)
            patch = patch with
            {
                Options = Optional<IReadOnlyList<string>?>.Of(Dropdown.Value?.Options),
                MultiSelect = Dropdown.Value?.MultiSelect ?? false,
            };
        if (Number.HasValue)
            patch = patch with
            {
                Minimum = Setting(Number.Value, number => number.Minimum),
                Maximum = Setting(Number.Value, number => number.Maximum),
                Unit = Setting(Number.Value, number => number.Unit),
            };
        if (String.HasValue)
            patch = patch with
            {
                MaxLength = Setting(String.Value, text => text.MaxLength),
                Pattern = Setting(String.Value, text => text.Pattern),
            };
        return patch;
    }

    // A null group clears each of its settings; a given group sets what it gives.
    private static Optional<T?> Setting<TGroup, T>(TGroup? group, Func<TGroup, Optional<T?>> read)
        where TGroup : class => group is null ? Optional<T?>.Of(default) : read(group);
}
