using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>The context handed to a bound resolver for one field of one parent value.</summary>
internal sealed class ResolverContext(
    OperationExecutor executor,
    FieldSelection selection,
    ResultNode? target,
    int index,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments
) : IResolverContext
{
    public object? Parent { get; } = parent;
    public ObjectType ParentType => selection.ParentType;
    public FieldDefinition Field => selection.Field;
    public FieldNode Selection => selection.Nodes[0];
    public IReadOnlyList<FieldNode> Selections => selection.Nodes;
    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value)
            ? (T?)executor.ExecutableSchema.Inputs.Convert(value, typeof(T))
            : default;

    public IServiceProvider Services => executor.Request.Services;
    public CancellationToken CancellationToken => executor.Request.CancellationToken;
    public DataLoaderRegistry DataLoaders => executor.Request.DataLoaders;
    public IDictionary<string, object?> RequestItems => executor.Request.Items;
    public Schema Schema => selection.Operation.Schema;
    public IReadOnlyList<object> Path => target?.PathOf(index) ?? [selection.ResponseName];

    public IReadOnlyList<SelectedField> GetSelectedFields(ObjectType? type = null)
    {
        type ??= Field.Type.Unwrapped as ObjectType;
        if (type is null)
            return [];
        var plan = selection.GetChildPlan(type, executor.Conditions, executor.Variables);
        var fields = new SelectedField[plan.Fields.Length];
        for (var i = 0; i < fields.Length; i++)
            fields[i] = new SelectedField(
                plan.Fields[i].ResponseName,
                plan.Fields[i].Field,
                plan.Fields[i].Nodes[0]
            );
        return fields;
    }
}
