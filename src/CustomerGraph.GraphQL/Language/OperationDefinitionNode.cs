namespace CustomerGraph.GraphQL.Language;

public sealed class OperationDefinitionNode(
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : ExecutableDefinitionNode(description, name, directives, selectionSet, location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public OperationType Operation { get; } = operation;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
}
