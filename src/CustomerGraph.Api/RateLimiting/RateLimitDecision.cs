using System.Globalization;
using CustomerGraph.Api.Rest;
using CustomerGraph.Graph.RateLimits;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// The outcome of a charge: whether the request may run, and the caller's status after it;
/// <paramref name="StoreUnavailable"/> when the budget could not be checked.
/// </summary>
public sealed record RateLimitDecision(bool Allowed, RateLimitStatus Status, bool StoreUnavailable = false)
{
    /// <summary>Why a GraphQL operation was refused, with the wait, in Trackunit's wording.</summary>
    public string GraphQLMessage => Message("estimated query complexity");

    /// <summary>Why a REST request was refused, with the wait, in the same wording.</summary>
    public string RestMessage => Message("estimated request cost");

    /// <summary>The GraphQL request error: <c>extensions { code: "RATE_LIMITED", cost, resetIn }</c> (milliseconds).</summary>
    public GraphQLError ToGraphQLError() =>
        new(
            GraphQLMessage,
            code: CostRateLimiter.ErrorCode,
            extensions: new Dictionary<string, object?>
            {
                ["cost"] = Status.Cost,
                ["resetIn"] = Math.Max(1, Status.ResetIn),
            }
        );

    /// <summary>The REST error: 429 <c>rate_limited</c>.</summary>
    public RestError ToRestError() => new(StatusCodes.Status429TooManyRequests, "rate_limited", RestMessage);

    private string Message(string costOf) =>
        StoreUnavailable
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The rate limit cannot be checked right now. Please wait {RateLimitWait.Describe(Status.ResetIn)} before retrying."
            )
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The rate limit has been exceeded given the current {costOf} of {Status.Cost}. Please wait {RateLimitWait.Describe(Status.ResetIn)} before retrying."
            );
}
