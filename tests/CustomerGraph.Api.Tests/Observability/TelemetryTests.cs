using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CustomerGraph.Api.Observability;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// A span per operation with its name, document hash and error count, nested in ASP.NET Core's server span; duration
/// and error metrics; OTLP export of both with ASP.NET Core's, HttpClient's and the runtime's when configured.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_operation_has_a_span_and_is_measured()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphQLTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var measurements = new ConcurrentQueue<(string Instrument, double Value)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GraphQLTelemetry.Name)
                listener.EnableMeasurementEvents(instrument);
        };
        meterListener.SetMeasurementEventCallback<double>(
            (instrument, value, _, _) => measurements.Enqueue((instrument.Name, value))
        );
        meterListener.SetMeasurementEventCallback<long>(
            (instrument, value, _, _) => measurements.Enqueue((instrument.Name, value))
        );
        meterListener.Start();

        using var factory = new ApiFactory();
        const string query = "query Greeting { hello failing }";
        await Http.PostJsonAsync(factory.CreateClient(), new { query });

        var span = Assert.Single(spans, s => (string?)s.GetTagItem("graphql.operation.name") == "Greeting");
        Assert.Equal(DocumentCache.HashOf(query), span.GetTagItem("graphql.document.hash"));
        Assert.Equal(1, span.GetTagItem("graphql.error.count"));
        Assert.Contains(measurements, m => m.Instrument == "graphql.server.request.duration" && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "graphql.server.errors" && m.Value == 1);
    }

    [Fact]
    public async Task Otlp_export_is_wired_when_an_endpoint_is_configured()
    {
        using var factory = new ApiFactory(
            ("OpenTelemetry:OtlpEndpoint", "http://127.0.0.1:9"),
            ("OpenTelemetry:OtlpProtocol", "Grpc")
        );
        var client = factory.CreateClient();
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        var answer = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Fact]
    public void Nothing_is_exported_without_an_endpoint()
    {
        using var factory = new ApiFactory();
        factory.CreateClient();
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_operation_span_nests_in_the_server_span_and_both_reach_the_collector_with_the_metrics()
    {
        using var collector = new OtlpCollector();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is GraphQLTelemetry.Name or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var factory = new ApiFactory(
            ("OpenTelemetry:OtlpEndpoint", collector.Endpoint),
            ("OpenTelemetry:OtlpProtocol", "HttpProtobuf")
        );
        var answer = await Http.PostJsonAsync(
            factory.CreateClient(),
            new { query = "query TelemetryNested { hello }" }
        );
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);

        var operation = Assert.Single(
            spans,
            s =>
                s.OperationName == "graphql.operation"
                && (string?)s.GetTagItem("graphql.operation.name") == "TelemetryNested"
        );
        Assert.Equal("graphql.operation TelemetryNested", operation.DisplayName);
        Assert.Equal("ok", operation.GetTagItem("graphql.outcome"));
        var server = Assert.Single(
            spans,
            s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == operation.TraceId
        );
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.Equal(ActivityKind.Server, server.Kind);

        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        var traces = collector.Received("/v1/traces");
        Assert.Contains("graphql.operation TelemetryNested", traces);
        Assert.Contains(GraphQLTelemetry.Name, traces);
        Assert.Contains("Microsoft.AspNetCore", traces);
        var metrics = collector.Received("/v1/metrics");
        foreach (
            var name in new[]
            {
                "graphql.server.request.duration",
                "graphql.server.operations",
                "http.server.request.duration",
                "System.Runtime",
            }
        )
            Assert.Contains(name, metrics);
        // The endpoint's histogram is recorded once per request, beside ASP.NET Core's own, not instead of it.
        Assert.Equal(1, Occurrences(metrics, "graphql.server.request.duration"));
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (
            var at = text.IndexOf(value, StringComparison.Ordinal);
            at >= 0;
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal)
        )
            count++;
        return count;
    }

    /// <summary>
    /// An OTLP/HTTP collector on a loopback port: keeps every protobuf body per path (names in OTLP protobuf are
    /// UTF-8 strings, so a text search finds them) and answers 200.
    /// </summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();
        private readonly Task _serving;

        public OtlpCollector()
        {
            var port = FreePort();
            Endpoint = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public string Endpoint { get; }

        public string Received(string path) =>
            string.Concat(
                _received.Where(item => item.Path == path).Select(item => Encoding.UTF8.GetString(item.Body))
            );

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                _received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
