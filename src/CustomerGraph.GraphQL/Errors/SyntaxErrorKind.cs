namespace CustomerGraph.GraphQL.Errors;

/// <summary>Why a document did not parse: it is not GraphQL, or it reached one of the parser's limits.</summary>
public enum SyntaxErrorKind
{
    /// <summary>The source breaks the grammar (an unexpected token or character, an unterminated string, …).</summary>
    Malformed,

    /// <summary>The document has more tokens than <see cref="Language.ParserOptions.MaxTokens"/> allows.</summary>
    TooManyTokens,

    /// <summary>The document nests deeper than <see cref="Language.ParserOptions.MaxDepth"/> or the parser's stack allows.</summary>
    TooDeep,
}
