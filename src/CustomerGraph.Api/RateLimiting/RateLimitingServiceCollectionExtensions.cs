using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>Registers the cost-based rate limit of GraphQL operations and REST requests.</summary>
public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Binds section <c>RateLimiting</c> (checked at start-up) and adds the <see cref="CostRateLimiter"/> over an
    /// <see cref="InMemoryRateLimitStore"/> unless another <see cref="IRateLimitStore"/> is registered, and the
    /// <see cref="RateLimitInterceptor"/> that charges GraphQL operations through it.
    /// </summary>
    public static IServiceCollection AddCostRateLimiting(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services
            .AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .Validate(options => options.Budget > 0, "RateLimiting:Budget must be at least 1.")
            .Validate(
                options => options.Window >= TimeSpan.FromSeconds(1),
                "RateLimiting:Window must be at least one second, e.g. 00:10:00."
            )
            .Validate(
                options => options.StoreFailureRetryAfter >= TimeSpan.FromSeconds(1),
                "RateLimiting:StoreFailureRetryAfter must be at least one second, e.g. 00:00:05."
            )
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
        services.AddSingleton<CostRateLimiter>();
        services.AddSingleton<IRequestInterceptor, RateLimitInterceptor>();
        return services;
    }
}
