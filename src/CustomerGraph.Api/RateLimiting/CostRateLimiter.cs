using System.Globalization;
using System.Security.Claims;
using CustomerGraph.Graph.RateLimits;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// Charges what a request costs (a GraphQL operation's estimated complexity, a REST request's fixed cost) against
/// the budget of the API user who sent it, and tells the client where it stands: <c>X-RateLimit-*</c> headers on
/// every charged response and, when refused, <c>Retry-After</c> with a <c>RATE_LIMITED</c> error.
/// </summary>
public sealed class CostRateLimiter(IRateLimitStore store, IOptions<RateLimitingOptions> options)
{
    /// <summary>The GraphQL error code of an operation refused for its budget.</summary>
    public const string ErrorCode = "RATE_LIMITED";

    /// <summary>
    /// The partition an API user's spending is kept under: the authenticated user's <c>sub</c> (or name identifier)
    /// claim, otherwise the remote IP address.
    /// </summary>
    public static string PartitionOf(HttpContext context)
    {
        var user = context.User;
        if (
            user.Identity?.IsAuthenticated == true
            && (user.FindFirst("sub") ?? user.FindFirst(ClaimTypes.NameIdentifier))
                is { Value.Length: > 0 } id
        )
            return "user:" + id.Value;
        var address = context.Connection.RemoteIpAddress;
        if (address is { IsIPv4MappedToIPv6: true })
            address = address.MapToIPv4();
        return "anonymous:" + (address?.ToString() ?? "unknown");
    }

    /// <summary>Charges <paramref name="cost"/> to the caller's budget and writes the rate limit headers.</summary>
    public async ValueTask<RateLimitDecision> ChargeAsync(
        HttpContext context,
        long cost,
        CancellationToken cancellationToken
    )
    {
        var settings = options.Value;
        var charge = await store.ChargeAsync(
            PartitionOf(context),
            cost,
            new RateLimitPolicy(settings.Budget, settings.Window, settings.Enabled),
            cancellationToken
        );
        var resetIn = TimeSpan.FromTicks(Math.Max(0, charge.ResetIn.Ticks));
        var status = new RateLimitStatus(
            (int)Math.Min(cost, int.MaxValue),
            (int)Math.Clamp(settings.Budget - charge.Spent, 0, settings.Budget),
            (int)Math.Min(Math.Ceiling(resetIn.TotalMilliseconds), int.MaxValue),
            settings.Budget
        );
        // HTTP headers count whole seconds, rounded up so that a client waiting them finds the window reset.
        var resetSeconds = (int)Math.Min(Math.Ceiling(resetIn.TotalSeconds), int.MaxValue);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = Text(status.Limit);
        headers["X-RateLimit-Remaining"] = Text(status.Remaining);
        headers["X-RateLimit-Reset"] = Text(resetSeconds);
        if (!charge.Charged)
            headers.RetryAfter = Text(Math.Max(1, resetSeconds));
        return new RateLimitDecision(charge.Charged, status, charge.StoreUnavailable);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
