namespace CustomerGraph.GraphQL.Language;

public sealed class FragmentDefinitionNode(
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public new NameNode Name => base.Name!;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
}
