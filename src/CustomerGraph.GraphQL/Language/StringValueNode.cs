namespace CustomerGraph.GraphQL.Language;

/// <summary>A string literal with escapes resolved; <see cref="Block"/> marks a block string.</summary>
public sealed class StringValueNode(string value, bool block, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; } = value;
    public bool Block { get; } = block;
}
