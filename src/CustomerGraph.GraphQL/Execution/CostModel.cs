using System.Globalization;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// The weights and list sizes a schema declares with the IBM cost directives (<c>@cost</c>, <c>@listSize</c>), read
/// once when the executable schema is built; every misuse is reported with the other binding errors. A schema that
/// does not define the directives simply has no weights: every field then costs <see cref="DefaultWeight"/>.
/// </summary>
internal sealed class CostModel
{
    /// <summary>The weight of a field with no <c>@cost</c> on it or on its type.</summary>
    public const double DefaultWeight = 1;

    private const string CostName = "cost";
    private const string ListSizeName = "listSize";

    private readonly Dictionary<FieldDefinition, FieldCost> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InputValueDefinition, double> _inputWeights = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly Dictionary<NamedType, double> _typeWeights = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InputObjectType, bool> _weightedInputTypes = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly HashSet<DirectiveDefinition> _weightedDirectives = new(
        ReferenceEqualityComparer.Instance
    );
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors;

    private CostModel(Schema schema, List<GraphQLError> errors)
    {
        _schema = schema;
        _errors = errors;
    }

    /// <summary>Reads the directives of <paramref name="schema"/>, appending every misuse to <paramref name="errors"/>.</summary>
    public static CostModel Build(Schema schema, List<GraphQLError> errors)
    {
        var model = new CostModel(schema, errors);
        model.ReadWeights();
        model.ReadFields();
        return model;
    }

    /// <summary>What the schema says of a field: its weight, list size and whether its inputs carry weights.</summary>
    public FieldCost Of(FieldDefinition field) =>
        _fields.TryGetValue(field, out var cost)
            ? cost
            : new FieldCost(WeightOfType(field.Type.Unwrapped), null);

    /// <summary>The weight of an argument or input field; 0 without <c>@cost</c>.</summary>
    public double WeightOf(InputValueDefinition input) => _inputWeights.GetValueOrDefault(input);

    /// <summary>Whether values of an input type can carry weights (an input field with <c>@cost</c>, at any depth).</summary>
    public bool CarriesWeights(GraphQLType type) =>
        type.Unwrapped is InputObjectType input && _weightedInputTypes.GetValueOrDefault(input);

    /// <summary>Whether a directive's arguments can add to the cost of the field it is used on.</summary>
    public bool HasWeightedArguments(DirectiveDefinition directive) =>
        _weightedDirectives.Contains(directive);

