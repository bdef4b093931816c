using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>An <see cref="IRequestInterceptor"/> that is a delegate, for tests.</summary>
internal sealed class DelegateInterceptor(Func<InterceptedRequest, GraphQLError?> intercept)
    : IRequestInterceptor
{
    public ValueTask<GraphQLError?> InterceptAsync(
        InterceptedRequest request,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(intercept(request));
}
