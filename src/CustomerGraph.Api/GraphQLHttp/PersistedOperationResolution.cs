using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// What a request's persisted operation came to: the document text to run and whether to register it once it
/// proves valid, or the error that stops the request.
/// </summary>
internal readonly record struct PersistedOperationResolution(
    string? Query,
    bool Register,
    GraphQLError? Error
);
