namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// An error a resolver raises on purpose: its message is meant for clients and is always shown, with
/// its code in <c>extensions.code</c>. Any other exception becomes a generic "Unexpected Execution Error".
/// </summary>
public class GraphQLException(
    string message,
    string code,
    IReadOnlyDictionary<string, object?>? extensions = null
) : Exception(message)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
