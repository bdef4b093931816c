namespace CustomerGraph.GraphQL.Language;

public sealed class EnumValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; } = value;
}
