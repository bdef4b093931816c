namespace CustomerGraph.GraphQL.Types;

/// <summary>An object or interface type: both have fields and may implement interfaces.</summary>
public abstract class ComplexType(string name) : NamedType(name)
{
    /// <summary>Fields by name, in definition order.</summary>
    public OrderedMap<FieldDefinition> Fields { get; } = new();
    public List<InterfaceType> Interfaces { get; } = [];

    public FieldDefinition? GetField(string name) => Fields.TryGet(name);
}
