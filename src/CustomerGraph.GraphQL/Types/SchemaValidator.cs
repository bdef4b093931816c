using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// The type system validation of spec section 3 (type validation subsections), as graphql-js's
/// <c>validateSchema</c> runs it: root types, directive definitions, then every type in schema order, then
/// input objects that cannot have a finite value. Reports every problem with graphql-js's message.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly SchemaFacts _facts;
    private readonly List<GraphQLError> _errors;

    private SchemaValidator(Schema schema, SchemaFacts facts, List<GraphQLError> errors)
    {
        _schema = schema;
        _facts = facts;
        _errors = errors;
    }

    public static void Validate(Schema schema, SchemaFacts facts, List<GraphQLError> errors)
    {
        var validator = new SchemaValidator(schema, facts, errors);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
    }

    private void Report(string rule, string message, params ReadOnlySpan<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(rule, message, nodes));

    private void Report(string rule, string message, IEnumerable<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(rule, message, nodes));

    // ---- Root operation types (spec 3.3.1) ----

    private void ValidateRootTypes()
    {
        var roots = _facts.DeclaredRootTypes;
        if (!roots.ContainsKey(OperationType.Query))
            Report(SchemaRules.RootOperationTypes, "Query root type must be provided.", _schema.AstNode);

        var operationsByType = new Dictionary<NamedType, List<OperationType>>();
        var typeOrder = new List<NamedType>();
        foreach (
            var operation in (OperationType[])
                [OperationType.Query, OperationType.Mutation, OperationType.Subscription]
        )
        {
            if (!roots.TryGetValue(operation, out var rootType))
                continue;
            if (rootType is not ObjectType)
            {
                var operationName = operation.ToString();
                Report(
                    SchemaRules.RootOperationTypes,
                    operation == OperationType.Query
                        ? $"{operationName} root type must be Object type, it cannot be {rootType.Name}."
                        : $"{operationName} root type must be Object type if provided, it cannot be {rootType.Name}.",
                    (SyntaxNode?)OperationTypeNode(operation) ?? rootType.AstNode
                );
                continue;
            }
            if (!operationsByType.TryGetValue(rootType, out var operations))
            {
                operationsByType[rootType] = operations = [];
                typeOrder.Add(rootType);
            }
            operations.Add(operation);
        }
        foreach (var rootType in typeOrder)
        {
            var operations = operationsByType[rootType];
            if (operations.Count < 2)
                continue;
            var operationList = Suggestions.AndList(
                operations.Select(o => o.ToString().ToLowerInvariant()).ToList()
            );
            Report(
                SchemaRules.RootOperationTypes,
                $"All root types must be different, \"{rootType.Name}\" type is used as {operationList} root types.",
                operations.Select(o => (SyntaxNode?)OperationTypeNode(o))
            );
        }
    }

    private NamedTypeNode? OperationTypeNode(OperationType operation)
    {
        var schemaNodes = _schema.AstNode is null
            ? _schema.ExtensionAstNodes.Select(e => e.OperationTypes)
            : _schema.ExtensionAstNodes.Select(e => e.OperationTypes).Prepend(_schema.AstNode.OperationTypes);
        return schemaNodes.SelectMany(o => o).FirstOrDefault(o => o.Operation == operation)?.Type;
    }

    // ---- Directive definitions (spec 3.13) ----

    private void ValidateDirectives()
    {
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
                Report(
                    SchemaRules.DirectiveDefinitions,
                    $"Directive @{directive.Name} must include 1 or more locations.",
                    directive.AstNode
                );
            foreach (var argument in directive.Arguments)
            {
                var argumentText = $"@{directive.Name}({argument.Name}:)";
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                    Report(
                        SchemaRules.InputOutputTypes,
                        $"The type of {argumentText} must be Input Type but got: {argument.Type}.",
                        argument.AstNode
                    );
                ValidateRequiredNotDeprecated(
                    argument,
                    $"Required argument {argumentText} cannot be deprecated."
                );
                ValidateDefaultValue(argument, argumentText);
            }
        }
    }

    // ---- Named types ----

    private void ValidateTypes()
    {
        var inputObjects = new List<InputObjectType>();
        var defaultValueCycles = new DefaultValueCycleDetector(this);
        foreach (var type in _schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionTypeName(type.Name))
                ValidateName(type.Name, type.AstNode);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    inputObjects.Add(input);
                    defaultValueCycles.Validate(input);
                    break;
            }
        }
        new FiniteValueDetector(this, inputObjects).Detect();
    }

    /// <summary>Names starting with "__" are reserved for introspection (spec 3.1 "Reserved Names").</summary>
    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            Report(
                SchemaRules.ReservedNames,
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                node
            );
    }

    private static IEnumerable<SyntaxNode?> DefinitionNodes(NamedType type) =>
        type.ExtensionAstNodes.Cast<SyntaxNode?>().Prepend(type.AstNode);

    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
            Report(
                SchemaRules.NonEmptyTypes,
                $"Type {type.Name} must define one or more fields.",
                DefinitionNodes(type)
            );
        foreach (var field in type.Fields)
        {
            var fieldText = $"{type.Name}.{field.Name}";
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
                Report(
                    SchemaRules.InputOutputTypes,
                    $"The type of {fieldText} must be Output Type but got: {field.Type}.",
                    field.AstNode?.Type
                );
            foreach (var argument in field.Arguments)
            {
                var argumentText = $"{fieldText}({argument.Name}:)";
                ValidateName(argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType)
                    Report(
                        SchemaRules.InputOutputTypes,
                        $"The type of {argumentText} must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type
                    );
                ValidateRequiredNotDeprecated(
                    argument,
                    $"Required argument {argumentText} cannot be deprecated."
                );
                ValidateDefaultValue(argument, argumentText);
            }
        }
    }

    private void ValidateRequiredNotDeprecated(InputValueDefinition inputValue, string message)
    {
        if (inputValue.IsRequired && inputValue.IsDeprecated)
            Report(
                SchemaRules.DeprecatedRequiredInputs,
                message,
                DeprecatedDirectiveNode(inputValue.AstNode?.Directives),
                inputValue.AstNode?.Type
            );
    }

    private static DirectiveNode? DeprecatedDirectiveNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);

    // ---- Interfaces (spec 3.6 "IsValidImplementation", 3.7) ----

    private void ValidateInterfaces(ComplexType type)
    {
        var implemented = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in _facts.InterfacesOf(type))
        {
            if (declared is not InterfaceType iface)
            {
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.",
                    ImplementsNodes(type, declared)
                );
                continue;
            }
            if (ReferenceEquals(type, iface))
            {
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface)
                );
                continue;
            }
            if (!implemented.Add(iface.Name))
            {
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Type {type.Name} can only implement {iface.Name} once.",
                    ImplementsNodes(type, iface)
                );
                continue;
            }
            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    private void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface)
    {
        var typeInterfaces = _facts.InterfacesOf(type);
        foreach (var transitive in _facts.InterfacesOf(iface))
        {
            if (typeInterfaces.Contains(transitive))
                continue;
            Report(
                SchemaRules.InterfaceImplementations,
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                ImplementsNodes(iface, transitive).Concat(ImplementsNodes(type, iface))
            );
        }
    }

    private void ValidateTypeImplementsInterface(ComplexType type, InterfaceType iface)
    {
        foreach (var interfaceField in iface.Fields)
        {
            var interfaceFieldText = $"{iface.Name}.{interfaceField.Name}";
            var typeField = type.GetField(interfaceField.Name);
            if (typeField is null)
            {
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Interface field {interfaceFieldText} expected but {type.Name} does not provide it.",
                    DefinitionNodes(type).Prepend(interfaceField.AstNode)
                );
                continue;
            }
            var typeFieldText = $"{type.Name}.{typeField.Name}";
            if (!TypeComparators.IsTypeSubTypeOf(_schema, typeField.Type, interfaceField.Type))
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Interface field {interfaceFieldText} expects type {interfaceField.Type} but {typeFieldText} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type
                );
            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    Report(
                        SchemaRules.InterfaceImplementations,
                        $"Interface field argument {interfaceFieldText}({interfaceArgument.Name}:) expected but {typeFieldText} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode
                    );
                    continue;
                }
                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                    Report(
                        SchemaRules.InterfaceImplementations,
                        $"Interface field argument {interfaceFieldText}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {typeFieldText}({typeArgument.Name}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type
                    );
            }
            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && interfaceField.GetArgument(typeArgument.Name) is null)
                    Report(
                        SchemaRules.InterfaceImplementations,
                        $"Argument \"{typeFieldText}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{interfaceFieldText}\".",
                        typeArgument.AstNode,
                        interfaceField.AstNode
                    );
            }
            if (typeField.IsDeprecated && !interfaceField.IsDeprecated)
                Report(
                    SchemaRules.InterfaceImplementations,
                    $"Interface field {interfaceFieldText} is not deprecated, so implementation field {typeFieldText} must not be deprecated.",
                    DeprecatedDirectiveNode(typeField.AstNode?.Directives),
                    typeField.AstNode?.Type
                );
        }
    }

    /// <summary>Every <c>implements</c> entry of the type (definition and extensions) naming the interface.</summary>
    private static IEnumerable<SyntaxNode?> ImplementsNodes(NamedType type, NamedType iface) =>
        DefinitionNodes(type)
            .SelectMany(node =>
                node switch
                {
                    ObjectTypeDefinitionNode o => o.Interfaces,
                    ObjectTypeExtensionNode o => o.Interfaces,
                    InterfaceTypeDefinitionNode i => i.Interfaces,
                    InterfaceTypeExtensionNode i => i.Interfaces,
                    _ => [],
                }
            )
            .Where(n => n.Name.Value == iface.Name);

    // ---- Unions (spec 3.8) ----

    private void ValidateUnionMembers(UnionType union)
    {
        var members = _facts.DeclaredMembers.TryGetValue(union, out var declared)
            ? declared
            : [.. union.Types];
        if (members.Count == 0)
            Report(
                SchemaRules.NonEmptyTypes,
                $"Union type {union.Name} must define one or more member types.",
                DefinitionNodes(union)
            );
        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!included.Add(member.Name))
            {
                Report(
                    SchemaRules.UnionMembers,
                    $"Union type {union.Name} can only include type {member.Name} once.",
                    UnionMemberNodes(union, member.Name)
                );
                continue;
            }
            if (member is not ObjectType)
                Report(
                    SchemaRules.UnionMembers,
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    UnionMemberNodes(union, member.Name)
                );
        }
    }

    private static IEnumerable<SyntaxNode?> UnionMemberNodes(UnionType union, string typeName) =>
        DefinitionNodes(union)
            .SelectMany(node =>
                node switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                }
            )
            .Where(n => n.Name.Value == typeName);

    // ---- Enums (spec 3.9) ----

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
            Report(
                SchemaRules.NonEmptyTypes,
                $"Enum type {enumType.Name} must define one or more values.",
                DefinitionNodes(enumType)
            );
        foreach (var value in enumType.Values)
            ValidateName(value.Name, value.AstNode);
    }

    // ---- Input objects (spec 3.10) ----

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
            Report(
                SchemaRules.NonEmptyTypes,
                $"Input Object type {input.Name} must define one or more fields.",
                DefinitionNodes(input)
            );
        foreach (var field in input.Fields)
        {
            var fieldText = $"{input.Name}.{field.Name}";
            ValidateName(field.Name, field.AstNode);
            if (!field.Type.IsInputType)
                Report(
                    SchemaRules.InputOutputTypes,
                    $"The type of {fieldText} must be Input Type but got: {field.Type}.",
                    field.AstNode?.Type
                );
            ValidateRequiredNotDeprecated(field, $"Required input field {fieldText} cannot be deprecated.");
            ValidateDefaultValue(field, fieldText);
            if (!input.IsOneOf)
                continue;
            if (field.Type is NonNullType)
                Report(
                    SchemaRules.OneOfInputObjects,
                    $"OneOf input field {fieldText} must be nullable.",
                    field.AstNode?.Type
                );
            if (field.DefaultValue is not null)
                Report(
                    SchemaRules.OneOfInputObjects,
                    $"OneOf input field {fieldText} cannot have a default value.",
                    field.AstNode
                );
        }
    }

    /// <summary>A default value must be a valid literal of the input value's type.</summary>
    private void ValidateDefaultValue(InputValueDefinition inputValue, string inputValueText)
    {
        if (inputValue.DefaultValue is null || !inputValue.Type.IsInputType)
            return;
        InputLiteralValidator.Validate(
            inputValue.DefaultValue,
            inputValue.Type,
            error =>
                Report(
                    SchemaRules.DefaultValues,
                    $"{inputValueText} has invalid default value{error.PathText}: {error.Message}",
                    error.Node
                )
        );
    }

    /// <summary>
    /// Finds default values that reference themselves through the defaults of input object fields, which
    /// would make coercing them never end.
    /// </summary>
    private sealed class DefaultValueCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<string> _visitedFields = new(StringComparer.Ordinal);
        private readonly List<(string FieldText, SyntaxNode? DefaultValue)> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndex = new(StringComparer.Ordinal);

        public void Validate(InputObjectType input)
        {
            foreach (var field in input.Fields)
                if (field.Type.Unwrapped is InputObjectType fieldType)
                    DetectFieldCycle(field, fieldType, $"{input.Name}.{field.Name}");
        }

        private void DetectLiteralCycle(InputObjectType input, ValueNode defaultValue)
        {
            if (defaultValue is ListValueNode list)
            {
                foreach (var item in list.Values)
                    DetectLiteralCycle(input, item);
                return;
            }
            if (defaultValue is not ObjectValueNode obj)
                return;
            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var fieldNode in obj.Fields)
                fieldNodes[fieldNode.Name.Value] = fieldNode;
            foreach (var field in input.Fields)
            {
                if (field.Type.Unwrapped is not InputObjectType fieldType)
                    continue;
                if (fieldNodes.TryGetValue(field.Name, out var fieldNode))
                    DetectLiteralCycle(fieldType, fieldNode.Value);
                else
                    DetectFieldCycle(field, fieldType, $"{input.Name}.{field.Name}");
            }
        }

        private void DetectFieldCycle(InputValueDefinition field, InputObjectType fieldType, string fieldText)
        {
            if (field.DefaultValue is null)
                return;
            if (_fieldPathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via =
                    cycleIndex < _fieldPath.Count
                        ? " via the default values of: "
                            + string.Join(", ", _fieldPath.Skip(cycleIndex).Select(p => p.FieldText))
                        : "";
                validator.Report(
                    SchemaRules.DefaultValueCircularReferences,
                    $"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _fieldPath.Skip(cycleIndex - 1).Select(p => p.DefaultValue)
                );
                return;
            }
            if (!_visitedFields.Add(fieldText))
                return;
            _fieldPath.Add((fieldText, field.AstNode?.DefaultValue));
            _fieldPathIndex[fieldText] = _fieldPath.Count;
            DetectLiteralCycle(fieldType, field.DefaultValue);
            _fieldPath.RemoveAt(_fieldPath.Count - 1);
            _fieldPathIndex.Remove(fieldText);
        }
    }

    /// <summary>
    /// Finds input objects no finite value can satisfy: every way through their fields leads back to them
    /// through non-null fields (or, for <c>@oneOf</c> types, through any input object field).
    /// </summary>
    private sealed class FiniteValueDetector(SchemaValidator validator, List<InputObjectType> inputObjects)
    {
        private sealed class State(InputObjectType inputObject)
        {
            public InputObjectType InputObject { get; } = inputObject;
            public List<(InputValueDefinition Field, InputObjectType Target)> Targets { get; } = [];
            public List<State> Dependents { get; } = [];
            public int UnresolvedTargetCount { get; set; }
            public bool HasFiniteValue { get; set; }
        }

        private readonly Dictionary<InputObjectType, State> _states = [];
        private readonly Stack<State> _withFiniteValues = new();
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<(string FieldText, SyntaxNode? Node)> _fieldPath = [];
        private readonly Dictionary<InputObjectType, int> _fieldPathIndexByType = [];

        public void Detect()
        {
            foreach (var input in inputObjects)
                _states[input] = new State(input);
            foreach (var state in _states.Values)
            {
                var input = state.InputObject;
                foreach (var field in input.Fields)
                {
                    if (FiniteValueTarget(input, field.Type) is not { } target)
                        continue;
                    state.Targets.Add((field, target));
                    if (_states.TryGetValue(target, out var targetState))
                        targetState.Dependents.Add(state);
                }
                if (input.IsOneOf)
                {
                    if (input.Fields.Count == 0 || state.Targets.Count < input.Fields.Count)
                        MarkFinite(state);
                }
                else
                {
                    state.UnresolvedTargetCount = state.Targets.Count;
                    if (state.Targets.Count == 0)
                        MarkFinite(state);
                }
            }
            while (_withFiniteValues.TryPop(out var finite))
            {
                foreach (var dependent in finite.Dependents)
                {
                    if (dependent.HasFiniteValue)
                        continue;
                    if (dependent.InputObject.IsOneOf || --dependent.UnresolvedTargetCount == 0)
                        MarkFinite(dependent);
                }
            }
            foreach (var state in _states.Values)
                if (!state.HasFiniteValue)
                    ReportCycles(state);
        }

        private static InputObjectType? FiniteValueTarget(InputObjectType input, GraphQLType fieldType) =>
            input.IsOneOf
                ? fieldType as InputObjectType
                : (fieldType as NonNullType)?.OfType as InputObjectType;

        private void MarkFinite(State state)
        {
            if (state.HasFiniteValue)
                return;
            state.HasFiniteValue = true;
            _withFiniteValues.Push(state);
        }

        private void ReportCycles(State state)
        {
            var input = state.InputObject;
            if (!_visited.Add(input))
                return;
            _fieldPathIndexByType[input] = _fieldPath.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!_states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                    continue;
                _fieldPath.Add(($"{input.Name}.{field.Name}", field.AstNode));
                if (_fieldPathIndexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = _fieldPath.Skip(cycleIndex).ToList();
                    validator.Report(
                        SchemaRules.InputObjectCircularReferences,
                        $"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.FieldText))}.",
                        cycle.Select(p => p.Node)
                    );
                }
                else
                    ReportCycles(targetState);
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _fieldPathIndexByType.Remove(input);
        }
    }
}
