using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CustomerGraph.Api.Observability;

/// <summary>Request ids in responses and logs; OTLP export of traces and metrics through the OpenTelemetry SDK's hosting.</summary>
public static class ObservabilityExtensions
{
    /// <summary>
    /// Exports over OTLP, when an endpoint is configured, this service's span and metrics together with ASP.NET
    /// Core's server spans and metrics, outgoing HttpClient calls (such as an authority's keys) and the runtime's
    /// metrics. The providers are built at start and flushed when the container is disposed, after the server has
    /// drained its in-flight requests.
    /// </summary>
    public static IServiceCollection AddOpenTelemetryExport(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var options =
            configuration.GetSection(OpenTelemetryOptions.Section).Get<OpenTelemetryOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            return services;
        string endpoint = options.OtlpEndpoint;
        // An endpoint set in code is taken as given: over HTTP each signal has its own path under the collector's.
        void Exporter(OtlpExporterOptions exporter, string signal)
        {
            exporter.Protocol = options.OtlpProtocol;
            exporter.Endpoint =
                options.OtlpProtocol == OtlpExportProtocol.HttpProtobuf
                    ? new Uri(endpoint.TrimEnd('/') + "/v1/" + signal)
                    : new Uri(endpoint);
        }
        services
            .AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
                tracing
                    .AddSource(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddOtlpExporter(exporter => Exporter(exporter, "traces"))
            )
            .WithMetrics(metrics =>
                metrics
                    .AddMeter(GraphQLTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddOtlpExporter(exporter => Exporter(exporter, "metrics"))
            );
        return services;
    }

    /// <summary>Echoes the request id (the one in every log line's scope) in an <c>X-Request-Id</c> response header.</summary>
    public static IApplicationBuilder UseRequestId(this IApplicationBuilder app) =>
        app.Use(
            (context, next) =>
            {
                context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
                return next(context);
            }
        );
}
