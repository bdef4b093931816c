namespace CustomerGraph.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode(
    StringValueNode? description,
    NameNode? name,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location location
) : DefinitionNode(location)
{
    /// <summary>Descriptions on executable definitions are new in the September 2025 specification.</summary>
    public StringValueNode? Description { get; } = description;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
