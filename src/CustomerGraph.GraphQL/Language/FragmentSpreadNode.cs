namespace CustomerGraph.GraphQL.Language;

public sealed class FragmentSpreadNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; } = name;
}
