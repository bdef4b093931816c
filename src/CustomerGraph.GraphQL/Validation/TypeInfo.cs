using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Validation;

/// <summary>
/// The schema types in scope at the node a walk is visiting: output type, parent composite type, field,
/// directive, argument, input type and default value. Kept as stacks pushed on enter and popped on leave,
/// as graphql-js's TypeInfo does, so every rule reads the same answers in one pass.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<bool> _hasDefaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation root or fragment condition.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The definition of the field being visited, meta fields included.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefinitionStack);

    /// <summary>The input type expected for the value being visited.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type one level up: the list or input object holding the current value.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>Whether the argument or input field being visited declares a default value.</summary>
    public bool HasDefaultValue => _hasDefaultValueStack.Count > 0 && _hasDefaultValueStack[^1];

    /// <summary>The directive being visited, if it is known to the schema.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>True while inside a directive, known or not.</summary>
    public bool InDirective { get; private set; }

    /// <summary>The definition of the argument being visited.</summary>
    public InputValueDefinition? Argument { get; private set; }

    internal void EnterOperationDefinition(OperationDefinitionNode node) =>
        _typeStack.Add(Schema.GetRootType(node.Operation));

    internal void EnterFragmentDefinition(FragmentDefinitionNode node) =>
        _typeStack.Add(OutputTypeOrNull(Schema.GetType(node.TypeCondition.Name.Value)));

    internal void EnterInlineFragment(InlineFragmentNode node) =>
        _typeStack.Add(
            node.TypeCondition is { } condition
                ? OutputTypeOrNull(Schema.GetType(condition.Name.Value))
                : Type?.Unwrapped
        );

    /// <summary>Leaves an operation, fragment definition or inline fragment.</summary>
    internal void LeaveTypeScope() => _typeStack.RemoveAt(_typeStack.Count - 1);

    internal void EnterSelectionSet()
    {
        var named = Type?.Unwrapped;
        _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
    }

    internal void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    internal void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var fieldDefinition = parentType is null
            ? null
            : Schema.GetFieldDefinition(parentType, node.Name.Value);
        _fieldDefinitionStack.Add(fieldDefinition);
        _typeStack.Add(fieldDefinition?.Type is { IsOutputType: true } type ? type : null);
    }

    internal void LeaveField()
    {
        _fieldDefinitionStack.RemoveAt(_fieldDefinitionStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    internal void EnterDirective(DirectiveNode node)
    {
        Directive = Schema.GetDirective(node.Name.Value);
        InDirective = true;
    }

    internal void LeaveDirective()
    {
        Directive = null;
        InDirective = false;
    }

    internal void EnterVariableDefinition(VariableDefinitionNode node) =>
        _inputTypeStack.Add(InputTypeOrNull(Schema.TypeFromAst(node.Type)));

    internal void LeaveVariableDefinition() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    internal void EnterArgument(ArgumentNode node)
    {
        // As graphql-js: an unknown directive falls back to the enclosing field's arguments.
        var argument = Directive is { } directive
            ? directive.GetArgument(node.Name.Value)
            : FieldDefinition?.GetArgument(node.Name.Value);
        Argument = argument;
        _hasDefaultValueStack.Add(argument?.DefaultValue is not null);
        _inputTypeStack.Add(InputTypeOrNull(argument?.Type));
    }

    internal void LeaveArgument()
    {
        Argument = null;
        PopInput();
    }

    internal void EnterListValue()
    {
        _hasDefaultValueStack.Add(false);
        _inputTypeStack.Add(InputType?.Nullable is ListType list ? list.OfType : null);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = (InputType?.Unwrapped as InputObjectType)?.Fields.TryGet(node.Name.Value);
        _hasDefaultValueStack.Add(field?.DefaultValue is not null);
        _inputTypeStack.Add(InputTypeOrNull(field?.Type));
    }

    /// <summary>Leaves a list value or an object field.</summary>
    internal void PopInput()
    {
        _hasDefaultValueStack.RemoveAt(_hasDefaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) =>
        type is { IsOutputType: true } ? type : null;

    private static GraphQLType? InputTypeOrNull(GraphQLType? type) =>
        type is { IsInputType: true } ? type : null;
}
