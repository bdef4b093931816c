using OpenTelemetry.Exporter;

namespace CustomerGraph.Api.Observability;

/// <summary>Telemetry settings (configuration section <c>OpenTelemetry</c>).</summary>
public sealed class OpenTelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>
    /// OTLP collector, e.g. <c>http://localhost:4317</c> (gRPC) or <c>http://localhost:4318</c> (HTTP, where
    /// <c>/v1/traces</c> and <c>/v1/metrics</c> are added); nothing is exported when empty.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>.</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    public string ServiceName { get; set; } = "CustomerGraph.Api";
}
