namespace CustomerGraph.GraphQL.Errors;

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
