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

    /// <summary>One page of assets ordered by name, then id.</summary>
    public async Task<Result<Page<Asset>>> ListAsync(
        PageRequest page,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        page.Validate(validator);
        var (after, before) = page.DecodeCursors(validator, CursorKey.Name);
        if (!validator.IsValid)
            return Result<Page<Asset>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        var query = db.Assets.AsNoTracking().Where(a => a.AccountId == accountId);
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

    /// <summary>The number of the account's assets.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assets.CountAsync(a => a.AccountId == account.AccountId, cancellationToken);
    }

    /// <summary>The cursor of an asset in the name-ordered asset list.</summary>
    public static Cursor CursorOf(Asset asset) => CursorKey.ForText(CursorKey.Name, asset.Name, asset.Id);
}
