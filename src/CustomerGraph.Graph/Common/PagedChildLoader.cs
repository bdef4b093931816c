using CustomerGraph.Customers.Common;
using CustomerGraph.GraphQL.DataLoading;

namespace CustomerGraph.Graph.Common;

/// <summary>The key of one parent's page: the parent and every argument that shapes the page.</summary>
public readonly record struct ChildPageKey<TArgs>(Guid ParentId, TArgs Arguments)
    where TArgs : IEquatable<TArgs>;

/// <summary>
/// Loads one page of children per parent. Keys are grouped by their page arguments and each group is ONE call of the
/// domain's windowed batch query, so a selection level costs one statement (one per distinct argument set, e.g.
/// two aliases with different <c>first:</c>). A failed group (bad cursor, bad size) fails only its own keys.
/// </summary>
public sealed class PagedChildLoader<TArgs, T>(
    BatchScheduler scheduler,
    Func<
        IReadOnlyCollection<Guid>,
        TArgs,
        CancellationToken,
        Task<Result<IReadOnlyDictionary<Guid, Page<T>>>>
    > loadPages
) : BatchDataLoader<ChildPageKey<TArgs>, Result<Page<T>>>(scheduler)
    where TArgs : IEquatable<TArgs>
{
    protected override async Task<IReadOnlyDictionary<ChildPageKey<TArgs>, Result<Page<T>>>> LoadBatchAsync(
        IReadOnlyList<ChildPageKey<TArgs>> keys,
        CancellationToken cancellationToken
    )
    {
        var results = new Dictionary<ChildPageKey<TArgs>, Result<Page<T>>>(keys.Count);
        foreach (var group in keys.GroupBy(key => key.Arguments))
        {
            var parentIds = group.Select(key => key.ParentId).ToList();
            var pages = await loadPages(parentIds, group.Key, cancellationToken);
            foreach (var key in group)
                results[key] = pages.Succeeded
                    ? Result<Page<T>>.Success(pages.Value!.GetValueOrDefault(key.ParentId) ?? Page<T>.Empty)
                    : Result<Page<T>>.Failure(pages.Errors);
        }
        return results;
    }
}

/// <summary>Counts children per parent for <c>pageInfo.count</c>: one grouped statement per distinct argument set.</summary>
public sealed class ChildCountLoader<TArgs>(
    BatchScheduler scheduler,
    Func<IReadOnlyCollection<Guid>, TArgs, CancellationToken, Task<IReadOnlyDictionary<Guid, int>>> count
) : BatchDataLoader<ChildPageKey<TArgs>, int>(scheduler)
    where TArgs : IEquatable<TArgs>
{
    protected override async Task<IReadOnlyDictionary<ChildPageKey<TArgs>, int>> LoadBatchAsync(
        IReadOnlyList<ChildPageKey<TArgs>> keys,
        CancellationToken cancellationToken
    )
    {
        var results = new Dictionary<ChildPageKey<TArgs>, int>(keys.Count);
        foreach (var group in keys.GroupBy(key => key.Arguments))
        {
            var counts = await count(
                group.Select(key => key.ParentId).ToList(),
                group.Key,
                cancellationToken
            );
            foreach (var key in group)
                results[key] = counts.GetValueOrDefault(key.ParentId);
        }
        return results;
    }
}
