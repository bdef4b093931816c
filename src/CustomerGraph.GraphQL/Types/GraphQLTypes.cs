using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>The eight kinds of type, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type: a named type, or a list or non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The innermost named type.</summary>
    public abstract NamedType Unwrapped { get; }

    /// <summary>The type without a non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsInputType => Unwrapped is ScalarType or EnumType or InputObjectType;
    public bool IsOutputType =>
        Unwrapped is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;
    public bool IsLeafType => this is ScalarType or EnumType;
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type as written in GraphQL: <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

/// <summary>A wrapper: list or non-null.</summary>
public abstract class WrappingType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override NamedType Unwrapped => OfType.Unwrapped;
}

public sealed class ListType(GraphQLType ofType) : WrappingType(ofType)
{
    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}

public sealed class NonNullType : WrappingType
{
    public NonNullType(GraphQLType ofType)
        : base(ofType)
    {
        if (ofType is NonNullType)
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
    }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}

/// <summary>A named type: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name) : GraphQLType
{
    public string Name { get; } = name;
    public string? Description { get; set; }

    /// <summary>The definition this type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>Extensions applied to this type, in source order.</summary>
    public List<TypeExtensionNode> ExtensionAstNodes { get; } = [];

    /// <summary>Directives applied to the type (definition and extensions), in source order.</summary>
    public List<DirectiveNode> AppliedDirectives { get; } = [];

    public override NamedType Unwrapped => this;

    /// <summary>True for the types of spec section 4 (<c>__Schema</c>, <c>__Type</c>, …).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>An object or interface type: both have fields and may implement interfaces.</summary>
public abstract class ComplexType(string name) : NamedType(name)
{
    /// <summary>Fields by name, in definition order.</summary>
    public OrderedMap<FieldDefinition> Fields { get; } = new();
    public List<InterfaceType> Interfaces { get; } = [];

    public FieldDefinition? GetField(string name) => Fields.TryGet(name);
}

public sealed class ObjectType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Object;
}

public sealed class InterfaceType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Interface;
}

public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;
    public List<ObjectType> Types { get; } = [];
}

public sealed class EnumType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values by name, in definition order.</summary>
    public OrderedMap<EnumValueDefinition> Values { get; } = new();
}

public sealed class InputObjectType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields by name, in definition order.</summary>
    public OrderedMap<InputValueDefinition> Fields { get; } = new();

    /// <summary>Marked <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }
}

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; set; } = type;
    public string? Description { get; set; }

    /// <summary>Arguments by name, in definition order.</summary>
    public OrderedMap<InputValueDefinition> Arguments { get; } = new();

    /// <summary>Set by <c>@deprecated</c>; null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Directives applied to the field in SDL, in source order (<c>@deprecated</c> included).</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives => AstNode?.Directives ?? [];

    /// <summary>The object or interface type this field belongs to.</summary>
    public ComplexType? DeclaringType { get; set; }

    /// <summary>The resolver bound to this field at schema build time; null reads the parent's same-named member.</summary>
    public FieldResolver? Resolver { get; set; }

    public InputValueDefinition? GetArgument(string name) => Arguments.TryGet(name);
}

/// <summary>An argument (of a field or directive) or a field of an input object.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; set; } = type;
    public string? Description { get; set; }

    /// <summary>The default value as written in SDL; null when there is none (not the same as a <c>null</c> default).</summary>
    public ValueNode? DefaultValue { get; set; }
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Non-null with no default: the caller must supply it.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;
}

public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public string? DeprecationReason { get; set; }
    public bool IsDeprecated => DeprecationReason is not null;
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <summary>The runtime value this enum value stands for; its name unless bound otherwise.</summary>
    public object? Value { get; set; }
}

/// <summary>The locations a directive may be used at (spec 3.13).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public sealed class DirectiveDefinition(string name)
{
    public string Name { get; } = name;
    public string? Description { get; set; }
    public OrderedMap<InputValueDefinition> Arguments { get; } = new();
    public bool IsRepeatable { get; set; }
    public List<DirectiveLocation> Locations { get; } = [];
    public DirectiveDefinitionNode? AstNode { get; set; }

    public InputValueDefinition? GetArgument(string name) => Arguments.TryGet(name);
}

/// <summary>A small insertion-ordered name → item map: definition order matters for printing and introspection.</summary>
public sealed class OrderedMap<T> : IReadOnlyList<T>
    where T : class
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;
    public T this[int index] => _items[index];

    public T? TryGet(string name) => _byName.GetValueOrDefault(name);

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Adds the item; returns false (and keeps the first) when the name is taken.</summary>
    public bool TryAdd(string name, T item)
    {
        if (!_byName.TryAdd(name, item))
            return false;
        _items.Add(item);
        return true;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
