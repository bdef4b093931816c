namespace CustomerGraph.GraphQL.Language;

/// <summary>The three operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
