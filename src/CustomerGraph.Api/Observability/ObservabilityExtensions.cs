using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CustomerGraph.Api.Observability;

/// <summary>Request ids in responses and logs; OTLP export of traces and metrics wired on the SDK by hand.</summary>
public static class ObservabilityExtensions
{
    /// <summary>Exports this service's spans and metrics (and ASP.NET Core's) over OTLP when an endpoint is configured.</summary>
    public static IServiceCollection AddOpenTelemetryExport(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var options =
            configuration.GetSection(OpenTelemetryOptions.Section).Get<OpenTelemetryOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
            return services;
        services.AddHostedService(_ => new OpenTelemetryExportService(options));
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

    /// <summary>
    /// Owns the tracer and meter providers: built at start, flushed and disposed with the container, that is
    /// after the server has drained its in-flight requests (hosted services stop before the server does).
    /// </summary>
    private sealed class OpenTelemetryExportService(OpenTelemetryOptions options)
        : IHostedService,
            IDisposable
    {
        private TracerProvider? _tracer;
        private MeterProvider? _meter;

        public Task StartAsync(CancellationToken cancellationToken)
        {
            void Exporter(OtlpExporterOptions exporter)
            {
                exporter.Endpoint = new Uri(options.OtlpEndpoint!);
                exporter.Protocol = options.OtlpProtocol;
            }
            _tracer = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(options.ServiceName))
                .AddSource(GraphQLTelemetry.Name, "Microsoft.AspNetCore")
                .AddOtlpExporter(Exporter)
                .Build();
            _meter = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(options.ServiceName))
                .AddMeter(
                    GraphQLTelemetry.Name,
                    "Microsoft.AspNetCore.Hosting",
                    "Microsoft.AspNetCore.Server.Kestrel"
                )
                .AddOtlpExporter(Exporter)
                .Build();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
            _tracer?.Dispose();
            _meter?.Dispose();
        }
    }
}
