using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// What SDL declared but the type model cannot hold when it is wrong (a union member that is not an object
/// type, a root type that is a scalar…), kept for <see cref="SchemaValidator"/> to report.
/// </summary>
internal sealed class SchemaFacts
{
    /// <summary>The root types as declared, whatever their kind.</summary>
    public Dictionary<OperationType, NamedType> DeclaredRootTypes { get; } = [];

    /// <summary>Every type named in <c>implements</c>, in source order, duplicates and non-interfaces included.</summary>
    public Dictionary<ComplexType, List<NamedType>> DeclaredInterfaces { get; } = [];

    /// <summary>Every member type named by a union, in source order, duplicates and non-objects included.</summary>
    public Dictionary<UnionType, List<NamedType>> DeclaredMembers { get; } = [];

    public IReadOnlyList<NamedType> InterfacesOf(ComplexType type) =>
        DeclaredInterfaces.TryGetValue(type, out var list) ? list : type.Interfaces;
}

/// <summary>
/// Turns a merged SDL document into the type model the way graphql-js's <c>buildASTSchema</c> does: type
/// definitions with their extensions, directive definitions, root types (from the schema definition or the
/// default names), <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>, and the type order graphql-js
/// gives the schema. References to unknown types are left out (the SDL validation reports them).
/// </summary>
internal sealed class SchemaAssembler(
    DocumentNode document,
    IReadOnlyList<ScalarType> customScalars,
    List<GraphQLError> errors
)
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _definedTypes = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly SchemaFacts _facts = new();

    public (Schema Schema, SchemaFacts Facts) Assemble()
    {
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        var typeDefinitions = new List<TypeDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode definitionNode:
                    schemaDefinition = definitionNode;
                    break;
                case SchemaExtensionNode extension:
                    schemaExtensions.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    directiveDefinitions.Add(directive);
                    break;
                case TypeDefinitionNode type:
                    typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out var list))
                        _extensions[extension.Name.Value] = list = [];
                    list.Add(extension);
                    break;
            }
        }

        var scalarsByName = BindCustomScalars(typeDefinitions);
        foreach (var definition in typeDefinitions)
        {
            var name = definition.Name.Value;
            if (_types.ContainsKey(name))
                continue;
            var type = StandardType(name) ?? CreateType(definition, scalarsByName);
            _types[name] = type;
            _definedTypes.Add(type);
        }
        foreach (var definition in typeDefinitions)
        {
            var type = _types[definition.Name.Value];
            if (ReferenceEquals(type.AstNode, definition))
                FillType(type, definition);
        }

        var directives = BuildDirectives(directiveDefinitions);
        var roots = ResolveRootTypes(schemaDefinition, schemaExtensions);
        var schema = new Schema(
            OrderTypes(directives),
            directives,
            roots.GetValueOrDefault(OperationType.Query) as ObjectType,
            roots.GetValueOrDefault(OperationType.Mutation) as ObjectType,
            roots.GetValueOrDefault(OperationType.Subscription) as ObjectType
        )
        {
            Description = schemaDefinition?.Description?.Value,
            AstNode = schemaDefinition,
        };
        schema.ExtensionAstNodes.AddRange(schemaExtensions);
        foreach (var (operation, type) in roots)
            _facts.DeclaredRootTypes[operation] = type;
        return (schema, _facts);
    }

    private static NamedType? StandardType(string name) =>
        (NamedType?)SpecifiedScalars.Get(name) ?? IntrospectionTypes.Get(name);

    /// <summary>Matches each <c>AddScalar</c> implementation with its SDL declaration; reports the ones that do not fit.</summary>
    private Dictionary<string, ScalarType> BindCustomScalars(List<TypeDefinitionNode> typeDefinitions)
    {
        var bound = new Dictionary<string, ScalarType>(StringComparer.Ordinal);
        foreach (var scalar in customScalars)
        {
            var name = scalar.Name;
            var declaration = typeDefinitions.FirstOrDefault(d => d.Name.Value == name);
            string? problem = null;
            if (SdlValidator.IsStandardTypeName(name))
                problem = $"\"{name}\" is a built-in type and cannot be replaced.";
            else if (declaration is null)
                problem = $"it is not declared in the schema; declare it with \"scalar {name}\".";
            else if (declaration is not ScalarTypeDefinitionNode)
                problem = $"\"{name}\" is declared as {KindOf(declaration)}, not as a scalar.";
            else if (!bound.TryAdd(name, scalar))
                problem = "another implementation is already bound to it.";
            if (problem is not null)
                errors.Add(
                    SchemaErrors.Create(
                        SchemaRules.ScalarBindings,
                        $"Cannot bind custom scalar \"{name}\": {problem}",
                        declaration
                    )
                );
        }
        return bound;
    }

    private static string KindOf(TypeDefinitionNode definition) =>
        definition switch
        {
            ObjectTypeDefinitionNode => "an object type",
            InterfaceTypeDefinitionNode => "an interface type",
            UnionTypeDefinitionNode => "a union type",
            EnumTypeDefinitionNode => "an enum type",
            InputObjectTypeDefinitionNode => "an input object type",
            _ => "a scalar type",
        };

    private static NamedType CreateType(TypeDefinitionNode definition, Dictionary<string, ScalarType> scalars)
    {
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => scalars.GetValueOrDefault(name) ?? new ScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        type.AstNode = definition;
        return type;
    }

    private void FillType(NamedType type, TypeDefinitionNode definition)
    {
        // Only extensions of the same kind apply; the SDL validation reports the others.
        var extensions = _extensions
            .GetValueOrDefault(definition.Name.Value, [])
            .Where(extension => IsExtensionOf(definition, extension))
            .ToList();
        if (definition.Description is not null || type is not ScalarType)
            type.Description = definition.Description?.Value;
        type.ExtensionAstNodes.Clear();
        type.ExtensionAstNodes.AddRange(extensions);
        type.AppliedDirectives.Clear();
        type.AppliedDirectives.AddRange(definition.Directives);
        foreach (var extension in extensions)
            type.AppliedDirectives.AddRange(extension.Directives);

        switch (type)
        {
            case ComplexType complex:
                FillComplexType(complex, definition, extensions);
                break;
            case UnionType union:
                FillUnion(union, definition, extensions);
                break;
            case EnumType enumType:
                FillEnum(enumType, definition, extensions);
                break;
            case InputObjectType input:
                FillInputObject(input, definition, extensions);
                break;
            case ScalarType scalar:
                FillScalar(scalar, definition, extensions);
                break;
        }
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

    private void FillComplexType(
        ComplexType type,
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions
    )
    {
        var declared = new List<NamedType>();
        foreach (var node in Nodes(definition, extensions))
        {
            var (interfaces, fields) = node switch
            {
                ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                ObjectTypeExtensionNode o => (o.Interfaces, o.Fields),
                InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                InterfaceTypeExtensionNode i => (i.Interfaces, i.Fields),
                _ => ([], []),
            };
            foreach (var interfaceNode in interfaces)
            {
                if (GetNamedType(interfaceNode) is not { } iface)
                    continue;
                declared.Add(iface);
                if (iface is InterfaceType interfaceType && !type.Interfaces.Contains(interfaceType))
                    type.Interfaces.Add(interfaceType);
            }
            foreach (var fieldNode in fields)
            {
                if (GetType(fieldNode.Type) is not { } fieldType)
                    continue;
                var field = new FieldDefinition(fieldNode.Name.Value, fieldType)
                {
                    Description = fieldNode.Description?.Value,
                    DeprecationReason = GetDeprecationReason(fieldNode.Directives),
                    AstNode = fieldNode,
                    DeclaringType = type,
                };
                AddArguments(field.Arguments, fieldNode.Arguments);
                type.Fields.TryAdd(field.Name, field);
            }
        }
        _facts.DeclaredInterfaces[type] = declared;
    }

    private void FillUnion(UnionType union, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
    {
        var declared = new List<NamedType>();
        foreach (var node in Nodes(definition, extensions))
        {
            var members = node switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            };
            foreach (var memberNode in members)
            {
                if (GetNamedType(memberNode) is not { } member)
                    continue;
                declared.Add(member);
                if (member is ObjectType objectType && !union.Types.Contains(objectType))
                    union.Types.Add(objectType);
            }
        }
        _facts.DeclaredMembers[union] = declared;
    }

    private void FillEnum(
        EnumType enumType,
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions
    )
    {
        foreach (var node in Nodes(definition, extensions))
        {
            var values = node switch
            {
                EnumTypeDefinitionNode e => e.Values,
                EnumTypeExtensionNode e => e.Values,
                _ => [],
            };
            foreach (var valueNode in values)
            {
                var name = valueNode.Name.Value;
                enumType.Values.TryAdd(
                    name,
                    new EnumValueDefinition(name)
                    {
                        Description = valueNode.Description?.Value,
                        DeprecationReason = GetDeprecationReason(valueNode.Directives),
                        AstNode = valueNode,
                        Value = name,
                    }
                );
            }
        }
    }

    private void FillInputObject(
        InputObjectType input,
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions
    )
    {
        foreach (var node in Nodes(definition, extensions))
        {
            var fields = node switch
            {
                InputObjectTypeDefinitionNode i => i.Fields,
                InputObjectTypeExtensionNode i => i.Fields,
                _ => [],
            };
            AddArguments(input.Fields, fields);
        }
        // As in graphql-js, only the definition itself (not an extension) can make an input object @oneOf.
        input.IsOneOf = GetDirectiveArguments(SpecifiedDirectives.OneOf, definition.Directives) is not null;
    }

    private void FillScalar(
        ScalarType scalar,
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions
    )
    {
        var url = GetSpecifiedByUrl(definition.Directives);
        foreach (var extension in extensions)
            url = GetSpecifiedByUrl(extension.Directives) ?? url;
        if (url is not null)
            scalar.SpecifiedByUrl = url;
    }

    private static IEnumerable<TypeDefinitionOrExtensionNode> Nodes(
        TypeDefinitionNode definition,
        List<TypeExtensionNode> extensions
    )
    {
        yield return definition;
        foreach (var extension in extensions)
            yield return extension;
    }

    private void AddArguments(
        OrderedMap<InputValueDefinition> target,
        IReadOnlyList<InputValueDefinitionNode> nodes
    )
    {
        foreach (var node in nodes)
        {
            if (GetType(node.Type) is not { } type)
                continue;
            target.TryAdd(
                node.Name.Value,
                new InputValueDefinition(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DefaultValue = node.DefaultValue,
                    DeprecationReason = GetDeprecationReason(node.Directives),
                    AstNode = node,
                }
            );
        }
    }

    private List<DirectiveDefinition> BuildDirectives(List<DirectiveDefinitionNode> definitions)
    {
        var directives = new List<DirectiveDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in definitions)
        {
            if (!names.Add(node.Name.Value))
                continue;
            var directive = new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                AstNode = node,
            };
            AddArguments(directive.Arguments, node.Arguments);
            foreach (var location in node.Locations)
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                    directive.Locations.Add(parsed);
            directives.Add(directive);
        }
        foreach (var specified in SpecifiedDirectives.All)
            if (names.Add(specified.Name))
                directives.Add(specified);
        return directives;
    }

    /// <summary>
    /// Root types as graphql-js resolves them: from the (last) schema definition and the schema extensions;
    /// without a schema definition, types named Query, Mutation and Subscription take precedence.
    /// </summary>
    private Dictionary<OperationType, NamedType> ResolveRootTypes(
        SchemaDefinitionNode? schemaDefinition,
        List<SchemaExtensionNode> schemaExtensions
    )
    {
        var roots = new Dictionary<OperationType, NamedType>();
        var operationTypes = (schemaDefinition?.OperationTypes ?? []).Concat(
            schemaExtensions.SelectMany(e => e.OperationTypes)
        );
        foreach (var operationType in operationTypes)
        {
            if (GetNamedType(operationType.Type) is { } type)
                roots[operationType.Operation] = type;
            else
                roots.Remove(operationType.Operation);
        }
        if (schemaDefinition is null)
        {
            foreach (var type in _definedTypes)
            {
                switch (type.Name)
                {
                    case "Query":
                        roots[OperationType.Query] = type;
                        break;
                    case "Mutation":
                        roots[OperationType.Mutation] = type;
                        break;
                    case "Subscription":
                        roots[OperationType.Subscription] = type;
                        break;
                }
            }
        }
        return roots;
    }

    /// <summary>
    /// The schema's types in graphql-js's order: each defined type in source order, each followed by the
    /// built-in types it first references; then the types of directive arguments; then the introspection types.
    /// </summary>
    private List<NamedType> OrderTypes(List<DirectiveDefinition> directives)
    {
        var defined = new HashSet<NamedType>(_definedTypes);
        var ordered = new List<NamedType>();
        var added = new HashSet<NamedType>();
        foreach (var type in _definedTypes)
        {
            ordered.Add(type);
            added.Add(type);
            CollectReferencedTypes(type, defined, ordered, added, isRoot: true);
        }
        foreach (var directive in directives)
        foreach (var argument in directive.Arguments)
            CollectReferencedTypes(argument.Type.Unwrapped, defined, ordered, added, isRoot: false);
        CollectReferencedTypes(IntrospectionTypes.Schema, defined, ordered, added, isRoot: false);
        return ordered;
    }

    private void CollectReferencedTypes(
        NamedType type,
        HashSet<NamedType> defined,
        List<NamedType> ordered,
        HashSet<NamedType> added,
        bool isRoot
    )
    {
        if (!isRoot)
        {
            if (defined.Contains(type) || !added.Add(type))
                return;
            ordered.Add(type);
        }
        switch (type)
        {
            case UnionType union:
                foreach (var member in _facts.DeclaredMembers.GetValueOrDefault(union) ?? [.. union.Types])
                    CollectReferencedTypes(member, defined, ordered, added, isRoot: false);
                break;
            case ComplexType complex:
                foreach (var iface in _facts.InterfacesOf(complex))
                    CollectReferencedTypes(iface, defined, ordered, added, isRoot: false);
                foreach (var field in complex.Fields)
                {
                    CollectReferencedTypes(field.Type.Unwrapped, defined, ordered, added, isRoot: false);
                    foreach (var argument in field.Arguments)
                        CollectReferencedTypes(
                            argument.Type.Unwrapped,
                            defined,
                            ordered,
                            added,
                            isRoot: false
                        );
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                    CollectReferencedTypes(field.Type.Unwrapped, defined, ordered, added, isRoot: false);
                break;
        }
    }

    private NamedType? GetNamedType(NamedTypeNode node) =>
        _types.GetValueOrDefault(node.Name.Value) ?? StandardType(node.Name.Value);

    private GraphQLType? GetType(TypeNode node) =>
        node switch
        {
            NamedTypeNode named => GetNamedType(named),
            ListTypeNode list => GetType(list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => GetType(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => null,
        };

    private string? GetDeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        GetDirectiveArguments(SpecifiedDirectives.Deprecated, directives)?.GetValueOrDefault("reason")
        as string;

    private string? GetSpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        GetDirectiveArguments(SpecifiedDirectives.SpecifiedBy, directives)?.GetValueOrDefault("url")
        as string;

    /// <summary>
    /// The coerced arguments of the first use of <paramref name="directive"/> (graphql-js's
    /// <c>getDirectiveValues</c>), or null when it is not used or an argument does not coerce (reported).
    /// Always read against the specified definition, as graphql-js does, even if SDL redefines the directive.
    /// </summary>
    private Dictionary<string, object?>? GetDirectiveArguments(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives
    )
    {
        var node = directives.FirstOrDefault(d => d.Name.Value == directive.Name);
        if (node is null)
            return null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in directive.Arguments)
        {
            var argumentNode = node.Arguments.LastOrDefault(a => a.Name.Value == argument.Name);
            var literal = argumentNode?.Value ?? argument.DefaultValue;
            if (literal is null)
            {
                // A missing required argument is already reported by ProvidedRequiredArgumentsOnDirectivesRule.
                if (argument.Type is NonNullType)
                    return null;
                continue;
            }
            InputLiteralError? firstError = null;
            InputLiteralValidator.Validate(literal, argument.Type, error => firstError ??= error);
            if (firstError is { } error)
            {
                errors.Add(
                    SchemaErrors.Create(
                        SchemaRules.DirectiveArgumentValues,
                        $"Argument \"@{directive.Name}({argument.Name}:)\" has invalid value{error.PathText}: {error.Message}",
                        error.Node
                    )
                );
                return null;
            }
            values[argument.Name] = argument.Type.Nullable is ScalarType scalar
                ? scalar.ParseLiteral(literal).Value
                : null;
        }
        return values;
    }
}
