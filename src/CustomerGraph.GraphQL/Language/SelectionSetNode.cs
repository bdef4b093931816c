namespace CustomerGraph.GraphQL.Language;

public sealed class SelectionSetNode(IReadOnlyList<SelectionNode> selections, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
