namespace CustomerGraph.GraphQL.Types;

public sealed class ListType(GraphQLType ofType) : WrappingType(ofType)
{
    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => $"[{OfType}]";
}
