using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// A built, validated schema: its types by name, root operation types, and directives. Built by
/// <c>SchemaBuilder</c>; immutable in use, so one instance serves every request.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, HashSet<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<
        InterfaceType,
        (List<ObjectType> Objects, List<InterfaceType> Interfaces)
    > _implementations = [];

    public Schema(
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        ObjectType? queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType
    )
    {
        _types = new(StringComparer.Ordinal);
        foreach (var type in types)
            _types[type.Name] = type;
        _directives = new(StringComparer.Ordinal);
        foreach (var directive in directives)
            _directives[directive.Name] = directive;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        IndexAbstractTypes();
        (SchemaMetaField, TypeMetaField, TypeNameMetaField) = CreateMetaFields();
    }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type (spec 4.2).</summary>
    public FieldDefinition? SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public FieldDefinition? TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public FieldDefinition? TypeNameMetaField { get; }

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>, including the introspection
    /// meta fields; null when the type has no such field.
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsCompositeType)
                return TypeNameMetaField;
            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                    return SchemaMetaField;
                if (fieldName == "__type")
                    return TypeMetaField;
            }
        }
        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    private (FieldDefinition?, FieldDefinition?, FieldDefinition?) CreateMetaFields()
    {
        if (GetType("String") is not ScalarType stringType)
            return (null, null, null);
        var typeName = new FieldDefinition("__typename", new NonNullType(stringType))
        {
            Description = "The name of the current Object type at runtime.",
        };
        FieldDefinition? schemaField = null;
        FieldDefinition? typeField = null;
        if (GetType("__Schema") is ObjectType schemaType && GetType("__Type") is ObjectType typeType)
        {
            schemaField = new FieldDefinition("__schema", new NonNullType(schemaType))
            {
                Description = "Access the current type schema of this server.",
            };
            typeField = new FieldDefinition("__type", typeType)
            {
                Description = "Request the type information of a single type.",
            };
            typeField.Arguments.TryAdd("name", new InputValueDefinition("name", new NonNullType(stringType)));
        }
        return (schemaField, typeField, typeName);
    }

    public string? Description { get; set; }
    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }
    public SchemaDefinitionNode? AstNode { get; set; }
    public List<SchemaExtensionNode> ExtensionAstNodes { get; } = [];

    /// <summary>Every named type, built-in and introspection types included, in definition order.</summary>
    public IEnumerable<NamedType> Types => _types.Values;
    public IEnumerable<DirectiveDefinition> Directives => _directives.Values;

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The type a type reference names, with its wrappers; null when the named type is unknown.</summary>
    public GraphQLType? TypeFromAst(TypeNode typeNode) =>
        typeNode switch
        {
            NamedTypeNode named => GetType(named.Name.Value),
            ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => null,
        };

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) =>
        operation switch
        {
            OperationType.Query => QueryType,
            OperationType.Mutation => MutationType,
            _ => SubscriptionType,
        };

    /// <summary>The object types an abstract type may resolve to; for an object type, itself.</summary>
    public IReadOnlyCollection<ObjectType> GetPossibleTypes(NamedType type) =>
        type switch
        {
            ObjectType objectType => [objectType],
            _ => _possibleTypes.TryGetValue(type, out var set) ? set : [],
        };

    /// <summary>Object types and interfaces that implement the interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(
        InterfaceType interfaceType
    ) =>
        _implementations.TryGetValue(interfaceType, out var found)
            ? (found.Objects, found.Interfaces)
            : ([], []);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a possible type of the union, or implements the
    /// interface (directly or through another interface).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        abstractType switch
        {
            UnionType union => maybeSubType is ObjectType o
                && _possibleTypes.TryGetValue(union, out var set)
                && set.Contains(o),
            InterfaceType iface => maybeSubType switch
            {
                ObjectType o => _possibleTypes.TryGetValue(iface, out var set) && set.Contains(o),
                InterfaceType i => _implementations.TryGetValue(iface, out var impl)
                    && impl.Interfaces.Contains(i),
                _ => false,
            },
            _ => false,
        };

    private void IndexAbstractTypes()
    {
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        if (!_implementations.TryGetValue(iface, out var impl))
                            _implementations[iface] = impl = ([], []);
                        if (complex is ObjectType o)
                        {
                            impl.Objects.Add(o);
                            if (!_possibleTypes.TryGetValue(iface, out var set))
                                _possibleTypes[iface] = set = [];
                            set.Add(o);
                        }
                        else
                            impl.Interfaces.Add((InterfaceType)complex);
                    }
                    break;
            }
        }
    }
}
