namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>CustomFieldAssignmentInput</c>: a custom field by key and its new value.</summary>
public sealed record CustomFieldAssignmentInput(string Key, GraphCustomFieldValueInput Value);
