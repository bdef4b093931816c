namespace CustomerGraph.GraphQL.Language;

/// <summary>An extension of a named type.</summary>
public abstract class TypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeDefinitionOrExtensionNode(name, directives, location)
{
    public override bool IsExtension => true;
}
