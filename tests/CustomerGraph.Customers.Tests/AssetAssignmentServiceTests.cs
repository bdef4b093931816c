using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

public sealed class AssetAssignmentServiceTests
{
    private static async Task<List<CustomerAssetAssignment>> StoredAsync(TestDatabase db, Guid customerId)
    {
        await using var context = await db.Contexts.CreateDbContextAsync();
        return await context
            .Assignments.Where(a => a.CustomerId == customerId)
            .OrderBy(a => a.AssignedAt)
            .ToListAsync();
    }

    [Fact]
    public async Task Assign_and_unassign_apply_as_one_change()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        var assets = await AssetFactory.AddAssetsAsync(db, 3);
        await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput
            {
                Assign =
                [
                    new(assets[0].Id, AssignmentType.Rental, "until May"),
                    new(assets[0].Id, AssignmentType.Service),
                    new(assets[1].Id, AssignmentType.Rental),
                ],
            }
        );

        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput
            {
                Assign =
                [
                    new(assets[2].Id, AssignmentType.Other),
                    new(assets[1].Id, AssignmentType.Rental, "renewed"),
                ],
                Unassign = [assets[0].Id],
            }
        );

        Assert.True(result.Succeeded);
        Assert.Equal(customer.Id, result.Value!.Id);
        var stored = await StoredAsync(db, customer.Id);
        Assert.Equal(
            [(assets[1].Id, AssignmentType.Rental, "renewed"), (assets[2].Id, AssignmentType.Other, null)],
            stored.Select(a => (a.AssetId, a.AssignmentType, a.Note)).OrderBy(a => a.Note is null)
        );
    }

    [Fact]
    public async Task Unknown_ids_fail_the_whole_change_and_are_all_reported()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        var assets = await AssetFactory.AddAssetsAsync(db, 1);
        var (unknownA, unknownB) = (Guid.NewGuid(), Guid.NewGuid());

        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput
            {
                Assign = [new(assets[0].Id, AssignmentType.Rental), new(unknownA, AssignmentType.Rental)],
                Unassign = [unknownB],
            }
        );

        Assert.Equal(
            [
                new NotFoundError("Asset", unknownA, "assign[1].assetId"),
                new NotFoundError("Asset", unknownB, "unassign[0]"),
            ],
            result.Errors
        );
        Assert.Empty(await StoredAsync(db, customer.Id));
    }

    [Fact]
    public async Task An_unknown_customer_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        var assets = await AssetFactory.AddAssetsAsync(db, 1);
        var missing = Guid.NewGuid();
        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            missing,
            new UpdateCustomerAssetsInput { Assign = [new(assets[0].Id, AssignmentType.Rental)] }
        );
        Assert.Equal([new NotFoundError("Customer", missing, "customerId")], result.Errors);
    }

    [Fact]
    public async Task Another_accounts_asset_counts_as_unknown()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        await db.AddOtherAccountAsync();
        await using var context = await db.Contexts.CreateDbContextAsync();
        var otherAccount = await context
            .Accounts.Where(a => a.Id != db.AccountId)
            .Select(a => a.Id)
            .SingleAsync();
        var foreign = await AssetFactory.AddAssetsAsync(db, 1, otherAccount);

        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput { Assign = [new(foreign[0].Id, AssignmentType.Rental)] }
        );

        Assert.IsType<NotFoundError>(Assert.Single(result.Errors));
    }

    [Fact]
    public async Task Contradictory_or_repeated_items_are_validation_errors()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        var assets = await AssetFactory.AddAssetsAsync(db, 2);

        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput
            {
                Assign =
                [
                    new(assets[0].Id, AssignmentType.Rental),
                    new(assets[0].Id, AssignmentType.Rental),
                    new(
                        assets[1].Id,
                        AssignmentType.Service,
                        new string('n', AssetAssignmentRules.MaxNoteLength + 1)
                    ),
                ],
                Unassign = [assets[0].Id],
            }
        );

        Assert.Equal(
            [
                ("assign[1].assignmentType", DomainErrorCodes.Duplicate),
                ("assign[2].note", DomainErrorCodes.TooLong),
                ("unassign[0]", DomainErrorCodes.InvalidValue),
            ],
            result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
    }

    [Fact]
    public async Task Unassigning_an_asset_that_is_not_assigned_is_harmless()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        var assets = await AssetFactory.AddAssetsAsync(db, 1);
        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput { Unassign = [assets[0].Id] }
        );
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task More_than_1000_assets_to_assign_or_unassign_are_refused_before_any_lookup()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("C"))).Value!;
        db.Statements.Reset();

        var result = await db.Assignments.UpdateCustomerAssetsAsync(
            customer.Id,
            new UpdateCustomerAssetsInput
            {
                Assign =
                [
                    .. Enumerable
                        .Range(0, 1_001)
                        .Select(_ => new AssetAssignmentInput(Guid.NewGuid(), AssignmentType.Rental)),
                ],
                Unassign = [.. Enumerable.Range(0, 1_001).Select(_ => Guid.NewGuid())],
            }
        );

        Assert.Equal(
            [("assign", DomainErrorCodes.TooLong), ("unassign", DomainErrorCodes.TooLong)],
            result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        Assert.Equal(0, db.Statements.Count);
    }
}
