namespace CustomerGraph.GraphQL.Language;

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);
