namespace CustomerGraph.GraphQL.Language;

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
