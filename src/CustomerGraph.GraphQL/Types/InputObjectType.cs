namespace CustomerGraph.GraphQL.Types;

public sealed class InputObjectType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields by name, in definition order.</summary>
    public OrderedMap<InputValueDefinition> Fields { get; } = new();

    /// <summary>Marked <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }
}
