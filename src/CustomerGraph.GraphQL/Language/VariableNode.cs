namespace CustomerGraph.GraphQL.Language;

public sealed class VariableNode(NameNode name, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; } = name;
}
