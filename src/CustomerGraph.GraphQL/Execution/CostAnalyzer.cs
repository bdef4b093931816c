using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Static cost analysis of one operation (IBM GraphQL Cost Directives, field cost): every field adds its weight plus
/// the weights of the arguments and input fields it is given, never less than 0; a list field multiplies the cost of
/// its selection by its size (per list dimension): the largest slicing argument given (literal or variable), else the
/// largest slicing argument default, else <c>assumedSize</c>, else <see cref="ExecutionOptions.DefaultListSize"/>. A
/// field whose <c>@listSize</c> names <c>sizedFields</c> passes that size to those child fields instead. On an
/// abstract type the costliest possible type counts. <c>@skip</c>/<c>@include</c> are not applied, so the estimate is
/// an upper bound; <c>__typename</c> costs nothing and introspection lists count once (they are read from the
/// in-memory schema, bounded by its size and the introspection depth limit).
/// </summary>
internal sealed class CostAnalyzer
{
    private readonly ExecutableSchema _schema;
    private readonly PreparedOperation _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly double _defaultListSize;
    private readonly Dictionary<MemoKey, double> _memo = [];
    private bool _usesVariables;

    private CostAnalyzer(
        ExecutableSchema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options
    )
    {
        _schema = schema;
        _operation = operation;
        _variables = variables;
        _defaultListSize = Math.Max(0, options.DefaultListSize);
    }

    private Schema Schema => _schema.Schema;
    private CostModel Model => _schema.Costs;

    /// <summary>
    /// The operation's estimate for these coerced variables; taken from the operation when an earlier request found
    /// it does not depend on variables, and left there for later ones when it does not.
    /// </summary>
    public static CostEstimate Estimate(
        ExecutableSchema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options
    )
    {
        if (operation.ConstantCost is { } known)
            return known;
        var analyzer = new CostAnalyzer(schema, operation, variables, options);
        CostEstimate estimate;
        try
        {
            var cost = analyzer.SelectionCost(operation.RootType, [operation.Definition.SelectionSet], null);
            estimate = new CostEstimate(ToComplexity(cost), null);
        }
        catch (SlicingArgumentException exception)
        {
            estimate = new CostEstimate(0, exception.Error);
        }
        if (!analyzer._usesVariables)
            operation.ConstantCost = estimate;
        return estimate;
    }

    // Whole units, rounded up (after trimming floating-point noise such as 0.1 + 0.2), saturating at long.MaxValue;
    // sizes large enough to overflow a double (and 0 × that, NaN) count as the maximum.
    private static long ToComplexity(double cost)
    {
        var rounded = Math.Ceiling(Math.Round(cost, 6));
        return double.IsNaN(rounded) || rounded >= long.MaxValue ? long.MaxValue : (long)rounded;
    }

    private double SelectionCost(NamedType type, IReadOnlyList<SelectionSetNode> sets, Sizing? sizing)
    {
        var key = new MemoKey(type, sets, sizing);
        if (_memo.TryGetValue(key, out var known))
            return known;
        double cost = 0;
        foreach (var possibleType in Schema.GetPossibleTypes(type))
            cost = Math.Max(cost, ObjectSelectionCost(possibleType, sets, sizing));
        _memo[key] = cost;
        return cost;
    }

    private double ObjectSelectionCost(ObjectType type, IReadOnlyList<SelectionSetNode> sets, Sizing? sizing)
    {
        var groups = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
            Collect(type, set, groups, visitedFragments);
        double cost = 0;
        foreach (var nodes in groups.Values)
            if (Schema.GetFieldDefinition(type, nodes[0].Name.Value) is { } field)
                cost += FieldCost(type, field, nodes, sizing);
        return cost;
    }

