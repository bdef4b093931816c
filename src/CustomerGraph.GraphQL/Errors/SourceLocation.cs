namespace CustomerGraph.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL source, as responses report them.</summary>
public readonly record struct SourceLocation(int Line, int Column);
