namespace CustomerGraph.GraphQL.Language;

public sealed class NonNullTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>A <see cref="NamedTypeNode"/> or <see cref="ListTypeNode"/>, never another non-null.</summary>
    public TypeNode Type { get; } = type;
}
