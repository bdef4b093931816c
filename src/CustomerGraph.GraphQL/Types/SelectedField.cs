using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>One field selected below the field being resolved.</summary>
public readonly record struct SelectedField(string ResponseName, FieldDefinition Field, FieldNode Node);
