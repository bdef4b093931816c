namespace CustomerGraph.GraphQL.Language;

public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location location)
    : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}
