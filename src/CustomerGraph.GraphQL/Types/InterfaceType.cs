namespace CustomerGraph.GraphQL.Types;

public sealed class InterfaceType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Interface;
}
