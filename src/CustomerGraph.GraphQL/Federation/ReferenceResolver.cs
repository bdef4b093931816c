using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>Resolves one representation to its entity, or to null when this subgraph has none.</summary>
public delegate ValueTask<object?> ReferenceResolver(
    EntityRepresentation representation,
    IResolverContext context
);
