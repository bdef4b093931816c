namespace CustomerGraph.Api.Tests;

/// <summary>The public surface a hostile request is aimed at.</summary>
public enum Surface
{
    GraphQLPost,
    GraphQLGet,
    GraphQLBatch,
    Rest,
}
