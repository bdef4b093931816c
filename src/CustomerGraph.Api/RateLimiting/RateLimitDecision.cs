using System.Globalization;
using CustomerGraph.Api.Rest;
using CustomerGraph.Graph.RateLimits;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>The outcome of a charge: whether the request may run, and the caller's status after it.</summary>
public sealed record RateLimitDecision(bool Allowed, RateLimitStatus Status, TimeSpan Window)
{
    /// <summary>Why the request was refused, with the wait, for people.</summary>
    public string Message =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The rate limit of {Status.Limit} per {Describe(Window)} is reached: this request costs {Status.Cost} and {Status.Remaining} remain. Retry in {Math.Max(1, Status.ResetIn)} seconds."
        );

    /// <summary>The GraphQL request error: <c>extensions { code: "RATE_LIMITED", cost, resetIn }</c>.</summary>
    public GraphQLError ToGraphQLError() =>
        new(
            Message,
            code: CostRateLimiter.ErrorCode,
            extensions: new Dictionary<string, object?>
            {
                ["cost"] = Status.Cost,
                ["resetIn"] = Math.Max(1, Status.ResetIn),
            }
        );

    /// <summary>The REST error: 429 <c>rate_limited</c>.</summary>
    public RestError ToRestError() => new(StatusCodes.Status429TooManyRequests, "rate_limited", Message);

    // "10 minutes", "minute", "90 seconds".
    private static string Describe(TimeSpan window)
    {
        var minutes = window.TotalMinutes;
        if (minutes == 1)
            return "minute";
        return minutes > 1 && minutes == Math.Floor(minutes)
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0.###} seconds");
    }
}