    private void ReadWeights()
    {
        foreach (var type in _schema.Types)
        {
            if (type.IsIntrospectionType)
                continue;
            if (Weight(type.AppliedDirectives, type.Name) is { } typeWeight)
                _typeWeights[type] = typeWeight;
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    foreach (var argument in field.Arguments)
                        ReadInputWeight(argument, $"{type.Name}.{field.Name}({argument.Name}:)");
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                        ReadInputWeight(field, $"{type.Name}.{field.Name}");
                    break;
            }
        }
        foreach (var directive in _schema.Directives)
        foreach (var argument in directive.Arguments)
            ReadInputWeight(argument, $"@{directive.Name}({argument.Name}:)");
        foreach (var type in _schema.Types)
            if (type is InputObjectType input)
                MarkWeightedInputs(input, []);
        foreach (var directive in _schema.Directives)
            if (
                directive.Arguments.Any(argument =>
                    _inputWeights.ContainsKey(argument) || CarriesWeights(argument.Type)
                )
            )
                _weightedDirectives.Add(directive);
    }

    private void ReadInputWeight(InputValueDefinition input, string coordinate)
    {
        if (input.AstNode is { } node && Weight(node.Directives, coordinate) is { } weight)
            _inputWeights[input] = weight;
    }

    // An input type carries weights when one of its fields has a weight or an input type that carries them.
    private bool MarkWeightedInputs(InputObjectType type, HashSet<InputObjectType> visiting)
    {
        if (_weightedInputTypes.TryGetValue(type, out var known))
            return known;
        if (!visiting.Add(type))
            return false;
        var weighted = false;
        foreach (var field in type.Fields)
            weighted |=
                _inputWeights.ContainsKey(field)
                || field.Type.Unwrapped is InputObjectType nested && MarkWeightedInputs(nested, visiting);
        visiting.Remove(type);
        _weightedInputTypes[type] = weighted;
        return weighted;
    }

    private void ReadFields()
    {
        foreach (var type in _schema.Types)
        {
            if (type is not ComplexType complex || type.IsIntrospectionType)
                continue;
            foreach (var field in complex.Fields)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                var directives = field.AppliedDirectives;
                var weight = Weight(directives, coordinate);
                if (weight is not null && type is InterfaceType)
                    Report(
                        $"@cost is not allowed on the interface field \"{coordinate}\": put it on the fields of the types that implement it.",
                        directives.First(d => d.Name.Value == CostName)
                    );
                var listSize = ReadListSize(field, directives, coordinate);
                var inputsWeighted = field.Arguments.Any(argument =>
                    _inputWeights.ContainsKey(argument) || CarriesWeights(argument.Type)
                );
                _fields[field] = new FieldCost(
                    weight ?? WeightOfType(field.Type.Unwrapped),
                    listSize,
                    inputsWeighted
                );
            }
        }
        // Costs are counted on object types: a field sized only on an interface keeps the interface's size.
        foreach (var type in _schema.Types)
            if (type is ObjectType objectType && !type.IsIntrospectionType)
                foreach (var field in objectType.Fields)
                    if (
                        _fields[field].ListSize is null
                        && InterfaceListSize(objectType, field.Name) is { } inherited
                    )
                        _fields[field] = _fields[field] with { ListSize = inherited };
    }

    private ListSize? InterfaceListSize(ComplexType type, string fieldName)
    {
        foreach (var implemented in type.Interfaces)
            if (implemented.GetField(fieldName) is { } field && _fields.TryGetValue(field, out var cost))
                if ((cost.ListSize ?? InterfaceListSize(implemented, fieldName)) is { } found)
                    return found;
        return null;
    }

    /// <summary>
    /// A type's <c>@cost</c> is the weight of every field returning it that has none of its own; an abstract type
    /// weighs as much as the heaviest of its possible types, so the estimate stays an upper bound.
    /// </summary>
    private double WeightOfType(NamedType type)
    {
        if (_typeWeights.TryGetValue(type, out var weight))
            return weight;
        if (!type.IsAbstractType)
            return DefaultWeight;
        double? heaviest = null;
        foreach (var possible in _schema.GetPossibleTypes(type))
            if (_typeWeights.TryGetValue(possible, out var possibleWeight))
                heaviest = Math.Max(heaviest ?? DefaultWeight, possibleWeight);
        return heaviest ?? DefaultWeight;
    }

    private ListSize? ReadListSize(
        FieldDefinition field,
        IReadOnlyList<DirectiveNode> directives,
        string coordinate
    )
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == ListSizeName);
        if (
            node is null
            || !IsSpecDirective(node, "assumedSize", "slicingArguments", "sizedFields")
            || Arguments(node, coordinate) is not { } arguments
        )
            return null;
        var assumedSize = arguments.GetValueOrDefault("assumedSize") as int?;
        var slicing = Strings(arguments.GetValueOrDefault("slicingArguments"));
        var sized = Strings(arguments.GetValueOrDefault("sizedFields"));
        var requireOne = arguments.GetValueOrDefault("requireOneSlicingArgument") as bool? ?? true;
        var valid = true;
        if (assumedSize < 0)
            valid = Report($"The @listSize assumedSize of \"{coordinate}\" is negative.", node);
        foreach (var name in slicing)
        {
            var argument = field.GetArgument(name);
            if (argument is null)
                valid = Report(
                    $"The @listSize slicing argument \"{name}\" is not an argument of \"{coordinate}\".",
                    node
                );
            else if (!IsSlicingType(argument.Type))
                valid = Report(
                    $"The @listSize slicing argument \"{coordinate}({name}:)\" is of type \"{argument.Type}\": it must be an Int or a list.",
                    node
                );
        }
        var returned = field.Type.Unwrapped as ComplexType;
        foreach (var name in sized)
            if (returned?.GetField(name) is not { } sizedField || ListDepth(sizedField.Type) == 0)
                valid = Report(
                    $"The @listSize sized field \"{name}\" of \"{coordinate}\" is not a list field of \"{field.Type.Unwrapped}\".",
                    node
                );
        if (sized.Length == 0 && ListDepth(field.Type) == 0)
            valid = Report(
                $"@listSize on \"{coordinate}\" sizes nothing: the field is not a list and names no sizedFields.",
                node
            );
        return valid ? new ListSize(assumedSize, slicing, sized, requireOne) : null;
    }

    /// <summary>
    /// Slicing arguments are Ints, as the specification says; a list argument also bounds a list (its length), which
    /// sizes fields such as <c>nodes(ids:)</c>.
    /// </summary>
    private static bool IsSlicingType(GraphQLType type) =>
        type.Nullable is ListType || type.Nullable is ScalarType { Name: "Int" };

    /// <summary>How many lists wrap the named type, e.g. 2 for <c>[[String]]</c>.</summary>
    public static int ListDepth(GraphQLType type)
    {
        var depth = 0;
        for (var current = type; current is WrappingType wrapping; current = wrapping.OfType)
            if (wrapping is ListType)
                depth++;
        return depth;
    }

    private double? Weight(IReadOnlyList<DirectiveNode> directives, string coordinate)
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == CostName);
        if (
            node is null
            || !IsSpecDirective(node, "weight")
            || Arguments(node, coordinate) is not { } arguments
        )
            return null;
        // The specification's weight is a String holding a Float; an Int or Float definition is read as well.
        var weight = arguments.GetValueOrDefault("weight") switch
        {
            string text
                when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    && double.IsFinite(parsed) => parsed,
            int number => number,
            double number => number,
            _ => (double?)null,
        };
        if (weight is null)
            Report(
                $"The @cost weight of \"{coordinate}\" must be a number, e.g. \"2.5\"; found {Printer.Print(node)}.",
                node
            );
        return weight;
    }

    /// <summary>Whether the schema's definition of the directive is the specification's (a same-named other one is not read).</summary>
    private bool IsSpecDirective(DirectiveNode node, params string[] arguments) =>
        _schema.GetDirective(node.Name.Value) is { } definition
        && arguments.Any(argument => definition.GetArgument(argument) is not null);

    private Dictionary<string, object?>? Arguments(DirectiveNode node, string coordinate)
    {
        if (_schema.GetDirective(node.Name.Value) is not { } definition)
            return null;
        try
        {
            return InputCoercion.CoerceArgumentValues(
                definition.Arguments,
                node.Arguments,
                null,
                "@" + definition.Name,
                node
            );
        }
        catch (FieldErrorException exception)
        {
            Report($"{exception.Message} (on \"{coordinate}\")", node);
            return null;
        }
    }

    private static string[] Strings(object? value) =>
        value is List<object?> list ? [.. list.OfType<string>()] : [];

    private bool Report(string message, SyntaxNode node)
    {
        _errors.Add(SchemaErrors.Create(SchemaRules.CostDirectives, message, node));
        return false;
    }
}

/// <summary>A field's weight, its <c>@listSize</c>, and whether its arguments can add weight.</summary>
internal sealed record FieldCost(double Weight, ListSize? ListSize, bool InputsWeighted = false);

/// <summary>The arguments of one <c>@listSize</c>.</summary>
internal sealed record ListSize(
    int? AssumedSize,
    string[] SlicingArguments,
    string[] SizedFields,
    bool RequireOneSlicingArgument
);
