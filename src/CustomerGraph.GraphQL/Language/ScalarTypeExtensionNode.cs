namespace CustomerGraph.GraphQL.Language;

public sealed class ScalarTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeExtensionNode(name, directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
