namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// The reference resolvers of a subgraph's entities, by type name. Every representation of a type requested in one
/// execution goes through one DataLoader, so a batch resolver runs once for all of them. An entity type without a
/// reference resolver resolves to its representation's fields.
/// </summary>
public sealed class ReferenceResolvers
{
    internal Dictionary<string, ReferenceBatchResolver> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves the representations of <paramref name="typeName"/> in batches.</summary>
    public ReferenceResolvers ResolveReferences(string typeName, ReferenceBatchResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!ByType.TryAdd(typeName, resolver))
            throw new ArgumentException(
                $"A reference resolver is already bound to \"{typeName}\".",
                nameof(typeName)
            );
        return this;
    }

    /// <summary>Resolves the representations of <paramref name="typeName"/> one at a time (concurrently within a batch).</summary>
    public ReferenceResolvers ResolveReference(string typeName, ReferenceResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveReferences(
            typeName,
            async (representations, context) =>
            {
                var pending = new Task<object?>[representations.Count];
                for (var i = 0; i < pending.Length; i++)
                {
                    try
                    {
                        pending[i] = resolver(representations[i], context).AsTask();
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        pending[i] = Task.FromException<object?>(exception);
                    }
                }
                var results = new object?[pending.Length];
                for (var i = 0; i < pending.Length; i++)
                {
                    try
                    {
                        results[i] = await pending[i].ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        results[i] = exception;
                    }
                }
                return results;
            }
        );
    }
}
