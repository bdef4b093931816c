namespace CustomerGraph.GraphQL.Types;

/// <summary>A wrapper: list or non-null.</summary>
public abstract class WrappingType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override NamedType Unwrapped => OfType.Unwrapped;
}
