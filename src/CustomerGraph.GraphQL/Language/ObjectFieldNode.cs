namespace CustomerGraph.GraphQL.Language;

public sealed class ObjectFieldNode(NameNode name, ValueNode value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
}
