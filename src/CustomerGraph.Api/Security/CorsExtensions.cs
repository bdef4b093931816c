using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Security;

/// <summary>Registers ASP.NET Core's CORS with the configured origins; with none, no cross-origin request is allowed.</summary>
public static class CorsExtensions
{
    /// <summary>Binds <c>Cors</c>; start-up stops on an origin a browser would never send.</summary>
    public static IServiceCollection AddCorsPolicy(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var settings = configuration.GetSection(CorsSettings.Section).Get<CorsSettings>() ?? new();
        var invalid = settings.AllowedOrigins.Where(origin => !IsOrigin(origin)).ToList();
        if (invalid.Count > 0)
            throw new InvalidOperationException(
                $"Cors:AllowedOrigins holds what is not an origin: {string.Join(", ", invalid.Select(origin => $"\"{origin}\""))}. "
                    + "Write scheme, host and optional port only, e.g. https://app.example.com."
            );
        services.AddCors(options =>
        {
            if (settings.AllowedOrigins.Length > 0)
                options.AddDefaultPolicy(policy =>
                    policy
                        .WithOrigins(settings.AllowedOrigins)
                        .WithMethods(CorsSettings.Methods)
                        .WithHeaders(CorsSettings.RequestHeaders)
                        .WithExposedHeaders(CorsSettings.ExposedHeaders)
                        .SetPreflightMaxAge(CorsSettings.PreflightMaxAge)
                );
        });
        return services;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.PathAndQuery == "/"
        && string.IsNullOrEmpty(uri.Fragment)
        && !origin.EndsWith('/');
}
