namespace CustomerGraph.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values the engine itself produces.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_SYNTAX_ERROR";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string UnexpectedExecutionError = "UNEXPECTED_EXECUTION_ERROR";
    public const string MaxErrorsReached = "MAX_ERRORS_REACHED";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string IntrospectionDepthExceeded = "INTROSPECTION_DEPTH_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string RequestCanceled = "REQUEST_CANCELED";
    public const string QueryComplexityReached = "QUERY_COMPLEXITY_REACHED";
    public const string InvalidSlicingArguments = "INVALID_SLICING_ARGUMENTS";
}
