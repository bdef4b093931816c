namespace CustomerGraph.GraphQL.Language;

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location location)
    : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
