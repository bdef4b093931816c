using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CustomerGraph.Api.Observability;

/// <summary>
/// The GraphQL endpoint's traces and metrics: a span per operation (operation name, document hash, error
/// count) and request duration and error counters, under the name <see cref="Name"/>.
/// </summary>
public sealed class GraphQLTelemetry : IDisposable
{
    public const string Name = "CustomerGraph.GraphQL";

    private readonly Meter _meter;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;

    public GraphQLTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        _requestDuration = _meter.CreateHistogram<double>(
            "graphql.server.request.duration",
            unit: "s",
            description: "Duration of GraphQL HTTP requests, from the request line to the last byte written."
        );
        _requests = _meter.CreateCounter<long>(
            "graphql.server.operations",
            unit: "{operation}",
            description: "GraphQL operations answered, batched ones counted one by one."
        );
        _errors = _meter.CreateCounter<long>(
            "graphql.server.errors",
            unit: "{error}",
            description: "Errors in GraphQL responses, by kind (syntax, validation, execution, transport…)."
        );
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Starts the span of one operation; null when nobody listens.</summary>
    public static Activity? StartOperation() => ActivitySource.StartActivity("graphql.operation");

    /// <summary>Completes an operation's span and counts it and its errors.</summary>
    public void OperationCompleted(
        Activity? activity,
        string? operationName,
        string? documentHash,
        int errorCount,
        string outcome
    )
    {
        var outcomeTag = new KeyValuePair<string, object?>("graphql.outcome", outcome);
        _requests.Add(1, outcomeTag);
        if (errorCount > 0)
            _errors.Add(errorCount, outcomeTag);
        if (activity is null)
            return;
        if (operationName is not null)
        {
            activity.DisplayName = "graphql.operation " + operationName;
            activity.SetTag("graphql.operation.name", operationName);
        }
        if (documentHash is not null)
            activity.SetTag("graphql.document.hash", documentHash);
        activity.SetTag("graphql.error.count", errorCount);
        activity.SetTag("graphql.outcome", outcome);
        if (errorCount > 0 && outcome != "ok")
            activity.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>Records an HTTP request of the endpoint with its status code.</summary>
    public void RequestCompleted(TimeSpan elapsed, int statusCode, bool batch) =>
        _requestDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("http.response.status_code", statusCode),
            new KeyValuePair<string, object?>("graphql.batch", batch)
        );

    public void Dispose() => _meter.Dispose();
}
