namespace CustomerGraph.GraphQL.Language;

public sealed class NamedTypeNode(NameNode name, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; } = name;
}
