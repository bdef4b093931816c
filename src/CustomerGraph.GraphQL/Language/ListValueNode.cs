namespace CustomerGraph.GraphQL.Language;

public sealed class ListValueNode(IReadOnlyList<ValueNode> values, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<ValueNode> Values { get; } = values;
}
