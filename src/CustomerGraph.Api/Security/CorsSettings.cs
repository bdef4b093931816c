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
