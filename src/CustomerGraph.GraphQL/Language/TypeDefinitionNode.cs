namespace CustomerGraph.GraphQL.Language;

/// <summary>A named type's definition (not an extension).</summary>
public abstract class TypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeDefinitionOrExtensionNode(name, directives, location)
{
    public StringValueNode? Description { get; } = description;
    public override bool IsExtension => false;
}
