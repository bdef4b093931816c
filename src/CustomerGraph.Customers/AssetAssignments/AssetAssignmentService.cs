using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.AssetAssignments;

/// <summary>Changes which of the account's assets are assigned to a customer.</summary>
public sealed class AssetAssignmentService(
    IDbContextFactory<CustomerDbContext> contexts,
    ICurrentAccount account,
    TimeProvider time
)
{
    /// <summary>
    /// Assigns and unassigns assets in one transaction: either every change is applied or, when any id is unknown
    /// or any item is invalid, none is and every problem is reported. Returns the customer.
    /// </summary>
    public async Task<Result<Customer>> UpdateCustomerAssetsAsync(
        Guid customerId,
        UpdateCustomerAssetsInput input,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageAssetAssignments) is { } forbidden)
            return forbidden;
        if (TooManyItems(input) is { IsValid: false } tooMany)
            return Result<Customer>.Failure(tooMany.Errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        var customer = await db
            .Customers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == customerId && c.AccountId == accountId, cancellationToken);
        var validator = new Validator();
        if (customer is null)
            validator.Add(new NotFoundError("Customer", customerId, "customerId"));

        var assetIds = input.Assign.Select(a => a.AssetId).Concat(input.Unassign).Distinct().ToList();
        var knownAssets = await db
            .Assets.Where(a => a.AccountId == accountId && assetIds.Contains(a.Id))
            .Select(a => a.Id)
            .ToHashSetAsync(cancellationToken);
        CheckInput(input, knownAssets, validator);
        if (!validator.IsValid || customer is null)
            return Result<Customer>.Failure(validator.Errors);

        var existing = await db
            .Assignments.Where(a => a.CustomerId == customerId && assetIds.Contains(a.AssetId))
            .ToListAsync(cancellationToken);
        var unassign = input.Unassign.ToHashSet();
        db.Assignments.RemoveRange(existing.Where(a => unassign.Contains(a.AssetId)));
        var now = time.UtcNow();
        foreach (var item in input.Assign)
        {
            var note = Text.Clean(item.Note);
            var current = existing.Find(a =>
                a.AssetId == item.AssetId && a.AssignmentType == item.AssignmentType
            );
            if (current is not null)
            {
                current.Note = note;
                continue;
            }
            db.Assignments.Add(
                new CustomerAssetAssignment
                {
                    Id = Guid.CreateVersion7(),
                    AccountId = accountId,
                    CustomerId = customerId,
                    AssetId = item.AssetId,
                    AssignmentType = item.AssignmentType,
                    AssignedAt = now,
                    Note = note,
                }
            );
        }
        // One SaveChanges is one transaction: all of the change or none of it.
        var error = await Saving.SaveAsync(
            db,
            "CustomerAssetAssignment",
            _ =>
                Task.FromResult<DomainError?>(
                    new ConflictError(
                        "assign",
                        DomainErrorCodes.Duplicate,
                        "The customer's assets were changed at the same time; apply the change again."
                    )
                ),
            cancellationToken
        );
        return error is null ? customer : error;
    }

    // Every listed asset id is a statement parameter: a flood is refused before anything is looked up.
    private static Validator TooManyItems(UpdateCustomerAssetsInput input)
    {
        var validator = new Validator();
        const int max = AssetAssignmentRules.MaxItems;
        if (input.Assign.Count > max)
            validator.Add("assign", DomainErrorCodes.TooLong, $"assign may hold at most {max} assets.");
        if (input.Unassign.Count > max)
            validator.Add("unassign", DomainErrorCodes.TooLong, $"unassign may hold at most {max} assets.");
        return validator;
    }

    private static void CheckInput(
        UpdateCustomerAssetsInput input,
        HashSet<Guid> knownAssets,
        Validator validator
    )
    {
        var assigned = new HashSet<(Guid, AssignmentType)>();
        var assignedAssets = new HashSet<Guid>();
        for (var index = 0; index < input.Assign.Count; index++)
        {
            var item = input.Assign[index];
            var field = $"assign[{index}]";
            if (!knownAssets.Contains(item.AssetId))
                validator.Add(new NotFoundError("Asset", item.AssetId, $"{field}.assetId"));
            if (!assigned.Add((item.AssetId, item.AssignmentType)))
                validator.Add(
                    $"{field}.assignmentType",
                    DomainErrorCodes.Duplicate,
                    "The same asset and assignment type appear twice in assign."
                );
            validator.MaxLength($"{field}.note", item.Note, AssetAssignmentRules.MaxNoteLength);
            assignedAssets.Add(item.AssetId);
        }
        for (var index = 0; index < input.Unassign.Count; index++)
        {
            var assetId = input.Unassign[index];
            var field = $"unassign[{index}]";
            if (!knownAssets.Contains(assetId))
                validator.Add(new NotFoundError("Asset", assetId, field));
            else if (assignedAssets.Contains(assetId))
                validator.Add(
                    field,
                    DomainErrorCodes.InvalidValue,
                    "An asset cannot be assigned and unassigned at once."
                );
        }
    }
}

/// <summary>Limits of assignment fields.</summary>
public static class AssetAssignmentRules
{
    /// <summary>The longest note stored on an assignment.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>The most assets one change may assign, and the most it may unassign.</summary>
    public const int MaxItems = 1000;
}