    // CollectFields() without @skip/@include: fields merge by response name, as execution merges them.
    private void Collect(
        ObjectType type,
        SelectionSetNode set,
        Dictionary<string, List<FieldNode>> groups,
        HashSet<string> visitedFragments
    )
    {
        foreach (var selection in set.Selections)
            switch (selection)
            {
                case FieldNode field:
                    if (!groups.TryGetValue(field.ResponseName, out var group))
                        groups[field.ResponseName] = group = [];
                    group.Add(field);
                    break;
                case InlineFragmentNode inline
                    when inline.TypeCondition is null
                        || FieldCollector.DoesFragmentTypeApply(Schema, type, inline.TypeCondition):
                    Collect(type, inline.SelectionSet, groups, visitedFragments);
                    break;
                case FragmentSpreadNode spread
                    when visitedFragments.Add(spread.Name.Value)
                        && _operation.GetFragment(spread.Name.Value) is { } fragment
                        && FieldCollector.DoesFragmentTypeApply(Schema, type, fragment.TypeCondition):
                    Collect(type, fragment.SelectionSet, groups, visitedFragments);
                    break;
            }
    }

    private double FieldCost(
        ObjectType parentType,
        FieldDefinition field,
        List<FieldNode> nodes,
        Sizing? sizing
    )
    {
        if (ReferenceEquals(field, Schema.TypeNameMetaField))
            return 0;
        var node = nodes[0];
        var info = Model.Of(field);
        var own = info.Weight;
        if (info.InputsWeighted)
            own += ArgumentsWeight(field.Arguments, node.Arguments, $"{parentType.Name}.{field.Name}", node);
        foreach (var directive in node.Directives)
            if (
                Schema.GetDirective(directive.Name.Value) is { } definition
                && Model.HasWeightedArguments(definition)
            )
                own += ArgumentsWeight(
                    definition.Arguments,
                    directive.Arguments,
                    "@" + definition.Name,
                    directive
                );
        own = Math.Max(0, own);

        var listDepth = CostModel.ListDepth(field.Type);
        var introspection =
            parentType.IsIntrospectionType
            || ReferenceEquals(field, Schema.SchemaMetaField)
            || ReferenceEquals(field, Schema.TypeMetaField);
        var size = info.ListSize is { } listSize ? SizeOf(parentType, field, listSize, node) : (double?)null;
        var sets = new List<SelectionSetNode>(nodes.Count);
        foreach (var each in nodes)
            if (each.SelectionSet is { } set)
                sets.Add(set);
        if (sets.Count == 0)
            return own;

        Sizing? childSizing = null;
        double itemSize;
        if (introspection)
            itemSize = 1;
        else if (info.ListSize is { SizedFields.Length: > 0 } sizer)
        {
            childSizing = new Sizing(sizer.SizedFields, size!.Value);
            itemSize = _defaultListSize;
        }
        else
            itemSize =
                size
                ?? (
                    sizing is { } inherited && Array.IndexOf(inherited.Fields, field.Name) >= 0
                        ? inherited.Size
                        : _defaultListSize
                );
        var multiplier = Math.Pow(itemSize, listDepth);
        return own + multiplier * SelectionCost(field.Type.Unwrapped, sets, childSizing);
    }

    /// <summary>The size @listSize gives a field's list (or its sized fields) for the arguments of this selection.</summary>
    private double SizeOf(ObjectType parentType, FieldDefinition field, ListSize listSize, FieldNode node)
    {
        if (listSize.SlicingArguments.Length == 0)
            return listSize.AssumedSize ?? _defaultListSize;
        double? given = null;
        var givenCount = 0;
        foreach (var name in listSize.SlicingArguments)
        foreach (var argument in node.Arguments)
            if (argument.Name.Value == name && SliceOf(argument.Value) is { } value)
            {
                givenCount++;
                given = Math.Max(given ?? 0, value);
            }
        if (givenCount > 1 && listSize.RequireOneSlicingArgument)
            throw new SlicingArgumentException(
                SlicingError(parentType, field, listSize, node, "several were given")
            );
        if (given is { } largest)
            return largest;
        double? defaults = null;
        foreach (var name in listSize.SlicingArguments)
            if (
                field.GetArgument(name) is { DefaultValue: not null } argument
                && SliceOfValue(InputCoercion.DefaultValueOf(argument)) is { } value
            )
                defaults = Math.Max(defaults ?? 0, value);
        if (defaults is { } largestDefault)
            return largestDefault;
        if (listSize.RequireOneSlicingArgument)
            throw new SlicingArgumentException(
                SlicingError(parentType, field, listSize, node, "none was given")
            );
        return listSize.AssumedSize ?? _defaultListSize;
    }

