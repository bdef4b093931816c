namespace CustomerGraph.GraphQL.Language;

public sealed class OperationTypeDefinitionNode(
    OperationType operation,
    NamedTypeNode type,
    Location location
) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
}
