namespace CustomerGraph.GraphQL.Language;

/// <summary>A named type's definition or extension; extensions have no description.</summary>
public abstract class TypeDefinitionOrExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location location
) : TypeSystemNode(location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public abstract bool IsExtension { get; }
}
