namespace CustomerGraph.GraphQL.Language;

/// <summary>Limits that keep hostile documents from costing unbounded time, memory or stack.</summary>
public sealed class ParserOptions
{
    /// <summary>The most lexical tokens a document may contain (comments excluded), as graphql-js's maxTokens.</summary>
    public int MaxTokens { get; set; } = int.MaxValue;

    /// <summary>How deeply selection sets, list and object values and list types may nest.</summary>
    public int MaxDepth { get; set; } = 2000;
}
