namespace CustomerGraph.GraphQL.Language;

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location location
) : SelectionNode(directives, location)
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key this field has in the response: its alias, or else its name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;
}
