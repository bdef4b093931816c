namespace CustomerGraph.GraphQL.Language;

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
