using System.Globalization;
using CustomerGraph.Api.Rest;
using CustomerGraph.Customers.Common;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// Charges every REST request against the caller's budget before its endpoint runs: 1 per request, and for a list
/// endpoint marked with <see cref="WithPageSizeCost{TBuilder}"/> 1 plus the page size it asks for (its default when
/// the <c>size</c> parameter is absent). Over budget it answers 429 <c>rate_limited</c> with <c>Retry-After</c>.
/// </summary>
public static class RestRateLimiting
{
    /// <summary>The cost of one REST request, besides the items a list page returns.</summary>
    public const int RequestCost = 1;

    /// <summary>
    /// Charges every endpoint of the group (and those added to it later) against the rate limit, and declares their
    /// 429 answer.
    /// </summary>
    public static RouteGroupBuilder WithRateLimit(this RouteGroupBuilder group) =>
        group
            .AddEndpointFilter<RateLimitEndpointFilter>()
            .ProducesError(StatusCodes.Status429TooManyRequests);

    /// <summary>Marks a list endpoint: it costs 1 plus the page size of its <c>size</c> query parameter.</summary>
    public static TBuilder WithPageSizeCost<TBuilder>(
        this TBuilder builder,
        int defaultSize = PageSizes.Default,
        int maxSize = PageSizes.Max
    )
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PageSizeCost(defaultSize, maxSize));

    /// <summary>What a request to its endpoint costs; a size the endpoint will refuse costs nothing extra.</summary>
    internal static int CostOf(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageSizeCost>() is not { } paged)
            return RequestCost;
        var text = context.Request.Query["size"].ToString();
        if (text.Length == 0)
            return RequestCost + paged.DefaultSize;
        return
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            && size <= paged.MaxSize
            ? RequestCost + size
            : RequestCost;
    }

    /// <summary>Metadata of a list endpoint: its default and largest page size.</summary>
    internal sealed record PageSizeCost(int DefaultSize, int MaxSize);

    private sealed class RateLimitEndpointFilter(CostRateLimiter limiter) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(
            EndpointFilterInvocationContext context,
            EndpointFilterDelegate next
        )
        {
            var http = context.HttpContext;
            var decision = await limiter.ChargeAsync(http, CostOf(http), http.RequestAborted);
            return decision.Allowed ? await next(context) : decision.ToRestError().ToResult();
        }
    }
}
