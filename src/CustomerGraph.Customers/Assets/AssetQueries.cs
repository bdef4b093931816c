using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Assets;

/// <summary>Reads the current account's assets: in batches by id and as a name-ordered keyset-paginated list.</summary>
public sealed class AssetQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
    /// <summary>The assets with the given ids, keyed by id, in one statement; unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, Asset>> GetByIdsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Assets.AsNoTracking()
            .Where(a => a.AccountId == account.AccountId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>One page of the assets matching <paramref name="filters"/>, ordered by name, then id.</summary>
    public async Task<Result<Page<Asset>>> ListAsync(
        PageRequest page,
        AssetFilters? filters = null,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        page.Validate(validator);
        var (after, before) = page.DecodeCursors(validator, CursorKey.Name);
        if (!validator.IsValid)
            return Result<Page<Asset>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Assets.AsNoTracking(), filters);
        if (after is { } afterKey)
        {
            var (name, id) = (afterKey.SortValue, afterKey.Id);
            query = query.Where(a => string.Compare(a.Name, name) > 0 || (a.Name == name && a.Id > id));
        }
        if (before is { } beforeKey)
        {
            var (name, id) = (beforeKey.SortValue, beforeKey.Id);
            query = query.Where(a => string.Compare(a.Name, name) < 0 || (a.Name == name && a.Id < id));
        }
        var ordered = page.IsBackward
            ? query.OrderByDescending(a => a.Name).ThenByDescending(a => a.Id)
            : query.OrderBy(a => a.Name).ThenBy(a => a.Id);
        var rows = await ordered.Take(page.Size + 1).ToListAsync(cancellationToken);
        return PageBuilder.Build(rows, page, CursorOf);
    }

    /// <summary>The number of the account's assets matching <paramref name="filters"/>.</summary>
    public async Task<int> CountAsync(
        AssetFilters? filters = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Assets, filters).CountAsync(cancellationToken);
    }

    private IQueryable<Asset> Filter(IQueryable<Asset> assets, AssetFilters? filters)
    {
        var accountId = account.AccountId;
        var query = assets.Where(a => a.AccountId == accountId);
        if (filters is null)
            return query;
        if (Text.Clean(filters.Search) is { } search)
        {
            // lower() on both sides is the case-insensitive match SQLite and PostgreSQL share.
            var term = search.ToLowerInvariant();
            query = query.Where(a =>
                a.Name.ToLower().Contains(term)
                || (a.SerialNumber != null && a.SerialNumber.ToLower().Contains(term))
            );
        }
        // Each listed value becomes a statement parameter: repeats go.
        if (filters.AssetTypes is { } types)
        {
            var distinctTypes = types.Distinct().ToList();
            query = query.Where(a => distinctTypes.Contains(a.AssetType));
        }
        return query;
    }

    /// <summary>The cursor of an asset in the name-ordered asset list.</summary>
    public static Cursor CursorOf(Asset asset) => CursorKey.ForText(CursorKey.Name, asset.Name, asset.Id);
}
