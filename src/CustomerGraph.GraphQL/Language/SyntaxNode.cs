namespace CustomerGraph.GraphQL.Language;

/// <summary>Base of every immutable syntax node.</summary>
public abstract class SyntaxNode(Location location)
{
    public abstract SyntaxKind Kind { get; }
    public Location Location { get; } = location;
}
