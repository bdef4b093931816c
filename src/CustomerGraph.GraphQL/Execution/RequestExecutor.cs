using System.Globalization;
using System.Text;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Validation;
using CustomerGraph.GraphQL.Validation.Rules;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline: size limit → document cache (hit skips parse and validation) → parse with token
/// and depth limits → depth and field-count limits → validation → operation selection → variable
/// coercion → cost estimate and complexity limit → the host's <see cref="IRequestInterceptor"/>s → execution under a
/// timeout. One instance per schema, shared by all requests.
/// </summary>
public sealed class RequestExecutor(
    ExecutableSchema schema,
    ExecutionOptions? options = null,
    IEnumerable<IRequestInterceptor>? interceptors = null
)
{
    private readonly ExecutionOptions _options = options ?? new ExecutionOptions();
    private readonly IRequestInterceptor[] _interceptors = interceptors?.ToArray() ?? [];

    public ExecutableSchema Schema { get; } = schema;
    public ExecutionOptions Options => _options;
    public DocumentCache Documents { get; } = new((options ?? new ExecutionOptions()).DocumentCacheSize);

    public async Task<ExecutionResult> ExecuteAsync(
        ExecutionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        if (string.IsNullOrEmpty(request.Query))
            return ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.Syntax,
                new GraphQLError("Must provide query string.", code: ErrorCodes.SyntaxError)
            );
        var (document, failure) = GetDocument(request.Query);
        if (failure is not null)
            return failure;
        return await ExecuteDocumentAsync(document!, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses, checks limits and validates a document, or answers from the cache.</summary>
    public (CachedDocument? Document, ExecutionResult? Failure) GetDocument(string query)
    {
        if (Encoding.UTF8.GetByteCount(query) > _options.MaxDocumentBytes)
            return (
                null,
                ExecutionResult.FromErrors(
                    ExecutionResult.ErrorKind.Limit,
                    new GraphQLError(
                        $"The document is larger than the maximum of {_options.MaxDocumentBytes} bytes.",
                        code: ErrorCodes.DocumentTooLarge
                    )
                )
            );
        var hash = DocumentCache.HashOf(query);
        if (Documents.TryGet(hash) is { } cached)
            return (cached, null);
        DocumentNode document;
        // Values and list types nest too, so the parser allows more levels than selections may use.
        var parserDepth = _options.MaxSelectionDepth * 4 + 16;
        try
        {
            document = Parser.Parse(
                query,
                new ParserOptions { MaxTokens = _options.MaxTokens, MaxDepth = parserDepth }
            );
        }
        catch (GraphQLSyntaxException exception)
        {
            var error = exception.Error;
            return (
                null,
                exception.Kind switch
                {
                    SyntaxErrorKind.TooManyTokens => ExecutionResult.FromErrors(
                        ExecutionResult.ErrorKind.Syntax,
                        new GraphQLError(error.Message, error.Locations, ErrorCodes.MaxTokensExceeded)
                    ),
                    // A document nested past the parser's limit is too deep, not malformed: the depth limit's own code.
                    SyntaxErrorKind.TooDeep => ExecutionResult.FromErrors(
                        ExecutionResult.ErrorKind.Limit,
                        new GraphQLError(
                            $"The document nests more than {parserDepth} levels deep (selections, values and list types together); selections may nest at most {_options.MaxSelectionDepth} levels.",
                            error.Locations,
                            ErrorCodes.MaxDepthExceeded
                        )
                    ),
                    _ => ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Syntax, error),
                }
            );
        }
        if (OperationLimits.Check(document, _options) is { } limitError)
            return (null, ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Limit, limitError));
        var errors = DocumentValidator.Validate(Schema.Schema, document, _options.MaxErrors);
        if (errors.Count > 0)
        {
            var introspectionDepth = errors.FirstOrDefault(e =>
                e.RuleType == typeof(MaxIntrospectionDepthRule)
            );
            if (introspectionDepth is not null)
                return (
                    null,
                    ExecutionResult.FromErrors(
                        ExecutionResult.ErrorKind.Limit,
                        new GraphQLError(
                            introspectionDepth.Message,
                            introspectionDepth.Locations,
                            ErrorCodes.IntrospectionDepthExceeded
                        )
                    )
                );
            return (null, ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Validation, errors));
        }
        return (Documents.Add(hash, document), null);
    }

    /// <summary>Runs an operation of an already validated document.</summary>
    public async Task<ExecutionResult> ExecuteDocumentAsync(
        CachedDocument document,
        ExecutionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        var operationNode = SelectOperation(document.Document, request.OperationName, out var selectionError);
        if (operationNode is null)
            return ExecutionResult.FromErrors(ExecutionResult.ErrorKind.OperationSelection, selectionError!);
        if (request.AllowedOperations is { } allowed && !allowed.Contains(operationNode.Operation))
            return ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.OperationNotAllowed,
                new GraphQLError(
                    $"{operationNode.Operation} operations are not allowed here.",
                    [InputCoercion.ToSourceLocation(operationNode.Location)],
                    ErrorCodes.OperationNotSupported
                )
            );
        var schema = Schema.Schema;
        var rootType = schema.GetRootType(operationNode.Operation);
        if (rootType is null)
            return ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.OperationSelection,
                new GraphQLError(
                    $"Schema is not configured to execute {operationNode.Operation.ToString().ToLowerInvariant()} operation.",
                    [InputCoercion.ToSourceLocation(operationNode.Location)],
                    ErrorCodes.OperationNotSupported
                )
            );
        var prepared = document.GetOrPrepare(
            operationNode.Name?.Value ?? "",
            () => new PreparedOperation(schema, document.Document, operationNode, rootType)
        );

        if (!_options.EnableIntrospection && prepared.IntrospectionField is { } introspectionField)
            return ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.Validation,
                new GraphQLError(
                    "Introspection is not allowed for this request.",
                    [InputCoercion.ToSourceLocation(introspectionField.Location)],
                    ErrorCodes.IntrospectionDisabled
                )
            );
        var variableErrors = new List<GraphQLError>();
        var variables = InputCoercion.CoerceVariableValues(
            schema,
            operationNode,
            request.Variables,
            variableErrors
        );
        if (variableErrors.Count > 0)
            return ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Variables, variableErrors);
        var estimate = CostAnalyzer.Estimate(Schema, prepared, variables, _options);
        if (estimate.Error is { } costError)
            return ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Validation, costError);
        var complexity = estimate.Complexity;
        if (complexity > _options.MaxOperationComplexity)
        {
            var tooComplex = ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.Limit,
                new GraphQLError(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The query is too complex. The estimated complexity of the query is {complexity}, which is greater than the maximum allowed complexity limit of {_options.MaxOperationComplexity}."
                    ),
                    [InputCoercion.ToSourceLocation(operationNode.Location)],
                    ErrorCodes.QueryComplexityReached
                )
            );
            tooComplex.Cost = complexity;
            return tooComplex;
        }
        var items = request.Items ?? new Dictionary<string, object?>();
        if (_interceptors.Length > 0)
        {
            var intercepted = new InterceptedRequest(request, operationNode, complexity, items);
            foreach (var interceptor in _interceptors)
                if (
                    await interceptor.InterceptAsync(intercepted, cancellationToken).ConfigureAwait(false) is
                    { } refusal
                )
                {
                    var refused = ExecutionResult.FromErrors(ExecutionResult.ErrorKind.Refused, refusal);
                    refused.Cost = complexity;
                    return refused;
                }
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ExecutionTimeout);
        var state = new RequestState(
            request.Services ?? EmptyServiceProvider.Instance,
            new DataLoaderRegistry(new BatchScheduler()),
            items,
            timeout.Token
        );
        using var executor = new OperationExecutor(Schema, prepared, variables, _options, state);
        try
        {
            // Resolvers resumed by a DataLoader dispatch must run inline to share the next batch; a
            // synchronization context (UI, test runners) would post them instead, so execution leaves it.
            var data = SynchronizationContext.Current is null
                ? await executor.ExecuteAsync(request.RootValue).ConfigureAwait(false)
                : await Task.Run(() => executor.ExecuteAsync(request.RootValue)).ConfigureAwait(false);
            return new ExecutionResult(executor.Errors, true, data, ExecutionResult.ErrorKind.None)
            {
                Cost = complexity,
            };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var timedOut = !cancellationToken.IsCancellationRequested;
            var stopped = ExecutionResult.FromErrors(
                ExecutionResult.ErrorKind.Timeout,
                new GraphQLError(
                    timedOut
                        ? $"The operation did not complete within {_options.ExecutionTimeout.TotalSeconds:0.###} seconds and was canceled."
                        : "The request was canceled.",
                    code: timedOut ? ErrorCodes.ExecutionTimeout : ErrorCodes.RequestCanceled
                )
            );
            stopped.Cost = complexity;
            return stopped;
        }
    }

    private static OperationDefinitionNode? SelectOperation(
        DocumentNode document,
        string? operationName,
        out GraphQLError? error
    )
    {
        OperationDefinitionNode? found = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
                continue;
            if (operationName is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError(
                        "Must provide operation name if query contains multiple operations.",
                        code: ErrorCodes.OperationNotFound
                    );
                    return null;
                }
                found = operation;
            }
            else if (operation.Name?.Value == operationName)
                return operation;
        }
        if (found is null)
            error = new GraphQLError(
                operationName is null
                    ? "Must provide an operation."
                    : $"Unknown operation named \"{operationName}\".",
                code: ErrorCodes.OperationNotFound
            );
        return found;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
