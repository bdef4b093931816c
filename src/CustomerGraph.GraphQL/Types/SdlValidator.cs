using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// The SDL validation graphql-js's <c>buildASTSchema</c> runs before building (its <c>specifiedSDLRules</c>),
/// plus the rule that a schema document holds no operations or fragments. Walks the document once in
/// source order and, at each node, runs the rules in graphql-js's order, so errors come out in its order.
/// </summary>
internal sealed class SdlValidator
{
    private readonly List<GraphQLError> _errors;
    private readonly HashSet<string> _definedTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeDefinitionNode> _lastTypeDefinitionByName = new(
        StringComparer.Ordinal
    );
    private readonly Dictionary<string, DirectiveInfo> _directives = new(StringComparer.Ordinal);

    // LoneSchemaDefinitionRule
    private int _schemaDefinitionCount;

    // UniqueOperationTypesRule
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _definedOperationTypes = [];

    // UniqueTypeNamesRule
    private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);

    // UniqueEnumValueNamesRule and UniqueFieldDefinitionNamesRule: names seen per type.
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownEnumValueNames = new(
        StringComparer.Ordinal
    );
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(
        StringComparer.Ordinal
    );

    // UniqueDirectiveNamesRule
    private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);

    // UniqueDirectivesPerLocationRule: directives seen on the schema and per type (definitions and extensions share).
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(
        StringComparer.Ordinal
    );

    // Lazily built list of type names for "Did you mean" hints of KnownTypeNamesRule.
    private List<string>? _typeNameSuggestions;

    private SdlValidator(List<GraphQLError> errors) => _errors = errors;

    /// <summary>What the directive rules need to know of a directive: from the specified ones or the document.</summary>
    private sealed record DirectiveInfo(
        HashSet<string> Locations,
        bool IsRepeatable,
        List<string> ArgumentNames,
        List<(string Name, string TypeText)> RequiredArguments
    );

    /// <summary>Validates the document, appending errors to <paramref name="errors"/>.</summary>
    public static void Validate(DocumentNode document, List<GraphQLError> errors)
    {
        var validator = new SdlValidator(errors);
        validator.Collect(document);
        foreach (var definition in document.Definitions)
            validator.VisitDefinition(definition);
    }

    private void Report(string rule, string message, params ReadOnlySpan<SyntaxNode?> nodes) =>
        _errors.Add(SchemaErrors.Create(rule, message, nodes));

    private void Collect(DocumentNode document)
    {
        foreach (var directive in SpecifiedDirectives.All)
        {
            _directives[directive.Name] = new DirectiveInfo(
                directive.Locations.Select(l => l.ToName()).ToHashSet(StringComparer.Ordinal),
                directive.IsRepeatable,
                directive.Arguments.Select(a => a.Name).ToList(),
                directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList()
            );
        }
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    _definedTypeNames.Add(type.Name.Value);
                    _lastTypeDefinitionByName[type.Name.Value] = type;
                    break;
                case DirectiveDefinitionNode directive:
                    _directives[directive.Name.Value] = new DirectiveInfo(
                        directive.Locations.Select(l => l.Value).ToHashSet(StringComparer.Ordinal),
                        directive.Repeatable,
                        directive.Arguments.Select(a => a.Name.Value).ToList(),
                        directive
                            .Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                            .Select(a => (a.Name.Value, TypeNodeText(a.Type)))
                            .ToList()
                    );
                    break;
            }
        }
    }

    internal static string TypeNodeText(TypeNode type) =>
        type switch
        {
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => $"[{TypeNodeText(list.Type)}]",
            NonNullTypeNode nonNull => $"{TypeNodeText(nonNull.Type)}!",
            _ => throw new ArgumentException($"Unexpected type node {type.Kind}.", nameof(type)),
        };

    private void VisitDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case ExecutableDefinitionNode executable:
                ReportExecutableDefinition(executable);
                break;
            case SchemaDefinitionNode schema:
                CheckLoneSchemaDefinition(schema);
                CheckUniqueOperationTypes(schema.OperationTypes);
                CheckUniqueDirectivesPerLocation(schema.Directives, _schemaDirectives);
                VisitDirectives(schema.Directives, DirectiveLocation.Schema);
                foreach (var operationType in schema.OperationTypes)
                    VisitNamedType(operationType.Type);
                break;
            case SchemaExtensionNode extension:
                CheckUniqueOperationTypes(extension.OperationTypes);
                CheckUniqueDirectivesPerLocation(extension.Directives, _schemaDirectives);
                VisitDirectives(extension.Directives, DirectiveLocation.Schema);
                foreach (var operationType in extension.OperationTypes)
                    VisitNamedType(operationType.Type);
                break;
            case DirectiveDefinitionNode directive:
                CheckUniqueArgumentDefinitionNames($"@{directive.Name.Value}", directive.Arguments);
                CheckUniqueDirectiveName(directive);
                foreach (var argument in directive.Arguments)
                    VisitInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
                break;
            case TypeDefinitionOrExtensionNode type:
                VisitType(type);
                break;
        }
    }

    private void VisitType(TypeDefinitionOrExtensionNode type)
    {
        var typeName = type.Name.Value;
        if (type is TypeDefinitionNode definition)
            CheckUniqueTypeName(definition);
        switch (type)
        {
            case EnumTypeDefinitionNode enumDefinition:
                CheckUniqueEnumValueNames(typeName, enumDefinition.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                CheckUniqueEnumValueNames(typeName, enumExtension.Values);
                break;
        }
        var fieldNames = type switch
        {
            ObjectTypeDefinitionNode o => o.Fields.Select(f => f.Name),
            ObjectTypeExtensionNode o => o.Fields.Select(f => f.Name),
            InterfaceTypeDefinitionNode i => i.Fields.Select(f => f.Name),
            InterfaceTypeExtensionNode i => i.Fields.Select(f => f.Name),
            InputObjectTypeDefinitionNode i => i.Fields.Select(f => f.Name),
            InputObjectTypeExtensionNode i => i.Fields.Select(f => f.Name),
            _ => null,
        };
        if (fieldNames is not null)
            CheckUniqueFieldDefinitionNames(typeName, fieldNames);
        var outputFields = OutputFields(type);
        if (outputFields is not null)
            foreach (var field in outputFields)
                CheckUniqueArgumentDefinitionNames($"{typeName}.{field.Name.Value}", field.Arguments);

        if (!_typeDirectives.TryGetValue(typeName, out var seenDirectives))
            _typeDirectives[typeName] = seenDirectives = new(StringComparer.Ordinal);
        CheckUniqueDirectivesPerLocation(type.Directives, seenDirectives);
        if (type is TypeExtensionNode extension)
            CheckPossibleTypeExtension(extension);

        var location = type switch
        {
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            _ => DirectiveLocation.InputObject,
        };

        // Children in graphql-js's visiting order: interfaces, directives, then fields / members / values.
        var interfaces = type switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            ObjectTypeExtensionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            InterfaceTypeExtensionNode i => i.Interfaces,
            _ => [],
        };
        foreach (var iface in interfaces)
            VisitNamedType(iface);
        VisitDirectives(type.Directives, location);
        if (outputFields is not null)
            foreach (var field in outputFields)
                VisitFieldDefinition(field);
        switch (type)
        {
            case UnionTypeDefinitionNode union:
                foreach (var member in union.Types)
                    VisitNamedType(member);
                break;
            case UnionTypeExtensionNode union:
                foreach (var member in union.Types)
                    VisitNamedType(member);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitEnumValues(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                VisitEnumValues(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                foreach (var field in input.Fields)
                    VisitInputValueDefinition(field, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode input:
                foreach (var field in input.Fields)
                    VisitInputValueDefinition(field, DirectiveLocation.InputFieldDefinition);
                break;
        }
    }

    private static IReadOnlyList<FieldDefinitionNode>? OutputFields(TypeDefinitionOrExtensionNode type) =>
        type switch
        {
            ObjectTypeDefinitionNode o => o.Fields,
            ObjectTypeExtensionNode o => o.Fields,
            InterfaceTypeDefinitionNode i => i.Fields,
            InterfaceTypeExtensionNode i => i.Fields,
            _ => null,
        };

    private void VisitFieldDefinition(FieldDefinitionNode field)
    {
        CheckUniqueDirectivesPerLocation(field.Directives, new(StringComparer.Ordinal));
        foreach (var argument in field.Arguments)
            VisitInputValueDefinition(argument, DirectiveLocation.ArgumentDefinition);
        VisitTypeReference(field.Type);
        VisitDirectives(field.Directives, DirectiveLocation.FieldDefinition);
    }

    private void VisitInputValueDefinition(InputValueDefinitionNode inputValue, DirectiveLocation location)
    {
        CheckUniqueDirectivesPerLocation(inputValue.Directives, new(StringComparer.Ordinal));
        VisitTypeReference(inputValue.Type);
        if (inputValue.DefaultValue is not null)
            VisitValue(inputValue.DefaultValue);
        VisitDirectives(inputValue.Directives, location);
    }

    private void VisitEnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            CheckUniqueDirectivesPerLocation(value.Directives, new(StringComparer.Ordinal));
            VisitDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void VisitTypeReference(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                VisitNamedType(named);
                break;
            case ListTypeNode list:
                VisitTypeReference(list.Type);
                break;
            case NonNullTypeNode nonNull:
                VisitTypeReference(nonNull.Type);
                break;
        }
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            CheckKnownDirective(directive, location);
            CheckKnownArgumentNamesOnDirective(directive);
            CheckUniqueArgumentNames(directive.Arguments);
            foreach (var argument in directive.Arguments)
                VisitValue(argument.Value);
            CheckProvidedRequiredArgumentsOnDirective(directive);
        }
    }

    private void VisitValue(ValueNode value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                    VisitValue(item);
                break;
            case ObjectValueNode obj:
                // UniqueInputFieldNamesRule: field names are unique within each object literal.
                var knownNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (knownNames.TryGetValue(field.Name.Value, out var known))
                        Report(
                            SchemaRules.UniqueInputFieldNames,
                            $"There can be only one input field named \"{field.Name.Value}\".",
                            known,
                            field.Name
                        );
                    else
                        knownNames[field.Name.Value] = field.Name;
                    VisitValue(field.Value);
                }
                break;
        }
    }

    // ---- The rules ----

    private void ReportExecutableDefinition(ExecutableDefinitionNode definition)
    {
        var what = definition switch
        {
            FragmentDefinitionNode fragment => $"The fragment \"{fragment.Name.Value}\"",
            OperationDefinitionNode { Name: { } name } operation =>
                $"The {operation.Operation.ToString().ToLowerInvariant()} operation \"{name.Value}\"",
            OperationDefinitionNode operation =>
                $"The anonymous {operation.Operation.ToString().ToLowerInvariant()} operation",
            _ => "The definition",
        };
        Report(
            SchemaRules.TypeSystemDefinitionsOnly,
            $"{what} is not a type system definition: a schema document may contain only type system definitions and extensions.",
            definition
        );
    }

    private void CheckLoneSchemaDefinition(SchemaDefinitionNode schema)
    {
        if (_schemaDefinitionCount > 0)
            Report(SchemaRules.LoneSchemaDefinition, "Must provide only one schema definition.", schema);
        _schemaDefinitionCount++;
    }

    private void CheckUniqueOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (_definedOperationTypes.TryGetValue(operationType.Operation, out var existing))
                Report(
                    SchemaRules.UniqueOperationTypes,
                    $"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.",
                    existing,
                    operationType
                );
            else
                _definedOperationTypes[operationType.Operation] = operationType;
        }
    }

    private void CheckUniqueTypeName(TypeDefinitionNode definition)
    {
        var typeName = definition.Name.Value;
        if (_knownTypeNames.TryGetValue(typeName, out var known))
            Report(
                SchemaRules.UniqueTypeNames,
                $"There can be only one type named \"{typeName}\".",
                known,
                definition.Name
            );
        else
            _knownTypeNames[typeName] = definition.Name;
    }

    private void CheckUniqueEnumValueNames(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_knownEnumValueNames.TryGetValue(typeName, out var valueNames))
            _knownEnumValueNames[typeName] = valueNames = new(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (valueNames.TryGetValue(value.Name.Value, out var known))
                Report(
                    SchemaRules.UniqueEnumValueNames,
                    $"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.",
                    known,
                    value.Name
                );
            else
                valueNames[value.Name.Value] = value.Name;
        }
    }

    private void CheckUniqueFieldDefinitionNames(string typeName, IEnumerable<NameNode> fieldNames)
    {
        if (!_knownFieldNames.TryGetValue(typeName, out var known))
            _knownFieldNames[typeName] = known = new(StringComparer.Ordinal);
        foreach (var name in fieldNames)
        {
            if (known.TryGetValue(name.Value, out var first))
                Report(
                    SchemaRules.UniqueFieldDefinitionNames,
                    $"Field \"{typeName}.{name.Value}\" can only be defined once.",
                    first,
                    name
                );
            else
                known[name.Value] = name;
        }
    }

    private void CheckUniqueArgumentDefinitionNames(
        string parentName,
        IReadOnlyList<InputValueDefinitionNode> arguments
    )
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (SyntaxNode?)a.Name).ToList();
            if (nodes.Count > 1)
                _errors.Add(
                    SchemaErrors.Create(
                        SchemaRules.UniqueArgumentDefinitionNames,
                        $"Argument \"{parentName}({group.Key}:)\" can only be defined once.",
                        nodes
                    )
                );
        }
    }

    private void CheckUniqueDirectiveName(DirectiveDefinitionNode directive)
    {
        var name = directive.Name.Value;
        if (_knownDirectiveNames.TryGetValue(name, out var known))
            Report(
                SchemaRules.UniqueDirectiveNames,
                $"There can be only one directive named \"@{name}\".",
                known,
                directive.Name
            );
        else
            _knownDirectiveNames[name] = directive.Name;
    }

    private void VisitNamedType(NamedTypeNode node)
    {
        // KnownTypeNamesRule: in SDL the built-in scalars and introspection types are always known.
        var typeName = node.Name.Value;
        if (_definedTypeNames.Contains(typeName) || IsStandardTypeName(typeName))
            return;
        _typeNameSuggestions ??=
        [
            .. SpecifiedScalars.All.Select(t => t.Name),
            .. IntrospectionTypes.All.Select(t => t.Name),
            .. _definedTypeNames,
        ];
        Report(
            SchemaRules.KnownTypeNames,
            $"Unknown type \"{typeName}\"."
                + Suggestions.DidYouMean(Suggestions.List(typeName, _typeNameSuggestions)),
            node
        );
    }

    internal static bool IsStandardTypeName(string name) =>
        SpecifiedScalars.IsSpecified(name) || IntrospectionTypes.IsIntrospectionTypeName(name);

    private void CheckKnownDirective(DirectiveNode directive, DirectiveLocation location)
    {
        var name = directive.Name.Value;
        if (!_directives.TryGetValue(name, out var info))
        {
            Report(SchemaRules.KnownDirectives, $"Unknown directive \"@{name}\".", directive);
            return;
        }
        var locationName = location.ToName();
        if (!info.Locations.Contains(locationName))
            Report(
                SchemaRules.KnownDirectives,
                $"Directive \"@{name}\" may not be used on {locationName}.",
                directive
            );
    }

    private void CheckUniqueDirectivesPerLocation(
        IReadOnlyList<DirectiveNode> directives,
        Dictionary<string, DirectiveNode> seenDirectives
    )
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var info) || info.IsRepeatable)
                continue;
            if (seenDirectives.TryGetValue(name, out var seen))
                Report(
                    SchemaRules.UniqueDirectivesPerLocation,
                    $"The directive \"@{name}\" can only be used once at this location.",
                    seen,
                    directive
                );
            else
                seenDirectives[name] = directive;
        }
    }

    private void CheckPossibleTypeExtension(TypeExtensionNode extension)
    {
        var typeName = extension.Name.Value;
        if (_lastTypeDefinitionByName.TryGetValue(typeName, out var definition))
        {
            if (!IsExtensionOf(definition, extension))
                Report(
                    SchemaRules.PossibleTypeExtensions,
                    $"Cannot extend non-{ExtensionKindName(extension)} type \"{typeName}\".",
                    definition,
                    extension
                );
            return;
        }
        Report(
            SchemaRules.PossibleTypeExtensions,
            $"Cannot extend type \"{typeName}\" because it is not defined."
                + Suggestions.DidYouMean(Suggestions.List(typeName, _lastTypeDefinitionByName.Keys)),
            extension.Name
        );
    }

    private static bool IsExtensionOf(TypeDefinitionNode definition, TypeExtensionNode extension) =>
        (definition, extension) switch
        {
            (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
            (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
            (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
            (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
            (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
            (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
            _ => false,
        };

    private static string ExtensionKindName(TypeExtensionNode extension) =>
        extension switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "object",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input object",
        };

    private void CheckKnownArgumentNamesOnDirective(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!_directives.TryGetValue(name, out var info))
            return;
        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (info.ArgumentNames.Contains(argumentName))
                continue;
            Report(
                SchemaRules.KnownArgumentNamesOnDirectives,
                $"Unknown argument \"{argumentName}\" on directive \"@{name}\"."
                    + Suggestions.DidYouMean(Suggestions.List(argumentName, info.ArgumentNames)),
                argument
            );
        }
    }

    private void CheckUniqueArgumentNames(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (SyntaxNode?)a.Name).ToList();
            if (nodes.Count > 1)
                _errors.Add(
                    SchemaErrors.Create(
                        SchemaRules.UniqueArgumentNames,
                        $"There can be only one argument named \"{group.Key}\".",
                        nodes
                    )
                );
        }
    }

    private void CheckProvidedRequiredArgumentsOnDirective(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!_directives.TryGetValue(name, out var info))
            return;
        foreach (var (argumentName, typeText) in info.RequiredArguments)
        {
            if (directive.Arguments.Any(a => a.Name.Value == argumentName))
                continue;
            Report(
                SchemaRules.ProvidedRequiredArgumentsOnDirectives,
                $"Argument \"@{name}({argumentName}:)\" of type \"{typeText}\" is required, but it was not provided.",
                directive
            );
        }
    }
}
