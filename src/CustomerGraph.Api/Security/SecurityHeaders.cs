using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CustomerGraph.Api.Security;

/// <summary>
/// Security headers on every response: no MIME sniffing, no framing, no referrer, and a Content-Security-Policy
/// that allows nothing unless the endpoint chose one (the explorer pages set the policy their page needs).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of responses that set none: JSON, text and files may load nothing and be framed nowhere.</summary>
    public const string DefaultContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers as the response starts, so they survive handlers that clear the response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                context.Response.OnStarting(Apply, context.Response);
                return next(context);
            }
        );

    private static Task Apply(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            headers.ContentSecurityPolicy = DefaultContentSecurityPolicy;
        return Task.CompletedTask;
    }
}
