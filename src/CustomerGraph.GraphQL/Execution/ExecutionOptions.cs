namespace CustomerGraph.GraphQL.Execution;

/// <summary>Limits and switches of the request pipeline; each limit answers with its own error code.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Largest accepted document, in UTF-8 bytes.</summary>
    public int MaxDocumentBytes { get; set; } = 64 * 1024;

    /// <summary>Most lexical tokens a document may have (the parser stops there).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Deepest nesting of selection sets, fragments expanded.</summary>
    public int MaxSelectionDepth { get; set; } = 32;

    /// <summary>Most field selections (aliases included) an operation may make, fragments expanded.</summary>
    public int MaxFieldSelections { get; set; } = 2_000;

    /// <summary>
    /// Highest estimated complexity (see docs/query-cost.md) an operation may have; above it the operation is refused
    /// before any resolver runs, with <c>QUERY_COMPLEXITY_REACHED</c>.
    /// </summary>
    public int MaxOperationComplexity { get; set; } = 50_000;

    /// <summary>Size the cost analysis assumes for a list field whose size no <c>@listSize</c> gives.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Most nested list fields of introspection (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>).</summary>
    public int MaxIntrospectionDepth { get; set; } = 3;

    /// <summary>Most errors one response carries (validation and execution).</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Time an operation may run before it is canceled.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Parsed and validated documents kept (least recently used are evicted).</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>When false, only <c>__typename</c> of introspection is available.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Development only: show resolver exception messages and stack traces to clients.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Called with every unexpected resolver exception and the field coordinate (for logging).</summary>
    public Action<Exception, string>? OnResolverException { get; set; }

    /// <summary>
    /// Lets the host turn an exception a resolver did not raise on purpose into a coded error for clients (say, a
    /// database that is down into <c>SERVICE_UNAVAILABLE</c>); null keeps "Unexpected Execution Error".
    /// </summary>
    public Func<Exception, GraphQLException?>? MapResolverException { get; set; }
}
