namespace CustomerGraph.GraphQL.Language;

/// <summary>Any input value literal, or a variable.</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);