    private static GraphQLError SlicingError(
        ObjectType parentType,
        FieldDefinition field,
        ListSize listSize,
        FieldNode node,
        string problem
    ) =>
        new(
            $"Exactly one of the slicing arguments {string.Join(", ", listSize.SlicingArguments.Select(a => $"\"{a}\""))} of \"{parentType.Name}.{field.Name}\" must be given; {problem}.",
            [InputCoercion.ToSourceLocation(node.Location)],
            ErrorCodes.InvalidSlicingArguments
        );

    /// <summary>The list size a slicing argument's value gives: an Int (never below 0) or a list's length.</summary>
    private double? SliceOf(ValueNode value) =>
        value switch
        {
            IntValueNode number => long.TryParse(number.Value, out var parsed) ? Math.Max(0, parsed) : null,
            ListValueNode list => list.Values.Count,
            VariableNode variable => SliceOfVariable(variable),
            _ => null,
        };

    private double? SliceOfVariable(VariableNode variable)
    {
        _usesVariables = true;
        return _variables.TryGetValue(variable.Name.Value, out var value) ? SliceOfValue(value) : null;
    }

    private static double? SliceOfValue(object? value) =>
        value switch
        {
            int number => Math.Max(0, number),
            long number => Math.Max(0, number),
            System.Collections.ICollection items => items.Count,
            _ => null,
        };

    /// <summary>The weights of the arguments given (defaults included) and of the input fields their values hold.</summary>
    private double ArgumentsWeight(
        OrderedMap<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        string owner,
        SyntaxNode node
    )
    {
        foreach (var argument in arguments)
            if (UsesVariable(argument.Value))
                _usesVariables = true;
        Dictionary<string, object?> values;
        try
        {
            values = InputCoercion.CoerceArgumentValues(definitions, arguments, _variables, owner, node);
        }
        catch (FieldErrorException)
        {
            // Execution reports the bad argument as a field error; the estimate counts what is certain.
            return 0;
        }
        double weight = 0;
        foreach (var definition in definitions)
            if (values.TryGetValue(definition.Name, out var value))
                weight += Model.WeightOf(definition) + InputWeight(definition.Type, value);
        return weight;
    }

    private double InputWeight(GraphQLType type, object? value)
    {
        double weight = 0;
        switch (type.Nullable)
        {
            case ListType list when value is List<object?> items:
                foreach (var item in items)
                    weight += InputWeight(list.OfType, item);
                break;
            case InputObjectType input
                when Model.CarriesWeights(input) && value is IReadOnlyDictionary<string, object?> fields:
                foreach (var field in input.Fields)
                    if (fields.TryGetValue(field.Name, out var fieldValue))
                        weight += Model.WeightOf(field) + InputWeight(field.Type, fieldValue);
                break;
        }
        return weight;
    }

    private static bool UsesVariable(ValueNode value) =>
        value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(UsesVariable),
            ObjectValueNode obj => obj.Fields.Any(f => UsesVariable(f.Value)),
            _ => false,
        };

    /// <summary>The size a <c>@listSize</c> with <c>sizedFields</c> hands to those fields of its selection.</summary>
    private sealed record Sizing(string[] Fields, double Size);

    /// <summary>A selection of a type, memoized so shared fragments and abstract types are costed once.</summary>
    private readonly struct MemoKey(NamedType type, IReadOnlyList<SelectionSetNode> sets, Sizing? sizing)
        : IEquatable<MemoKey>
    {
        private readonly NamedType _type = type;
        private readonly IReadOnlyList<SelectionSetNode> _sets = sets;
        private readonly Sizing? _sizing = sizing;

        public bool Equals(MemoKey other)
        {
            if (!ReferenceEquals(_type, other._type) || !Equals(_sizing, other._sizing))
                return false;
            if (_sets.Count != other._sets.Count)
                return false;
            for (var i = 0; i < _sets.Count; i++)
                if (!ReferenceEquals(_sets[i], other._sets[i]))
                    return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is MemoKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_type);
            hash.Add(_sizing);
            foreach (var set in _sets)
                hash.Add(set);
            return hash.ToHashCode();
        }
    }

    private sealed class SlicingArgumentException(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}

/// <summary>An operation's estimated complexity, or the error that stopped the estimate.</summary>
internal sealed record CostEstimate(long Complexity, GraphQLError? Error);
