using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// A host's hook into every operation the <see cref="RequestExecutor"/> runs: called once the operation's cost is
/// estimated and within the limit, before any resolver runs, to add the host's per-request state (what resolvers read
/// as <see cref="IResolverContext.RequestItems"/>) or to refuse the operation (e.g. a rate limit).
/// </summary>
public interface IRequestInterceptor
{
    /// <summary>Adds state to <see cref="InterceptedRequest.Items"/>; an error it returns refuses the operation as a request error.</summary>
    ValueTask<GraphQLError?> InterceptAsync(InterceptedRequest request, CancellationToken cancellationToken);
}
