namespace CustomerGraph.GraphQL.Types;

public sealed class NonNullType : WrappingType
{
    public NonNullType(GraphQLType ofType)
        : base(ofType)
    {
        if (ofType is NonNullType)
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
    }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => $"{OfType}!";
}
