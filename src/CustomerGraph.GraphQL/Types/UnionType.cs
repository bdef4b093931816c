namespace CustomerGraph.GraphQL.Types;

public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;
    public List<ObjectType> Types { get; } = [];
}
