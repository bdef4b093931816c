namespace CustomerGraph.GraphQL.Language;

public sealed class ListTypeNode(TypeNode type, Location location) : TypeNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public TypeNode Type { get; } = type;
}
