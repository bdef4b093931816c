namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>DropdownSettingsInput</c>.</summary>
public sealed record DropdownSettingsInput(IReadOnlyList<string> Options, bool MultiSelect = false);
