using static CustomerGraph.Customers.Tests.CustomerSteps;

namespace CustomerGraph.Customers.Tests;

/// <summary>The numbered (offset) pages of a customer's contacts and assignments, as the REST API reads them.</summary>
public sealed class NumberedListTests
{
    [Fact]
    public async Task Contacts_page_by_number_in_name_order_with_totals()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var other = await CustomerAsync(db, "Other");
        foreach (var name in new[] { "Eve", "Bob", "Dan", "Ann", "Cid" })
            await db.Contacts.CreateAsync(customer.Id, new CreateContactInput(name));
        await db.Contacts.CreateAsync(other.Id, new CreateContactInput("Aaron"));
        db.Statements.Reset();

        var page = (await db.ContactQueries.ListPageAsync(customer.Id, page: 1, size: 2)).Value!;

        Assert.Equal(["Cid", "Dan"], page.Content.Select(c => c.Name));
        Assert.Equal((1, 2, 5, 3), (page.Number, page.Size, page.TotalElements, page.TotalPages));
        Assert.Equal(2, db.Statements.Count);
    }

    [Fact]
    public async Task Contacts_sort_by_several_keys()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        foreach (var name in new[] { "B", "A", "B" })
            await db.Contacts.CreateAsync(customer.Id, new CreateContactInput(name));

        var page = (
            await db.ContactQueries.ListPageAsync(
                customer.Id,
                0,
                10,
                [
                    new ContactSort(ContactSortField.Name, Descending: true),
                    new ContactSort(ContactSortField.CreatedAt, Descending: true),
                ]
            )
        ).Value!;

        Assert.Equal(["B", "B", "A"], page.Content.Select(c => c.Name));
        Assert.True(page.Content[0].CreatedAt > page.Content[1].CreatedAt);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_and_an_unknown_customer_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Ann"));
        var missing = Guid.NewGuid();

        var past = (await db.ContactQueries.ListPageAsync(customer.Id, page: 5, size: 10)).Value!;
        var none = (
            await db.ContactQueries.ListPageAsync((await CustomerAsync(db, "Empty")).Id, 0, 10)
        ).Value!;
        var unknown = await db.ContactQueries.ListPageAsync(missing, 0, 10);
        var unknownAssets = await db.AssignmentQueries.ListPageForCustomerAsync(missing, 0, 10);

        Assert.Empty(past.Content);
        Assert.Equal(1, past.TotalElements);
        Assert.Equal((0, 0), (none.TotalElements, none.TotalPages));
        Assert.Equal([new NotFoundError("Customer", missing, "customerId")], unknown.Errors);
        Assert.Equal([new NotFoundError("Customer", missing, "customerId")], unknownAssets.Errors);
    }

    [Theory]
    [InlineData(-1, 10, "page")]
    [InlineData(0, 0, "size")]
    [InlineData(0, 1001, "size")]
    public async Task Bad_page_numbers_and_sizes_are_validation_errors(int page, int size, string field)
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var contacts = await db.ContactQueries.ListPageAsync(customer.Id, page, size);
        var assignments = await db.AssignmentQueries.ListPageForCustomerAsync(customer.Id, page, size);
        Assert.Equal(field, Assert.IsType<ValidationError>(Assert.Single(contacts.Errors)).Field);
        Assert.Equal(field, Assert.IsType<ValidationError>(Assert.Single(assignments.Errors)).Field);
    }

    [Fact]
    public async Task A_contact_of_another_customer_is_not_found_under_this_one()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (mine, theirs) = (await CustomerAsync(db, "Mine"), await CustomerAsync(db, "Theirs"));
        var contact = (await db.Contacts.CreateAsync(theirs.Id, new CreateContactInput("Ann"))).Value!;
        var missing = Guid.NewGuid();

        var found = await db.ContactQueries.GetOfCustomerAsync(theirs.Id, contact.Id);
        var elsewhere = await db.ContactQueries.GetOfCustomerAsync(mine.Id, contact.Id);
        var noCustomer = await db.ContactQueries.GetOfCustomerAsync(missing, contact.Id);

        Assert.Equal("Ann", found.Value!.Name);
        Assert.Equal([new NotFoundError("CustomerContact", contact.Id, "contactId")], elsewhere.Errors);
        Assert.Equal([new NotFoundError("Customer", missing, "customerId")], noCustomer.Errors);
    }

    [Fact]
    public async Task Assignments_page_by_number_with_their_assets_filtered_by_type_and_newest_first()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var assets = await AssetFactory.AddAssetsAsync(db, 4);
        for (var index = 0; index < assets.Count; index++)
            await db.Assignments.UpdateCustomerAssetsAsync(
                customer.Id,
                new UpdateCustomerAssetsInput
                {
                    Assign =
                    [
                        new(
                            assets[index].Id,
                            index % 2 == 0 ? AssignmentType.Rental : AssignmentType.Service
                        ),
                    ],
                }
            );
        db.Statements.Reset();

        var oldest = (await db.AssignmentQueries.ListPageForCustomerAsync(customer.Id, 0, 3)).Value!;
        Assert.Equal(2, db.Statements.Count);
        var rentals = (
            await db.AssignmentQueries.ListPageForCustomerAsync(
                customer.Id,
                0,
                10,
                [AssignmentType.Rental],
                newestFirst: true
            )
        ).Value!;

        Assert.Equal(assets.Take(3).Select(a => a.Id), oldest.Content.Select(a => a.AssetId));
        Assert.Equal("Asset 0001", oldest.Content[0].Asset!.Name);
        Assert.Equal((4, 2), (oldest.TotalElements, oldest.TotalPages));
        Assert.Equal([assets[2].Id, assets[0].Id], rentals.Content.Select(a => a.AssetId));
        Assert.Equal(2, rentals.TotalElements);
    }
}
