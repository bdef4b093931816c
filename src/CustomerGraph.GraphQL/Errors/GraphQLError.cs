namespace CustomerGraph.GraphQL.Errors;

/// <summary>A 1-based line and column in a GraphQL source, as responses report them.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// One error as the response format of spec section 7 describes it: a message, the source locations it
/// refers to, the response path for field errors, and extensions carrying a machine-readable code.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        string? code = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null
    )
    {
        Message = message;
        Locations = locations ?? [];
        Code = code;
        Path = path;
        Extensions = extensions;
    }

    public string Message { get; }
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The value of <c>extensions.code</c>.</summary>
    public string? Code { get; }

    /// <summary>Response path (field names and list indices) for errors raised during execution.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extensions other than <c>code</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>For validation errors: the name of the rule that reported it, e.g. <c>NoUnusedVariablesRule</c>.</summary>
    public string? Rule { get; init; }

    public override string ToString() =>
        Locations.Count == 0
            ? Message
            : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}

/// <summary>Thrown by the parser: the document is not valid GraphQL syntax.</summary>
public sealed class GraphQLSyntaxException(GraphQLError error) : Exception(error.Message)
{
    public const string ErrorCode = "GRAPHQL_SYNTAX_ERROR";
    public GraphQLError Error { get; } = error;
}

/// <summary>Thrown when a schema cannot be built: every problem found is listed.</summary>
public sealed class SchemaException(IReadOnlyList<GraphQLError> errors)
    : Exception(
        "The schema is invalid:"
            + Environment.NewLine
            + string.Join(Environment.NewLine, errors.Select(e => "- " + e))
    )
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
