using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>What an <see cref="IRequestInterceptor"/> is handed: the request, its selected operation and estimated cost, and its items.</summary>
public sealed class InterceptedRequest
{
    internal InterceptedRequest(
        ExecutionRequest request,
        OperationDefinitionNode operation,
        long cost,
        IDictionary<string, object?> items
    )
    {
        Request = request;
        Operation = operation;
        Cost = cost;
        Items = items;
    }

    /// <summary>The request as the transport gave it.</summary>
    public ExecutionRequest Request { get; }

    /// <summary>The operation that is about to run.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The operation's estimated complexity (see docs/query-cost.md).</summary>
    public long Cost { get; }

    /// <summary>The request's state for resolvers, <see cref="IResolverContext.RequestItems"/>: interceptors add to it.</summary>
    public IDictionary<string, object?> Items { get; }
}
