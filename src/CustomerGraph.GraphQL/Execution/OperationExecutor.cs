using System.Collections;
using System.Collections.Concurrent;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Executes one prepared operation for one request (spec 6.2–6.4). Synchronous resolvers complete
/// depth-first in document order; asynchronous ones are awaited together, and DataLoader batches are
/// dispatched only when no resolver work is ready — so siblings at one level share one batch per loader.
/// Not thread-safe: one instance per request, driven by <see cref="ExecuteAsync"/>.
/// </summary>
internal sealed class OperationExecutor : IDisposable
{
    private readonly ExecutableSchema _schema;
    private readonly PreparedOperation _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly ulong? _conditions;
    private readonly ExecutionOptions _options;
    private readonly RequestState _request;
    private readonly List<GraphQLError> _errors = [];
    private readonly ConcurrentQueue<PendingField> _completed = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Dictionary<FieldSelection, IReadOnlyDictionary<string, object?>> _argumentCache = new(
        ReferenceEqualityComparer.Instance
    );
    private int _inFlight;
    private bool _dataNulled;

    public OperationExecutor(
        ExecutableSchema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        RequestState request
    )
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _options = options;
        _request = request;
        _conditions = ConditionsOf(operation, variables);
    }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public async Task<ResultObject?> ExecuteAsync(object? rootValue)
    {
        SelectionPlan plan;
        try
        {
            plan = _operation.GetRootPlan(_conditions, _variables);
        }
        catch (FieldErrorException error)
        {
            // An argument error while collecting root fields leaves nothing to execute (graphql-js: data null).
            _errors.Add(
                new GraphQLError(
                    error.Message,
                    [InputCoercion.ToSourceLocation(error.Node!.Location)],
                    error.Code
                )
            );
            return null;
        }
        var root = new ResultObject(plan, null, 0);
        if (_operation.Definition.Operation == OperationType.Mutation)
        {
            // Spec 6.2.2: mutation root fields run one after another, each to completion.
            for (var i = 0; i < plan.Fields.Length && !root.IsNulled; i++)
            {
                ExecuteField(root, i, rootValue);
                await RunUntilIdleAsync().ConfigureAwait(false);
            }
        }
        else
        {
            ExecuteFields(root, rootValue);
            await RunUntilIdleAsync().ConfigureAwait(false);
        }
        return _dataNulled ? null : root;
    }

    private async Task RunUntilIdleAsync()
    {
        var cancellation = _request.CancellationToken;
        while (true)
        {
            while (_completed.TryDequeue(out var pending))
            {
                _inFlight--;
                CompleteAsyncField(pending);
            }
            if (_inFlight == 0 && !_request.Scheduler.HasPendingBatches)
                return;
            cancellation.ThrowIfCancellationRequested();
            if (_completed.IsEmpty && _request.Scheduler.HasPendingBatches)
            {
                await _request.Scheduler.DispatchAsync(cancellation).ConfigureAwait(false);
                continue;
            }
            if (_completed.IsEmpty)
                await _signal.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    private void ExecuteFields(ResultObject target, object? source)
    {
        var fields = target.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(target, i, source);
            if (target.IsNulled)
                return;
        }
    }

    private void ExecuteField(ResultObject target, int index, object? source)
    {
        var selection = target.Plan.Fields[index];
        var field = selection.Field;
        ValueTask<object?> pending;
        try
        {
            if (field.Resolver is { } resolver)
            {
                var context = new ResolverContext(
                    this,
                    selection,
                    target,
                    index,
                    source,
                    GetArguments(selection)
                );
                pending = resolver(context);
            }
            else
            {
                pending = new ValueTask<object?>(DefaultFieldResolver.Resolve(source, field.Name));
            }
        }
        catch (Exception exception)
        {
            HandleFieldError(exception, target, index, selection);
            return;
        }
        if (pending.IsCompletedSuccessfully)
        {
            CompleteValue(field.Type, selection, pending.Result, target, index);
            return;
        }
        _inFlight++;
        var task = pending.AsTask();
        var waiting = new PendingField(this, target, index, selection, task);
        task.ContinueWith(
            static (_, state) => ((PendingField)state!).Post(),
            waiting,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
    }

    private void CompleteAsyncField(PendingField pending)
    {
        if (pending.Target.IsDiscarded)
            return;
        if (pending.Task.IsCompletedSuccessfully)
            CompleteValue(
                pending.Selection.Field.Type,
                pending.Selection,
                pending.Task.Result,
                pending.Target,
                pending.Index
            );
        else
            HandleFieldError(
                pending.Task.Exception?.InnerException ?? new TaskCanceledException(),
                pending.Target,
                pending.Index,
                pending.Selection
            );
    }

    /// <summary>CompleteValue() of spec 6.4.3: stores the completed value in the parent's slot.</summary>
    private void CompleteValue(
        GraphQLType type,
        FieldSelection selection,
        object? result,
        ResultNode parent,
        int index
    )
    {
        // As in graphql-js, an Exception as a value (a list item, say) is that position's field error.
        if (result is Exception exception)
        {
            HandleFieldError(exception, parent, index, selection);
            return;
        }
        if (type is NonNullType nonNull)
        {
            if (result is null)
            {
                AddError(
                    new GraphQLError(
                        $"Cannot return null for non-nullable field {selection.ParentType.Name}.{selection.Field.Name}.",
                        LocationsOf(selection),
                        path: parent.PathOf(index)
                    )
                );
                PropagateNull(parent, index);
                return;
            }
            type = nonNull.OfType;
        }
        if (result is null)
        {
            parent.SetNull(index);
            return;
        }
        switch (type)
        {
            case ScalarType scalar:
                var serialized = scalar.Serialize(result);
                if (!serialized.IsValid)
                {
                    RaiseFieldError(
                        serialized.Error ?? $"Cannot serialize {scalar.Name}.",
                        parent,
                        index,
                        selection
                    );
                    return;
                }
                Store(parent, index, serialized.Value);
                return;
            case EnumType enumType:
                var name = SerializeEnum(enumType, result);
                if (name is null)
                {
                    RaiseFieldError(
                        $"Enum \"{enumType.Name}\" cannot represent value: {JsValues.Inspect(result)}",
                        parent,
                        index,
                        selection
                    );
                    return;
                }
                Store(parent, index, name);
                return;
            case ListType listType:
                CompleteList(listType, selection, result, parent, index);
                return;
            default:
                var objectType =
                    type as ObjectType
                    ?? ResolveAbstractType((NamedType)type, result, selection, parent, index);
                if (objectType is null)
                    return;
                SelectionPlan plan;
                try
                {
                    plan = selection.GetChildPlan(objectType, _conditions, _variables);
                }
                catch (FieldErrorException error)
                {
                    HandleFieldError(error, parent, index, selection);
                    return;
                }
                var child = new ResultObject(plan, parent, index);
                Store(parent, index, child);
                ExecuteFields(child, result);
                return;
        }
    }

    private void CompleteList(
        ListType listType,
        FieldSelection selection,
        object result,
        ResultNode parent,
        int index
    )
    {
        if (
            result is string or IDictionary or IDictionary<string, object?>
            || result is not IEnumerable sequence
        )
        {
            RaiseFieldError(
                $"Expected Iterable, but did not find one for field \"{selection.ParentType.Name}.{selection.Field.Name}\".",
                parent,
                index,
                selection
            );
            return;
        }
        var items = sequence as IList ?? sequence.Cast<object?>().ToList();
        var list = new ResultList(items.Count, listType.OfType is NonNullType, parent, index);
        Store(parent, index, list);
        for (var i = 0; i < items.Count; i++)
        {
            CompleteValue(listType.OfType, selection, items[i], list, i);
            if (list.IsNulled)
                return;
        }
    }

    private static void Store(ResultNode parent, int index, object? value)
    {
        switch (parent)
        {
            case ResultObject obj:
                obj.Values[index] = value;
                break;
            case ResultList list:
                list.Items[index] = value;
                break;
        }
    }

    private ObjectType? ResolveAbstractType(
        NamedType abstractType,
        object value,
        FieldSelection selection,
        ResultNode parent,
        int index
    )
    {
        var schema = _operation.Schema;
        ObjectType? resolved;
        if (_schema.GetTypeResolver(abstractType) is { } hook)
        {
            var context = new ResolverContext(
                this,
                selection,
                parent as ResultObject,
                index,
                value,
                EmptyArguments
            );
            resolved = hook(value, context);
        }
        else
        {
            var typeName =
                DefaultFieldResolver.Resolve(value, "__typename") as string
                ?? _schema.GetTypeNameForClrType(value.GetType());
            if (typeName is null)
            {
                RaiseFieldError(
                    $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{selection.ParentType.Name}.{selection.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                    parent,
                    index,
                    selection
                );
                return null;
            }
            var named = schema.GetType(typeName);
            if (named is null)
            {
                RaiseFieldError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
                    parent,
                    index,
                    selection
                );
                return null;
            }
            resolved = named as ObjectType;
            if (resolved is null)
            {
                RaiseFieldError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".",
                    parent,
                    index,
                    selection
                );
                return null;
            }
        }
        if (resolved is null || !schema.IsSubType(abstractType, resolved))
        {
            RaiseFieldError(
                resolved is null
                    ? $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{selection.ParentType.Name}.{selection.Field.Name}\"."
                    : $"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".",
                parent,
                index,
                selection
            );
            return null;
        }
        return resolved;
    }

    private string? SerializeEnum(EnumType type, object value)
    {
        foreach (var definition in type.Values)
            if (Equals(definition.Value, value))
                return definition.Name;
        // CLR enum members are named by the graph's one enum rule; strings must name a value exactly.
        return value switch
        {
            Enum member => _schema.Inputs.Enums.NameOf(type, member),
            string text => type.Values.TryGet(text)?.Name,
            _ => null,
        };
    }

    private IReadOnlyDictionary<string, object?> GetArguments(FieldSelection selection)
    {
        if (selection.Field.Arguments.Count == 0)
            return EmptyArguments;
        if (!selection.ArgumentsUseVariables)
            return selection.ConstantArguments ??= CoerceArguments(selection);
        // Variables are fixed for the request, so each selection's arguments are coerced once.
        if (!_argumentCache.TryGetValue(selection, out var arguments))
            _argumentCache[selection] = arguments = CoerceArguments(selection);
        return arguments;
    }

    private Dictionary<string, object?> CoerceArguments(FieldSelection selection) =>
        InputCoercion.CoerceArgumentValues(
            selection.Field.Arguments,
            selection.Nodes[0].Arguments,
            _variables,
            $"{selection.ParentType.Name}.{selection.Field.Name}",
            selection.Nodes[0]
        );

    private void HandleFieldError(Exception exception, ResultNode parent, int index, FieldSelection selection)
    {
        if (exception is OperationCanceledException && _request.CancellationToken.IsCancellationRequested)
            throw exception;
        if (exception is not GraphQLException and not FieldErrorException)
            exception = _options.MapResolverException?.Invoke(exception) ?? exception;
        var error = exception switch
        {
            GraphQLException graphQLException => new GraphQLError(
                graphQLException.Message,
                LocationsOf(selection),
                graphQLException.Code,
                parent.PathOf(index),
                graphQLException.Extensions
            ),
            FieldErrorException fieldError => new GraphQLError(
                fieldError.Message,
                fieldError.Node is { } node
                    ? [InputCoercion.ToSourceLocation(node.Location)]
                    : LocationsOf(selection),
                fieldError.Code,
                parent.PathOf(index)
            ),
            _ => UnexpectedError(exception, selection, parent.PathOf(index)),
        };
        AddError(error);
        FailField(parent, index, selection);
    }

    private GraphQLError UnexpectedError(Exception exception, FieldSelection selection, List<object> path)
    {
        _options.OnResolverException?.Invoke(
            exception,
            $"{selection.ParentType.Name}.{selection.Field.Name}"
        );
        return _options.IncludeExceptionDetails
            ? new GraphQLError(
                exception.Message,
                LocationsOf(selection),
                ErrorCodes.UnexpectedExecutionError,
                path,
                new Dictionary<string, object?>
                {
                    ["exception"] = exception.GetType().FullName,
                    ["stackTrace"] = exception.StackTrace,
                }
            )
            : new GraphQLError(
                "Unexpected Execution Error",
                LocationsOf(selection),
                ErrorCodes.UnexpectedExecutionError,
                path
            );
    }

    private void RaiseFieldError(string message, ResultNode parent, int index, FieldSelection selection)
    {
        AddError(new GraphQLError(message, LocationsOf(selection), path: parent.PathOf(index)));
        FailField(parent, index, selection);
    }

    private void FailField(ResultNode parent, int index, FieldSelection selection)
    {
        // A field error makes the field null; in a non-null position the null propagates (spec 6.4.4).
        var isNonNull =
            parent is ResultObject ? selection.Field.Type is NonNullType : parent.IsNonNullSlot(index);
        if (isNonNull)
            PropagateNull(parent, index);
        else
            parent.SetNull(index);
    }

    private void PropagateNull(ResultNode node, int index)
    {
        while (true)
        {
            if (!node.IsNonNullSlot(index))
            {
                node.SetNull(index);
                return;
            }
            node.IsNulled = true;
            if (node.Parent is null)
            {
                _dataNulled = true;
                return;
            }
            index = node.IndexInParent;
            node = node.Parent;
        }
    }

    private void AddError(GraphQLError error)
    {
        if (_errors.Count < _options.MaxErrors)
            _errors.Add(error);
        else if (_errors.Count == _options.MaxErrors)
            _errors.Add(
                new GraphQLError(
                    "Too many errors: further errors were dropped.",
                    code: ErrorCodes.MaxErrorsReached
                )
            );
    }

    /// <summary>Every node of the merged field, as graphql-js locates field errors.</summary>
    private static IReadOnlyList<SourceLocation> LocationsOf(FieldSelection selection)
    {
        var nodes = selection.Nodes;
        var locations = new SourceLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
            locations[i] = InputCoercion.ToSourceLocation(nodes[i].Location);
        return locations;
    }

    /// <summary>
    /// The @skip/@include outcome key of cached plans; null when plans cannot be cached for this request
    /// (more than 64 condition variables, or one explicitly null, which must raise its error).
    /// </summary>
    private static ulong? ConditionsOf(
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables
    )
    {
        var names = operation.ConditionVariables;
        if (names.Count > 64)
            return null;
        ulong mask = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (!variables.TryGetValue(names[i], out var value))
                continue;
            if (value is null)
                return null;
            if (value is true)
                mask |= 1UL << i;
        }
        return mask;
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments =
        new Dictionary<string, object?>();

    internal RequestState Request => _request;
    internal ExecutableSchema ExecutableSchema => _schema;
    internal IReadOnlyDictionary<string, object?> Variables => _variables;
    internal ulong? Conditions => _conditions;

    public void Dispose() => _signal.Dispose();

    /// <summary>An asynchronous resolver result on its way back to the executor's loop.</summary>
    private sealed class PendingField(
        OperationExecutor executor,
        ResultObject target,
        int index,
        FieldSelection selection,
        Task<object?> task
    )
    {
        public ResultObject Target { get; } = target;
        public int Index { get; } = index;
        public FieldSelection Selection { get; } = selection;
        public Task<object?> Task { get; } = task;

        public void Post()
        {
            executor._completed.Enqueue(this);
            executor._signal.Release();
        }
    }
}

/// <summary>What every resolver of one request shares.</summary>
internal sealed class RequestState(
    IServiceProvider services,
    DataLoaderRegistry dataLoaders,
    IDictionary<string, object?> items,
    CancellationToken cancellationToken
)
{
    public IServiceProvider Services { get; } = services;
    public DataLoaderRegistry DataLoaders { get; } = dataLoaders;
    public BatchScheduler Scheduler => DataLoaders.Scheduler;
    public IDictionary<string, object?> Items { get; } = items;
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
