using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Graph.RateLimits;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// Charges a GraphQL operation's estimated cost before it runs, refusing it with <c>RATE_LIMITED</c> over the
/// caller's budget; the status it leaves in the request items is what <c>Query.rateLimit</c> reads.
/// </summary>
internal sealed class RateLimitInterceptor(CostRateLimiter limiter) : IRequestInterceptor
{
    public async ValueTask<GraphQLError?> InterceptAsync(
        InterceptedRequest request,
        CancellationToken cancellationToken
    )
    {
        var decision = await limiter.ChargeAsync(
            GraphQLHttpHandler.HttpContextOf(request),
            request.Cost,
            cancellationToken
        );
        request.Items[RateLimitStatus.ItemKey] = decision.Status;
        return decision.Allowed ? null : decision.ToGraphQLError();
    }
}
