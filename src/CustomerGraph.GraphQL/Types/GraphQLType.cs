namespace CustomerGraph.GraphQL.Types;

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
