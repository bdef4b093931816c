namespace CustomerGraph.GraphQL.Language;

public sealed class NameNode(string value, Location location) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; } = value;

    public override string ToString() => Value;
}
