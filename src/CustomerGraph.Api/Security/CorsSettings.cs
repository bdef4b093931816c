using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Security;

/// <summary>Cross-origin access for browser clients (configuration section <c>Cors</c>): closed unless origins are listed.</summary>
public sealed class CorsSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cors";

    /// <summary>Origins (<c>https://app.example.com</c>, no path) whose pages may call the APIs; none by default.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The methods of the GraphQL endpoint and the REST API.</summary>
    public static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    /// <summary>Request headers a cross-origin client may send beyond the CORS-safelisted ones.</summary>
    public static readonly string[] RequestHeaders =
    [
        "Authorization",
        "Content-Type",
        "If-Match",
        "TU-PREVIEW",
    ];

    /// <summary>Response headers a cross-origin client may read beyond the CORS-safelisted ones.</summary>
    public static readonly string[] ExposedHeaders = ["ETag", "Location", "Retry-After", "X-Request-Id"];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);
}

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
