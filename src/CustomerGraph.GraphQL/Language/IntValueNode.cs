namespace CustomerGraph.GraphQL.Language;

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value, Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; } = value;
}
