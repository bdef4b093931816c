using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CustomerGraph.Api.Observability;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>A span per operation with its name, document hash and error count; duration and error metrics.</summary>
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
        Assert.Contains(
            factory.Services.GetServices<IHostedService>(),
            service => service.GetType().Name == "OpenTelemetryExportService"
        );
        var answer = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }
}
