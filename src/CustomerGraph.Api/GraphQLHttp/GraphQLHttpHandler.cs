using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Unicode;
using CustomerGraph.Api.Http;
using CustomerGraph.Api.Observability;
using CustomerGraph.Api.Resilience;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST (one request or a batch) and GET (queries only), Accept
/// negotiation between application/graphql-response+json and application/json, status codes per the
/// specification, persisted operations, and responses written straight to the response body.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ExecutionResult.JsonEncoder,
        SkipValidation = true,
    };

    /// <summary>The request item holding the operation's <see cref="HttpContext"/>.</summary>
    private const string HttpContextItem = nameof(HttpContext);
    private static readonly IReadOnlySet<OperationType> QueriesOnly = new HashSet<OperationType>
    {
        OperationType.Query,
    };

    private readonly RequestExecutor _executor;
    private readonly PersistedOperationResolver _persisted;
    private readonly GraphQLHttpOptions _options;
    private readonly GraphQLTelemetry _telemetry;
    private readonly ILogger<GraphQLHttpHandler> _logger;
    private readonly IGraphQLEndpointExplorer? _explorer;
    private readonly Lazy<string> _sdl;

    public GraphQLHttpHandler(
        RequestExecutor executor,
        PersistedOperationResolver persisted,
        IOptions<GraphQLHttpOptions> options,
        GraphQLTelemetry telemetry,
        ILogger<GraphQLHttpHandler> logger,
        IGraphQLEndpointExplorer? explorer = null
    )
    {
        _executor = executor;
        _persisted = persisted;
        _options = options.Value;
        _telemetry = telemetry;
        _logger = logger;
        _explorer = explorer;
        _sdl = new Lazy<string>(() =>
            SchemaPrinter.Print(executor.Schema.Schema, includeAppliedDirectives: true)
        );
    }

    private string AllowedMethods => _options.EnableGet ? "GET, POST" : "POST";

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        context.Response.Headers.Vary = "Accept";
        if (
            isGet
            && _explorer is not null
            && IsBrowserVisit(request)
            && await _explorer.TryServeAsync(context)
        )
            return;
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(context, asFile: false);
            return;
        }
        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        int status;
        var batch = false;
        if (mediaType == ResponseMediaType.None)
            status = await WriteErrorAsync(
                context,
                StatusCodes.Status406NotAcceptable,
                ResponseMediaType.Json,
                new GraphQLError(
                    $"None of the accepted media types is served here: accept {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.",
                    code: HttpErrorCodes.NotAcceptable
                )
            );
        else if (isGet && _options.EnableGet)
            status = await HandleGetAsync(context, mediaType);
        else if (HttpMethods.IsPost(request.Method))
            (status, batch) = await HandlePostAsync(context, mediaType);
        else
        {
            context.Response.Headers.Allow = AllowedMethods;
            status = await WriteErrorAsync(
                context,
                StatusCodes.Status405MethodNotAllowed,
                mediaType,
                new GraphQLError(
                    $"The {request.Method} method is not supported here: use {AllowedMethods}.",
                    code: HttpErrorCodes.MethodNotAllowed
                )
            );
        }
        _telemetry.RequestCompleted(Stopwatch.GetElapsedTime(started), status, batch);
    }

    /// <summary>The SDL of the schema (<c>?sdl</c>, or as a file); not published when introspection is off.</summary>
    public async Task WriteSdlAsync(HttpContext context, bool asFile)
    {
        if (!_executor.Options.EnableIntrospection)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (asFile)
            context.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        await context.Response.WriteAsync(_sdl.Value, context.RequestAborted);
    }

    /// <summary>A browser opening the endpoint itself: a GET asking for HTML with no query, document id or <c>sdl</c>.</summary>
    internal static bool IsBrowserVisit(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && !request.Query.ContainsKey("sdl")
        && MediaTypes.AcceptsHtml(request.Headers.Accept);

    private async Task<int> HandleGetAsync(HttpContext context, ResponseMediaType mediaType)
    {
        var owned = new List<IDisposable>();
        try
        {
            var parsed = GraphQLRequestReader.Read(context.Request.Query, owned, out var error);
            if (parsed is null)
                return await WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error!);
            var outcome = await RunAsync(parsed, QueriesOnly, context);
            var status = StatusOf(outcome, mediaType);
            if (status == StatusCodes.Status405MethodNotAllowed)
                context.Response.Headers.Allow = "POST";
            await WriteAsync(context, status, mediaType, outcome);
            return status;
        }
        finally
        {
            foreach (var disposable in owned)
                disposable.Dispose();
        }
    }

    private async Task<(int Status, bool Batch)> HandlePostAsync(
        HttpContext context,
        ResponseMediaType mediaType
    )
    {
        var request = context.Request;
        if (!MediaTypes.IsJsonRequest(request.ContentType))
            return (
                await WriteErrorAsync(
                    context,
                    StatusCodes.Status415UnsupportedMediaType,
                    mediaType,
                    new GraphQLError(
                        request.ContentType is null
                            ? "A POST request must declare its body's media type: Content-Type: application/json."
                            : $"The media type \"{request.ContentType}\" is not supported: send application/json in UTF-8.",
                        code: HttpErrorCodes.UnsupportedMediaType
                    )
                ),
                false
            );
        var (buffer, length) = await BoundedBody.ReadAsync(
            context,
            _options.MaxRequestBodyBytes,
            context.RequestAborted
        );
        if (buffer is null)
            return (
                await WriteErrorAsync(
                    context,
                    StatusCodes.Status413PayloadTooLarge,
                    mediaType,
                    new GraphQLError(
                        $"The request body is larger than the maximum of {_options.MaxRequestBodyBytes} bytes.",
                        code: HttpErrorCodes.RequestTooLarge
                    )
                ),
                false
            );
        try
        {
            var body = buffer.AsMemory(0, length);
            var problem =
                length == 0 ? "The request body is empty: send a JSON object with a \"query\"."
                : !Utf8.IsValid(body.Span) ? "The request body is not valid UTF-8."
                : null;
            if (problem is not null)
                return (await BadRequestAsync(context, mediaType, problem), false);
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(body);
            }
            catch (JsonException exception)
            {
                return (
                    await BadRequestAsync(
                        context,
                        mediaType,
                        $"The request body is not valid JSON: {exception.Message}"
                    ),
                    false
                );
            }
            using (json)
            {
                var root = json.RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                    return (await HandleBatchAsync(context, mediaType, root), true);
                var parsed = GraphQLRequestReader.Read(root, out var error);
                if (parsed is null)
                    return (await BadRequestAsync(context, mediaType, error!), false);
                var outcome = await RunAsync(parsed, null, context);
                var status = StatusOf(outcome, mediaType);
                await WriteAsync(context, status, mediaType, outcome);
                return (status, false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<int> HandleBatchAsync(
        HttpContext context,
        ResponseMediaType mediaType,
        JsonElement batch
    )
    {
        var count = batch.GetArrayLength();
        var problem =
            !_options.EnableBatching
                ? new GraphQLError(
                    "Batching is not enabled on this server.",
                    code: HttpErrorCodes.BatchingDisabled
                )
            : count == 0 ? GraphQLRequestReader.BadRequest("A batch must hold at least one request.")
            : count > _options.MaxBatchSize
                ? new GraphQLError(
                    $"A batch may hold at most {_options.MaxBatchSize} requests; this one holds {count}.",
                    code: HttpErrorCodes.BatchTooLarge
                )
            : null;
        if (problem is not null)
            return await BadRequestAsync(context, mediaType, problem);
        // Run in order: a batch may mix mutations with the queries that read their effects.
        var outcomes = new Outcome[count];
        var index = 0;
        foreach (var element in batch.EnumerateArray())
        {
            var parsed = GraphQLRequestReader.Read(element, out var error);
            outcomes[index++] = parsed is null
                ? new Outcome(
                    ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Transport, error!),
                    Malformed: true
                )
                : await RunAsync(parsed, null, context);
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var outcome in outcomes)
                outcome.Result.WriteTo(writer);
            writer.WriteEndArray();
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return StatusCodes.Status200OK;
    }

    private async Task<Outcome> RunAsync(
        GraphQLHttpRequest request,
        IReadOnlySet<OperationType>? allowedOperations,
        HttpContext context
    )
    {
        using var activity = GraphQLTelemetry.StartOperation();
        var (query, register, refusal) = await _persisted.ResolveAsync(request, context.RequestAborted);
        if (query is null)
        {
            _telemetry.OperationCompleted(
                activity,
                request.OperationName,
                request.PersistedQueryHash,
                1,
                refusal!.Code!
            );
            return new Outcome(
                ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Transport, refusal!),
                Malformed: false
            );
        }
        var (document, failure) = _executor.GetDocument(query);
        var result = failure;
        if (document is not null)
        {
            if (register)
                await _persisted.RegisterAsync(document.Hash, query, context.RequestAborted);
            result = await _executor.ExecuteDocumentAsync(
                document,
                new ExecutionRequest
                {
                    Query = query,
                    OperationName = request.OperationName,
                    Variables = request.Variables,
                    Services = context.RequestServices,
                    Items = new Dictionary<string, object?> { [HttpContextItem] = context },
                    AllowedOperations = allowedOperations,
                },
                context.RequestAborted
            );
        }
        var outcome = OutcomeOf(result!);
        var debug = _logger.IsEnabled(LogLevel.Debug);
        var operationName = activity is not null || debug ? OperationNameOf(request, document) : null;
        _telemetry.OperationCompleted(activity, operationName, document?.Hash, result!.Errors.Count, outcome);
        if (debug)
            _logger.LogDebug(
                "GraphQL operation {OperationName} of document {DocumentHash}: {Outcome}, {ErrorCount} errors",
                operationName,
                document?.Hash,
                outcome,
                result.Errors.Count
            );
        return new Outcome(result!, Malformed: false);
    }

    /// <summary>The HTTP request an operation came with, for the host's <see cref="IRequestInterceptor"/>s.</summary>
    internal static HttpContext HttpContextOf(InterceptedRequest request) =>
        (HttpContext)request.Items[HttpContextItem]!;

    /// <summary>The requested operation's name, or the name of the document's only operation.</summary>
    private static string? OperationNameOf(GraphQLHttpRequest request, CachedDocument? document)
    {
        if (request.OperationName is not null || document is null)
            return request.OperationName;
        OperationDefinitionNode? only = null;
        foreach (var definition in document.Document.Definitions)
            if (definition is OperationDefinitionNode operation)
            {
                if (only is not null)
                    return null;
                only = operation;
            }
        return only?.Name?.Value;
    }

    private static string OutcomeOf(ExecutionResult result) =>
        result.Kind switch
        {
            ExecutionResult.ErrorKind.None => result.Errors.Count == 0 ? "ok" : "field_errors",
            ExecutionResult.ErrorKind.OperationSelection => "operation_selection",
            ExecutionResult.ErrorKind.OperationNotAllowed => "operation_not_allowed",
            var kind => kind.ToString().ToLowerInvariant(),
        };

    /// <summary>
    /// 200 whenever there is data. Without data: 405 for a mutation over GET; 429 for an operation over the
    /// caller's rate limit (under both media types, with <c>Retry-After</c>); 503 when the database could not be
    /// reached (<c>SERVICE_UNAVAILABLE</c>, both media types, with <c>Retry-After</c>); otherwise 200 under
    /// application/json (legacy clients read only bodies of 2xx responses) and, under
    /// application/graphql-response+json, 400 for request errors and 504 when execution timed out.
    /// </summary>
    private static int StatusOf(Outcome outcome, ResponseMediaType mediaType)
    {
        var result = outcome.Result;
        if (result.HasData)
            return StatusCodes.Status200OK;
        if (result.Kind == ExecutionResult.ErrorKind.Transport)
            return outcome.Malformed || mediaType == ResponseMediaType.GraphQLResponseJson
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
        if (result.Kind == ExecutionResult.ErrorKind.OperationNotAllowed)
            return StatusCodes.Status405MethodNotAllowed;
        if (result.Kind == ExecutionResult.ErrorKind.Refused)
            return StatusCodes.Status429TooManyRequests;
        if (result.Errors.Any(error => error.Code == HttpErrorCodes.ServiceUnavailable))
            return StatusCodes.Status503ServiceUnavailable;
        if (mediaType == ResponseMediaType.Json)
            return StatusCodes.Status200OK;
        return result.Kind == ExecutionResult.ErrorKind.Timeout
            ? StatusCodes.Status504GatewayTimeout
            : StatusCodes.Status400BadRequest;
    }

    private static Task<int> BadRequestAsync(
        HttpContext context,
        ResponseMediaType mediaType,
        string message
    ) => BadRequestAsync(context, mediaType, GraphQLRequestReader.BadRequest(message));

    private static Task<int> BadRequestAsync(
        HttpContext context,
        ResponseMediaType mediaType,
        GraphQLError error
    ) => WriteErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error);

    private static Task<int> WriteErrorAsync(
        HttpContext context,
        int status,
        ResponseMediaType mediaType,
        GraphQLError error
    ) =>
        WriteAsync(
            context,
            status,
            mediaType,
            new Outcome(
                ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Transport, error),
                Malformed: true
            )
        );

    private static async Task<int> WriteAsync(
        HttpContext context,
        int status,
        ResponseMediaType mediaType,
        Outcome outcome
    )
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        if (outcome.Result.Errors.Any(error => error.Code == HttpErrorCodes.ServiceUnavailable))
            context.Response.Headers.RetryAfter = ServiceUnavailable.RetryAfterSeconds;
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, WriterOptions))
            outcome.Result.WriteTo(writer);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
        return status;
    }

    /// <summary>What one request came to: the engine's result, or the transport's own refusal (<see cref="ExecutionResult.ErrorKind.Transport"/>), and whether the request was malformed.</summary>
    private readonly record struct Outcome(ExecutionResult Result, bool Malformed);
}
