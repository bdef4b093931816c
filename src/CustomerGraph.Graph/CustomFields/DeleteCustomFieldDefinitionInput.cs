namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>DeleteCustomFieldDefinitionInput</c>.</summary>
public sealed record DeleteCustomFieldDefinitionInput(string DefinitionId, int? ExpectedVersion = null);
