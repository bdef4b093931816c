namespace CustomerGraph.GraphQL.Errors;

/// <summary>Thrown by the parser: the document is not valid GraphQL syntax, or is past a parser limit.</summary>
public sealed class GraphQLSyntaxException(
    GraphQLError error,
    SyntaxErrorKind kind = SyntaxErrorKind.Malformed
) : Exception(error.Message)
{
    /// <summary>The error as responses report it, with the <c>GRAPHQL_SYNTAX_ERROR</c> code.</summary>
    public GraphQLError Error { get; } = error;

    /// <summary>Whether the source is malformed or reached a limit, so callers need not read the message.</summary>
    public SyntaxErrorKind Kind { get; } = kind;
}
