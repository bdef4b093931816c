namespace CustomerGraph.GraphQL.Errors;

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

    /// <summary>For validation and schema errors: the name of the rule that reported it, e.g. <c>NoUnusedVariablesRule</c>.</summary>
    public string? Rule { get; init; }

    /// <summary>For document validation errors: the type of the rule that reported it, to tell rules apart without their names.</summary>
    public Type? RuleType { get; init; }

    public override string ToString() =>
        Locations.Count == 0
            ? Message
            : $"{Message} ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})";
}
