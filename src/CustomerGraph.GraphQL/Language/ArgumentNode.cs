namespace CustomerGraph.GraphQL.Language;

public sealed class ArgumentNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
