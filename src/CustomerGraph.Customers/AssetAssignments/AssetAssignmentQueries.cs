using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.AssetAssignments;

/// <summary>Batch reads of asset assignments in both directions, shaped for DataLoaders.</summary>
public sealed class AssetAssignmentQueries(
    IDbContextFactory<CustomerDbContext> contexts,
    ICurrentAccount account
)
{
    private static readonly WindowedSql ByCustomer = new(
        "CustomerAssetAssignments",
        "CustomerId",
        "AssignedAt"
    );
    private static readonly WindowedSql ByAsset = new("CustomerAssetAssignments", "AssetId", "AssignedAt");

    /// <summary>
    /// One page of assignments (oldest first, with their <see cref="CustomerAssetAssignment.Asset"/>) for each of
    /// <paramref name="customerIds"/>, optionally only of <paramref name="assignmentTypes"/>, in ONE SQL statement.
    /// </summary>
    public Task<
        Result<IReadOnlyDictionary<Guid, Page<CustomerAssetAssignment>>>
    > GetAssignmentsForCustomersAsync(
        IReadOnlyCollection<Guid> customerIds,
        PageRequest page,
        IReadOnlyCollection<AssignmentType>? assignmentTypes = null,
        CancellationToken cancellationToken = default
    ) =>
        LoadAsync(
            ByCustomer,
            customerIds,
            page,
            assignmentTypes,
            query => query.Include(a => a.Asset).OrderBy(a => a.CustomerId),
            a => a.CustomerId,
            cancellationToken
        );

    /// <summary>
    /// The reverse lookup: one page of assignments (oldest first, with their <see cref="CustomerAssetAssignment.Customer"/>)
    /// for each of <paramref name="assetIds"/>, in ONE SQL statement.
    /// </summary>
    public Task<
        Result<IReadOnlyDictionary<Guid, Page<CustomerAssetAssignment>>>
    > GetAssignmentsForAssetsAsync(
        IReadOnlyCollection<Guid> assetIds,
        PageRequest page,
        IReadOnlyCollection<AssignmentType>? assignmentTypes = null,
        CancellationToken cancellationToken = default
    ) =>
        LoadAsync(
            ByAsset,
            assetIds,
            page,
            assignmentTypes,
            query => query.Include(a => a.Customer).OrderBy(a => a.AssetId),
            a => a.AssetId,
            cancellationToken
        );

    /// <summary>
    /// One numbered page of a customer's assignments (with their <see cref="CustomerAssetAssignment.Asset"/>, oldest
    /// first unless <paramref name="newestFirst"/>) and the total count, optionally only of
    /// <paramref name="assignmentTypes"/>: offset pagination for the REST API, in two statements; the customer is
    /// looked up only when nothing matches, to tell "none" from "no customer".
    /// </summary>
    public async Task<Result<NumberedPage<CustomerAssetAssignment>>> ListPageForCustomerAsync(
        Guid customerId,
        int page,
        int size,
        IReadOnlyCollection<AssignmentType>? assignmentTypes = null,
        bool newestFirst = false,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        NumberedPages.Validate(page, size, validator);
        if (!validator.IsValid)
            return Result<NumberedPage<CustomerAssetAssignment>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        var query = db
            .Assignments.AsNoTracking()
            .Where(a => a.AccountId == accountId && a.CustomerId == customerId);
        if (assignmentTypes is { Count: > 0 })
        {
            var types = assignmentTypes.Distinct().ToList();
            query = query.Where(a => types.Contains(a.AssignmentType));
        }
        var total = await query.CountAsync(cancellationToken);
        if (
            total == 0
            && !await db.Customers.AnyAsync(
                c => c.Id == customerId && c.AccountId == accountId,
                cancellationToken
            )
        )
            return new NotFoundError("Customer", customerId, "customerId");
        var offset = NumberedPages.Offset(page, size);
        var ordered = newestFirst
            ? query.OrderByDescending(a => a.AssignedAt).ThenByDescending(a => a.Id)
            : query.OrderBy(a => a.AssignedAt).ThenBy(a => a.Id);
        var rows =
            offset >= total
                ? []
                : await ordered.Skip(offset).Take(size).Include(a => a.Asset).ToListAsync(cancellationToken);
        return new NumberedPage<CustomerAssetAssignment>(rows, page, size, total);
    }

    /// <summary>The cursor of an assignment in an assignment-time-ordered list.</summary>
    public static Cursor CursorOf(CustomerAssetAssignment assignment) =>
        CursorKey.ForTime(CursorKey.AssignedAt, assignment.AssignedAt, assignment.Id);

    private async Task<Result<IReadOnlyDictionary<Guid, Page<CustomerAssetAssignment>>>> LoadAsync(
        WindowedSql window,
        IReadOnlyCollection<Guid> parentIds,
        PageRequest page,
        IReadOnlyCollection<AssignmentType>? assignmentTypes,
        Func<IQueryable<CustomerAssetAssignment>, IOrderedQueryable<CustomerAssetAssignment>> includeAndOrder,
        Func<CustomerAssetAssignment, Guid> parentOf,
        CancellationToken cancellationToken
    )
    {
        var validator = new Validator();
        page.Validate(validator);
        var (after, before) = page.DecodeCursors(validator, CursorKey.AssignedAt);
        if (!validator.IsValid)
            return Result<IReadOnlyDictionary<Guid, Page<CustomerAssetAssignment>>>.Failure(validator.Errors);
        if (parentIds.Count == 0)
            return new Dictionary<Guid, Page<CustomerAssetAssignment>>();

        var filters = assignmentTypes is { Count: > 0 } ? new[] { TypeFilter(assignmentTypes) } : [];
        var sql = window.Build(account.AccountId, parentIds, page, after, before, key => key.Time, filters);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await includeAndOrder(db.Assignments.FromSql(sql).AsNoTracking())
            .ThenBy(a => a.AssignedAt)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyDictionary<Guid, Page<CustomerAssetAssignment>>>.Success(
            WindowedSql.ToPages(parentIds, rows, parentOf, page, CursorOf)
        );
    }

    // Assignment types are stored by name (see the entity configuration).
    private static (string Sql, object[] Values) TypeFilter(IReadOnlyCollection<AssignmentType> types)
    {
        var names = types.Distinct().Select(type => (object)type.ToString()).ToArray();
        var placeholders = string.Join(", ", names.Select((_, index) => "{" + index + "}"));
        return ($"t.\"AssignmentType\" IN ({placeholders})", names);
    }
}
