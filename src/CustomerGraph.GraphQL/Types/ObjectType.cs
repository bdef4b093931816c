namespace CustomerGraph.GraphQL.Types;

public sealed class ObjectType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Object;
}
