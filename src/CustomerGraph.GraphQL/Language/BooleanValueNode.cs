namespace CustomerGraph.GraphQL.Language;

public sealed class BooleanValueNode(bool value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; } = value;
}
