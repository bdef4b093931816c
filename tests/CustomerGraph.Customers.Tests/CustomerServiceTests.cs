using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

public sealed class CustomerServiceTests
{
    private static CreateCustomerInput FullInput() =>
        new("Nordic Rentals")
        {
            Type = CustomerType.RentalCompany,
            Description = "Rents excavators",
            ExternalReference = "ERP-1",
            Email = "info@nordic.example.com",
            PhoneNumber = "+4512345678",
            Website = "https://nordic.example.com",
            Address = new AddressInput("Main Street 1", "8000", "Aarhus", "Midtjylland", "dk"),
        };

    [Fact]
    public async Task Creating_a_customer_stores_every_field_with_version_one_and_utc_timestamps()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.Customers.CreateAsync(FullInput());

        Assert.True(result.Succeeded);
        var stored = await db.CustomerQueries.GetByIdAsync(result.Value!.Id);
        Assert.NotNull(stored);
        Assert.Equal("Nordic Rentals", stored.Name);
        Assert.Equal(CustomerType.RentalCompany, stored.Type);
        Assert.Equal("ERP-1", stored.ExternalReference);
        Assert.Equal("DK", stored.Address.Country);
        Assert.Equal("Aarhus", stored.Address.City);
        Assert.Equal(1, stored.Version);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(result.Value.CreatedAt, stored.CreatedAt);
        Assert.Equal(db.AccountId, stored.AccountId);
    }

    [Fact]
    public async Task A_new_customer_without_a_type_is_OTHER()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.Customers.CreateAsync(new CreateCustomerInput("Plain"));
        Assert.Equal(CustomerType.Other, result.Value!.Type);
        Assert.Null(result.Value.Address.Country);
    }

    [Fact]
    public async Task Every_violation_is_reported_at_once_with_its_field_path()
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.Customers.CreateAsync(
            new CreateCustomerInput(" ")
            {
                Email = "not-an-email",
                PhoneNumber = "12345",
                Website = "ftp://files.example.com",
                Address = new AddressInput(Country: "XX"),
                Description = new string('d', CustomerRules.MaxDescriptionLength + 1),
            }
        );

        Assert.False(result.Succeeded);
        var errors = result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code)).ToList();
        Assert.Equal(
            [
                ("name", DomainErrorCodes.Required),
                ("description", DomainErrorCodes.TooLong),
                ("email", DomainErrorCodes.InvalidEmail),
                ("phoneNumber", DomainErrorCodes.InvalidPhoneNumber),
                ("website", DomainErrorCodes.InvalidUrl),
                ("address.country", DomainErrorCodes.InvalidCountry),
            ],
            errors
        );
        Assert.Equal(0, await db.CustomerQueries.CountAsync());
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public async Task Names_are_1_to_255_characters(int length, bool valid)
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.Customers.CreateAsync(new CreateCustomerInput(new string('n', length)));
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
            Assert.Equal(
                DomainErrorCodes.TooLong,
                Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Code
            );
    }

    [Theory]
    [InlineData("email", "a@b.co", true)]
    [InlineData("email", "a@b", false)]
    [InlineData("email", "Name <a@b.co>", false)]
    [InlineData("phoneNumber", "+4512345678", true)]
    [InlineData("phoneNumber", "+04512345678", false)]
    [InlineData("phoneNumber", "+1234567890123456", false)]
    [InlineData("phoneNumber", "4512345678", false)]
    [InlineData("website", "http://example.com/path?q=1", true)]
    [InlineData("website", "example.com", false)]
    [InlineData("website", "mailto:a@b.co", false)]
    [InlineData("country", "SE", true)]
    [InlineData("country", "se", true)]
    [InlineData("country", "SWE", false)]
    [InlineData("country", "EU", false)]
    public async Task Format_checks(string field, string value, bool valid)
    {
        await using var db = await TestDatabase.CreateAsync();
        var input = field switch
        {
            "email" => new CreateCustomerInput("C") { Email = value },
            "phoneNumber" => new CreateCustomerInput("C") { PhoneNumber = value },
            "website" => new CreateCustomerInput("C") { Website = value },
            _ => new CreateCustomerInput("C") { Address = new AddressInput(Country: value) },
        };
        var result = await db.Customers.CreateAsync(input);
        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task A_duplicate_external_reference_is_a_conflict_on_create_and_update()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Customers.CreateAsync(new CreateCustomerInput("A") { ExternalReference = "X-1" });
        var other = (await db.Customers.CreateAsync(new CreateCustomerInput("B"))).Value!;

        var created = await db.Customers.CreateAsync(
            new CreateCustomerInput("C") { ExternalReference = "X-1" }
        );
        var updated = await db.Customers.UpdateAsync(
            other.Id,
            new CustomerPatch { ExternalReference = "X-1" }
        );

        foreach (var result in new[] { created, updated })
        {
            var conflict = Assert.IsType<ConflictError>(Assert.Single(result.Errors));
            Assert.Equal(("externalReference", DomainErrorCodes.Duplicate), (conflict.Field, conflict.Code));
        }
    }

    [Fact]
    public async Task Customers_without_external_reference_do_not_collide()
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.True((await db.Customers.CreateAsync(new CreateCustomerInput("A"))).Succeeded);
        Assert.True((await db.Customers.CreateAsync(new CreateCustomerInput("B"))).Succeeded);
    }

    [Fact]
    public async Task Patch_keeps_omitted_fields_and_clears_explicit_nulls()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;

        var result = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch
            {
                Name = "Nordic Rentals A/S",
                Email = Optional<string?>.Of(null),
                Address = new AddressPatch { City = "Aalborg", Region = Optional<string?>.Of(null) },
            }
        );

        Assert.True(result.Succeeded);
        var stored = (await db.CustomerQueries.GetByIdAsync(customer.Id))!;
        Assert.Equal("Nordic Rentals A/S", stored.Name);
        Assert.Null(stored.Email);
        Assert.Equal("+4512345678", stored.PhoneNumber);
        Assert.Equal("ERP-1", stored.ExternalReference);
        Assert.Equal(CustomerType.RentalCompany, stored.Type);
        Assert.Equal("Aalborg", stored.Address.City);
        Assert.Null(stored.Address.Region);
        Assert.Equal("Main Street 1", stored.Address.StreetAddress);
        Assert.Equal("DK", stored.Address.Country);
        Assert.Equal(2, stored.Version);
        Assert.True(stored.UpdatedAt > customer.UpdatedAt);
    }

    [Fact]
    public async Task A_null_address_clears_every_part_and_a_null_type_resets_to_OTHER()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;

        await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch
            {
                Address = Optional<AddressPatch?>.Of(null),
                Type = Optional<CustomerType?>.Of(null),
            }
        );

        var stored = (await db.CustomerQueries.GetByIdAsync(customer.Id))!;
        Assert.Equal(CustomerType.Other, stored.Type);
        Assert.Null(stored.Address.StreetAddress);
        Assert.Null(stored.Address.City);
        Assert.Null(stored.Address.Country);
    }

    [Fact]
    public async Task A_name_cannot_be_cleared()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        var result = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { Name = Optional<string?>.Of(null) }
        );
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(("name", DomainErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_patch_that_changes_nothing_keeps_version_and_timestamp()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        var result = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { Name = "Nordic Rentals" }
        );
        Assert.Equal(1, result.Value!.Version);
        Assert.Equal(customer.UpdatedAt, result.Value.UpdatedAt);
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_customer_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        var id = Guid.NewGuid();
        var update = await db.Customers.UpdateAsync(id, new CustomerPatch { Name = "X" });
        var delete = await db.Customers.DeleteAsync(id);
        Assert.Equal(id, Assert.IsType<NotFoundError>(Assert.Single(update.Errors)).Id);
        Assert.Equal(id, Assert.IsType<NotFoundError>(Assert.Single(delete.Errors)).Id);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        await db.Customers.UpdateAsync(customer.Id, new CustomerPatch { Name = "First" }, expectedVersion: 1);

        var stale = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { Name = "Second" },
            expectedVersion: 1
        );

        var conflict = Assert.IsType<ConflictError>(Assert.Single(stale.Errors));
        Assert.Equal(DomainErrorCodes.VersionConflict, conflict.Code);
        Assert.Equal("First", (await db.CustomerQueries.GetByIdAsync(customer.Id))!.Name);
    }

    [Fact]
    public async Task A_concurrent_write_between_read_and_save_is_a_conflict_not_a_lost_update()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        // Someone else saves after this update has read version 1 and before it writes.
        db.BeforeSave.Once(async () =>
        {
            await using var other = await db.Contexts.CreateDbContextAsync();
            await other
                .Customers.Where(c => c.Id == customer.Id)
                .ExecuteUpdateAsync(set =>
                    set.SetProperty(c => c.Name, "Theirs").SetProperty(c => c.Version, 2)
                );
        });

        var result = await db.Customers.UpdateAsync(customer.Id, new CustomerPatch { Name = "Mine" });

        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(result.Errors)).Code
        );
        Assert.Equal("Theirs", (await db.CustomerQueries.GetByIdAsync(customer.Id))!.Name);
    }

    [Fact]
    public async Task Deleting_with_a_stale_version_is_a_conflict()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        await db.Customers.UpdateAsync(customer.Id, new CustomerPatch { Name = "Changed" });

        var result = await db.Customers.DeleteAsync(customer.Id, expectedVersion: 1);

        Assert.IsType<ConflictError>(Assert.Single(result.Errors));
        Assert.NotNull(await db.CustomerQueries.GetByIdAsync(customer.Id));
    }

    [Fact]
    public async Task Other_accounts_cannot_see_or_change_a_customer()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customer = (await db.Customers.CreateAsync(FullInput())).Value!;
        var other = await db.AddOtherAccountAsync();

        Assert.Null(await other.Queries.GetByIdAsync(customer.Id));
        Assert.Equal(0, await other.Queries.CountAsync());
        Assert.IsType<NotFoundError>(
            Assert.Single(
                (await other.Customers.UpdateAsync(customer.Id, new CustomerPatch { Name = "X" })).Errors
            )
        );
        Assert.IsType<NotFoundError>(Assert.Single((await other.Customers.DeleteAsync(customer.Id)).Errors));
        // The same external reference is free in another account.
        Assert.True(
            (
                await other.Customers.CreateAsync(
                    new CreateCustomerInput("Mine") { ExternalReference = "ERP-1" }
                )
            ).Succeeded
        );
    }
}
