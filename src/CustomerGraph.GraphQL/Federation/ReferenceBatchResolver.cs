using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// Resolves the representations of one entity type in one batch: one entity (or null when there is none) per
/// representation, in their order. An <see cref="Exception"/> in the result fails that entity alone.
/// </summary>
public delegate Task<IReadOnlyList<object?>> ReferenceBatchResolver(
    IReadOnlyList<EntityRepresentation> representations,
    IResolverContext context
);
