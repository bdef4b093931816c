using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerGraph.Api.Health;

/// <summary>
/// <c>/healthz</c> (liveness: the process answers, no check runs) and <c>/readyz</c> (readiness: every
/// health check tagged <see cref="ReadyTag"/>, such as the database's, passes).
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Tag of the health checks that decide readiness: <c>AddHealthChecks().AddCheck&lt;T&gt;(name, tags: [ReadyTag])</c>.</summary>
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Probes carry no token.
        endpoints
            .MapHealthChecks(
                "/healthz",
                new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }
            )
            .AllowAnonymous();
        endpoints
            .MapHealthChecks(
                "/readyz",
                new HealthCheckOptions
                {
                    Predicate = check => check.Tags.Contains(ReadyTag),
                    ResponseWriter = WriteAsync,
                }
            )
            .AllowAnonymous();
        return endpoints;
    }

    /// <summary>Writes the overall status and each check's status and description as JSON (no exception details).</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }
            ),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
