namespace CustomerGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition, or an extension of one.</summary>
public abstract class TypeSystemNode(Location location) : DefinitionNode(location);
