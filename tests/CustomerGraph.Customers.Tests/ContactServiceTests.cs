using static CustomerGraph.Customers.Tests.CustomerSteps;

namespace CustomerGraph.Customers.Tests;

public sealed class ContactServiceTests
{
    [Fact]
    public async Task Creating_a_contact_stores_it_under_its_customer()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var result = await db.Contacts.CreateAsync(
            customer.Id,
            new CreateContactInput("Service desk")
            {
                Type = ContactType.Department,
                Email = "desk@example.com",
                PhoneNumber = "+4511223344",
                Note = "Open 8-16",
            }
        );

        Assert.True(result.Succeeded);
        var stored = (await db.ContactQueries.GetByIdsAsync([result.Value!.Id]))[result.Value.Id];
        Assert.Equal(customer.Id, stored.CustomerId);
        Assert.Equal(ContactType.Department, stored.Type);
        Assert.Equal("Open 8-16", stored.Note);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task A_missing_customer_and_invalid_fields_are_reported_together()
    {
        await using var db = await TestDatabase.CreateAsync();
        var missing = Guid.NewGuid();
        var result = await db.Contacts.CreateAsync(
            missing,
            new CreateContactInput("") { Email = "x", PhoneNumber = "+1" }
        );

        Assert.Collection(
            result.Errors,
            error => Assert.Equal(new NotFoundError("Customer", missing, "customerId"), error),
            error => Assert.Equal("name", Assert.IsType<ValidationError>(error).Field),
            error => Assert.Equal("email", Assert.IsType<ValidationError>(error).Field),
            error => Assert.Equal("phoneNumber", Assert.IsType<ValidationError>(error).Field)
        );
    }

    [Fact]
    public async Task A_new_primary_contact_demotes_the_previous_one()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var first = (
            await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("First") { IsPrimary = true })
        ).Value!;
        var second = (await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Second"))).Value!;

        await db.Contacts.UpdateAsync(second.Id, new ContactPatch { IsPrimary = true });

        var stored = await db.ContactQueries.GetByIdsAsync([first.Id, second.Id]);
        Assert.False(stored[first.Id].IsPrimary);
        Assert.Equal(2, stored[first.Id].Version);
        Assert.True(stored[second.Id].IsPrimary);
    }

    [Fact]
    public async Task Patch_keeps_omitted_fields_and_clears_explicit_nulls()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var contact = (
            await db.Contacts.CreateAsync(
                customer.Id,
                new CreateContactInput("Ann")
                {
                    Role = "Fleet manager",
                    Email = "ann@example.com",
                    Note = "VIP",
                }
            )
        ).Value!;

        var result = await db.Contacts.UpdateAsync(
            contact.Id,
            new ContactPatch { Role = Optional<string?>.Of(null), Note = "Prefers email" }
        );

        Assert.True(result.Succeeded);
        var stored = (await db.ContactQueries.GetByIdsAsync([contact.Id]))[contact.Id];
        Assert.Null(stored.Role);
        Assert.Equal("Prefers email", stored.Note);
        Assert.Equal("ann@example.com", stored.Email);
        Assert.Equal("Ann", stored.Name);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task A_stale_version_or_a_concurrent_write_is_a_conflict()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var contact = (await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Ann"))).Value!;
        await db.Contacts.UpdateAsync(contact.Id, new ContactPatch { Name = "Anna" });

        var stale = await db.Contacts.UpdateAsync(
            contact.Id,
            new ContactPatch { Name = "Annie" },
            expectedVersion: 1
        );
        db.BeforeSave.Once(() => db.Contacts.UpdateAsync(contact.Id, new ContactPatch { Note = "theirs" }));
        var raced = await db.Contacts.UpdateAsync(contact.Id, new ContactPatch { Name = "Annie" });

        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(stale.Errors)).Code
        );
        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(raced.Errors)).Code
        );
        var stored = (await db.ContactQueries.GetByIdsAsync([contact.Id]))[contact.Id];
        Assert.Equal(("Anna", "theirs"), (stored.Name, stored.Note));
    }

    [Fact]
    public async Task Deleting_a_contact_removes_only_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = await CustomerAsync(db);
        var keep = (await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Keep"))).Value!;
        var drop = (await db.Contacts.CreateAsync(customer.Id, new CreateContactInput("Drop"))).Value!;

        Assert.Equal(drop.Id, (await db.Contacts.DeleteAsync(drop.Id)).Value);
        Assert.IsType<NotFoundError>(Assert.Single((await db.Contacts.DeleteAsync(drop.Id)).Errors));
        Assert.Equal([keep.Id], (await db.ContactQueries.GetByIdsAsync([keep.Id, drop.Id])).Keys);
    }

    [Fact]
    public async Task Updating_an_unknown_contact_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.Contacts.UpdateAsync(Guid.NewGuid(), new ContactPatch { Name = "X" });
        Assert.IsType<NotFoundError>(Assert.Single(result.Errors));
    }
}
