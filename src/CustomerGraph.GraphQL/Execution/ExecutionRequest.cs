using System.Text.Json;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>One GraphQL request: a document (or its cached hash), an operation name and variables.</summary>
public sealed class ExecutionRequest
{
    public string? Query { get; init; }
    public string? OperationName { get; init; }

    /// <summary>Variable values: plain data or <see cref="JsonElement"/>s as decoded from the request.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }
    public object? RootValue { get; init; }
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state for resolvers (e.g. the current account).</summary>
    public IDictionary<string, object?>? Items { get; init; }

    /// <summary>Operation types the transport allows, e.g. only queries over HTTP GET; null allows all.</summary>
    public IReadOnlySet<Language.OperationType>? AllowedOperations { get; init; }

    /// <summary>
    /// Called with the operation's estimated complexity once it is known and within the limit, before any resolver
    /// runs (e.g. to charge a rate limit); an error it returns refuses the operation as a request error.
    /// </summary>
    public Func<long, CancellationToken, ValueTask<GraphQLError?>>? CostGate { get; init; }
}
