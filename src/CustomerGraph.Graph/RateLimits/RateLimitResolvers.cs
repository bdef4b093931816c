using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Graph.RateLimits;

/// <summary>Binds <c>Query.rateLimit</c> and the <c>RateLimit</c> type to the status the host charged.</summary>
public static class RateLimitResolvers
{
    /// <summary>The code of the error a request without a charged status gets (one that no host metered).</summary>
    public const string UnavailableCode = "RATE_LIMIT_UNAVAILABLE";

    public static void Bind(ResolverBindings bind) =>
        bind.BindType<RateLimitStatus>("RateLimit")
            .Resolve(
                "Query.rateLimit",
                context => new ValueTask<object?>(
                    context.RequestItems.TryGetValue(RateLimitStatus.ItemKey, out var status)
                    && status is RateLimitStatus charged
                        ? charged
                        : throw new GraphQLException(
                            "This request was not charged against a rate limit, so there is none to report.",
                            UnavailableCode
                        )
                )
            );
}
