namespace CustomerGraph.GraphQL.Types;

public sealed class EnumType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values by name, in definition order.</summary>
    public OrderedMap<EnumValueDefinition> Values { get; } = new();
}
