using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// A validated operation prepared for execution and shared by every request that runs it: field
/// collection (spec 6.3.2) is done once per (selection, object type, @skip/@include outcome) and cached.
/// </summary>
public sealed class PreparedOperation
{
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, SelectionPlan> _rootPlans = [];

    internal PreparedOperation(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        ObjectType rootType
    )
    {
        Schema = schema;
        Document = document;
        Definition = operation;
        RootType = rootType;
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment)
                _fragments.TryAdd(fragment.Name.Value, fragment);
        (ConditionVariables, IntrospectionField) = ScanSelections(operation);
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public OperationDefinitionNode Definition { get; }
    public ObjectType RootType { get; }

    /// <summary>Variables that @skip/@include depend on; their values select the cached plan.</summary>
    internal IReadOnlyList<string> ConditionVariables { get; }

    /// <summary>The first <c>__schema</c> or <c>__type</c> field the operation selects, if any.</summary>
    internal FieldNode? IntrospectionField { get; }

    /// <summary>The cost estimate, once an analysis found that it does not depend on variable values.</summary>
    internal CostEstimate? ConstantCost { get; set; }

    internal FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The root plan; <paramref name="conditions"/> null means not cacheable (computed afresh).</summary>
    internal SelectionPlan GetRootPlan(ulong? conditions, IReadOnlyDictionary<string, object?> variables)
    {
        if (conditions is not { } key)
            return FieldCollector.Collect(this, RootType, [Definition.SelectionSet], variables);
        lock (_rootPlans)
        {
            if (_rootPlans.TryGetValue(key, out var cached))
                return cached;
        }
        var plan = FieldCollector.Collect(this, RootType, [Definition.SelectionSet], variables);
        lock (_rootPlans)
            return _rootPlans.TryAdd(key, plan) ? plan : _rootPlans[key];
    }

    // One walk over the operation's selections, fragments included once each.
    private (IReadOnlyList<string>, FieldNode?) ScanSelections(OperationDefinitionNode operation)
    {
        var found = new List<string>();
        FieldNode? introspectionField = null;
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                foreach (var directive in selection.Directives)
                    if (directive.Name.Value is "skip" or "include")
                        foreach (var argument in directive.Arguments)
                            if (
                                argument.Value is VariableNode variable
                                && !found.Contains(variable.Name.Value)
                            )
                                found.Add(variable.Name.Value);
                switch (selection)
                {
                    case FieldNode field:
                        if (field.Name.Value is "__schema" or "__type")
                            introspectionField ??= field;
                        if (field.SelectionSet is { } set)
                            pending.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread
                        when visitedFragments.Add(spread.Name.Value)
                            && GetFragment(spread.Name.Value) is { } fragment:
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
        return (found, introspectionField);
    }
}

/// <summary>The merged fields to execute on one object type, in response order.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldSelection[] fields)
{
    public ObjectType Type { get; } = type;
    public FieldSelection[] Fields { get; } = fields;

    /// <summary>Response names in order, shared by every result object of this plan.</summary>
    public string[] ResponseNames { get; } = Array.ConvertAll(fields, f => f.ResponseName);
}

/// <summary>One response key of a selection plan: the field nodes merged under it and what executing it needs.</summary>
internal sealed class FieldSelection
{
    private readonly Dictionary<(ObjectType, ulong), SelectionPlan> _childPlans = [];

    public FieldSelection(
        PreparedOperation operation,
        ObjectType parentType,
        FieldDefinition field,
        FieldNode[] nodes
    )
    {
        Operation = operation;
        ParentType = parentType;
        Field = field;
        Nodes = nodes;
        ResponseName = nodes[0].ResponseName;
        ArgumentsUseVariables = nodes[0].Arguments.Any(a => UsesVariable(a.Value));
    }

    public PreparedOperation Operation { get; }

    public string ResponseName { get; }
    public ObjectType ParentType { get; }
    public FieldDefinition Field { get; }
    public FieldNode[] Nodes { get; }
    public bool ArgumentsUseVariables { get; }

    /// <summary>Arguments coerced once when they use no variables; filled on first use.</summary>
    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; set; }

    /// <summary>The plan below this field for one runtime type; <paramref name="conditions"/> null means not cacheable.</summary>
    public SelectionPlan GetChildPlan(
        ObjectType type,
        ulong? conditions,
        IReadOnlyDictionary<string, object?> variables
    )
    {
        if (conditions is not { } key)
            return Collect(type, variables);
        lock (_childPlans)
        {
            if (_childPlans.TryGetValue((type, key), out var cached))
                return cached;
        }
        var plan = Collect(type, variables);
        lock (_childPlans)
            return _childPlans.TryAdd((type, key), plan) ? plan : _childPlans[(type, key)];
    }

    private SelectionPlan Collect(ObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        var sets = new List<SelectionSetNode>(Nodes.Length);
        foreach (var node in Nodes)
            if (node.SelectionSet is { } set)
                sets.Add(set);
        return FieldCollector.Collect(Operation, type, sets, variables);
    }

    private static bool UsesVariable(ValueNode value) =>
        value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(UsesVariable),
            ObjectValueNode obj => obj.Fields.Any(f => UsesVariable(f.Value)),
            _ => false,
        };
}

/// <summary>CollectFields() of spec 6.3.2, producing a <see cref="SelectionPlan"/>.</summary>
internal static class FieldCollector
{
    public static SelectionPlan Collect(
        PreparedOperation operation,
        ObjectType type,
        IReadOnlyList<SelectionSetNode> selectionSets,
        IReadOnlyDictionary<string, object?> variables
    )
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in selectionSets)
            CollectInto(operation, type, set, variables, groups, order, visitedFragments);
        var fields = new List<FieldSelection>(order.Count);
        foreach (var responseName in order)
        {
            var nodes = groups[responseName];
            // Fields that do not exist on the type were rejected by validation, except on a runtime type
            // reached through an abstract type; those are skipped as the spec's ExecuteSelectionSet does.
            if (operation.Schema.GetFieldDefinition(type, nodes[0].Name.Value) is { } definition)
                fields.Add(new FieldSelection(operation, type, definition, [.. nodes]));
        }
        return new SelectionPlan(type, [.. fields]);
    }

    private static void CollectInto(
        PreparedOperation operation,
        ObjectType type,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, object?> variables,
        Dictionary<string, List<FieldNode>> groups,
        List<string> order,
        HashSet<string> visitedFragments
    )
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, variables))
                continue;
            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!groups.TryGetValue(key, out var group))
                    {
                        groups[key] = group = [];
                        order.Add(key);
                    }
                    group.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (
                        inline.TypeCondition is null
                        || DoesFragmentTypeApply(operation.Schema, type, inline.TypeCondition)
                    )
                        CollectInto(
                            operation,
                            type,
                            inline.SelectionSet,
                            variables,
                            groups,
                            order,
                            visitedFragments
                        );
                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name.Value))
                        continue;
                    if (operation.GetFragment(spread.Name.Value) is not { } fragment)
                        continue;
                    if (!DoesFragmentTypeApply(operation.Schema, type, fragment.TypeCondition))
                        continue;
                    CollectInto(
                        operation,
                        type,
                        fragment.SelectionSet,
                        variables,
                        groups,
                        order,
                        visitedFragments
                    );
                    break;
            }
        }
    }

    internal static bool DoesFragmentTypeApply(Schema schema, ObjectType type, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            InterfaceType abstractType => schema.IsSubType(abstractType, type),
            UnionType abstractType => schema.IsSubType(abstractType, type),
            _ => false,
        };

    /// <summary>
    /// @skip and @include (spec 6.3.2 steps 2.b and 2.c). Their <c>if: Boolean!</c> argument coerced from a
    /// variable explicitly set to null is an argument error (spec 6.4.1), raised as graphql-js raises it.
    /// </summary>
    internal static bool ShouldInclude(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?> variables
    )
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
                continue;
            var condition = false;
            foreach (var argument in directive.Arguments)
                if (argument.Name.Value == "if")
                    condition = argument.Value switch
                    {
                        BooleanValueNode literal => literal.Value,
                        VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value)
                            ? value as bool? ?? throw NullCondition(name, variable)
                            : false,
                        _ => false,
                    };
            if (name == "skip" && condition || name == "include" && !condition)
                return false;
        }
        return true;
    }

    private static FieldErrorException NullCondition(string directive, VariableNode variable) =>
        new(
            $"Argument \"@{directive}(if:)\" has invalid value: Expected variable \"${variable.Name.Value}\" provided to non-null type \"Boolean!\" not to be null.",
            variable
        );
}
