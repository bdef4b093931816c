using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static CustomerGraph.Customers.Tests.CustomFieldSteps;

namespace CustomerGraph.Customers.Tests;

/// <summary>Custom field values as part of the customer: set with it, in its transaction, and counted in its version.</summary>
public sealed class CustomerCustomFieldTests
{
    private static async Task<TestDatabase> DatabaseWithFieldsAsync()
    {
        var db = await TestDatabase.CreateAsync();
        Assert.True(
            (
                await db.CustomFields.CreateDefinitionAsync(new("vip", "VIP", CustomFieldType.Boolean))
            ).Succeeded
        );
        Assert.True(
            (
                await db.CustomFields.CreateDefinitionAsync(
                    new("hours", "Hours", CustomFieldType.Number) { Maximum = 100 }
                )
            ).Succeeded
        );
        return db;
    }

    private static async Task<Dictionary<string, string?>> ValuesAsync(TestDatabase db, Guid customerId) =>
        (await db.CustomFieldQueries.GetValuesForCustomersAsync([customerId]))[customerId]
            .ToDictionary(v => v.Definition!.Key, v => v.Value);

    private static async Task<int> VersionAsync(TestDatabase db, Guid customerId) =>
        (await db.CustomerQueries.GetByIdAsync(customerId))!.Version;

    [Fact]
    public async Task A_customer_is_created_with_its_custom_field_values()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var result = await db.Customers.CreateAsync(
            new CreateCustomerInput("Acme")
            {
                CustomFields = [new("vip", Json("true")), new("hours", Json("12.5"))],
            }
        );

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Value!.Version);
        Assert.Equal(
            new Dictionary<string, string?> { ["hours"] = "12.5", ["vip"] = "true" },
            await ValuesAsync(db, result.Value.Id)
        );
    }

    [Fact]
    public async Task A_bad_value_or_key_creates_nothing_and_is_reported_with_the_other_errors()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var result = await db.Customers.CreateAsync(
            new CreateCustomerInput("")
            {
                CustomFields =
                [
                    new("vip", Json("\"yes\"")),
                    new("colour", Json("\"red\"")),
                    new("hours", Json("101")),
                ],
            }
        );

        Assert.Equal(
            [
                ("name", DomainErrorCodes.Required),
                ("customFields[0].value", DomainErrorCodes.InvalidValue),
                ("customFields[1].key", DomainErrorCodes.UnknownKey),
                ("customFields[2].value", DomainErrorCodes.OutOfRange),
            ],
            result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        await using var context = await db.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await context.Customers.CountAsync());
        Assert.Equal(0, await context.CustomFieldValues.CountAsync());
    }

    [Fact]
    public async Task A_patch_sets_and_clears_the_listed_values_keeps_the_others_and_raises_the_version()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var customer = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Acme")
                {
                    CustomFields = [new("vip", Json("true")), new("hours", Json("3"))],
                }
            )
        ).Value!;

        var cleared = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { CustomFields = [new("vip", null)] },
            expectedVersion: 1
        );
        var set = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { CustomFields = [new("hours", Json("4"))] }
        );

        Assert.Equal((2, 3), (cleared.Value!.Version, set.Value!.Version));
        Assert.Equal(new Dictionary<string, string?> { ["hours"] = "4" }, await ValuesAsync(db, customer.Id));
    }

    [Fact]
    public async Task A_patch_with_a_bad_value_changes_neither_the_customer_nor_its_values()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var customer = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Acme") { CustomFields = [new("hours", Json("3"))] }
            )
        ).Value!;

        var result = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch
            {
                Name = "Renamed",
                CustomFields = [new("vip", null), new("hours", Json("true"))],
            }
        );

        Assert.Equal(
            "customFields[1].value",
            Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Field
        );
        var stored = (await db.CustomerQueries.GetByIdAsync(customer.Id))!;
        Assert.Equal(("Acme", 1), (stored.Name, stored.Version));
        Assert.Equal(new Dictionary<string, string?> { ["hours"] = "3" }, await ValuesAsync(db, customer.Id));
    }

    [Fact]
    public async Task Setting_values_raises_the_customer_version_unless_nothing_changes()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var customer = (await db.Customers.CreateAsync(new CreateCustomerInput("Acme"))).Value!;

        await db.CustomFields.SetCustomerValuesAsync(customer.Id, [new("vip", Json("true"))]);
        Assert.Equal(2, await VersionAsync(db, customer.Id));
        await db.CustomFields.SetCustomerValuesAsync(
            customer.Id,
            [new("vip", Json("true")), new("hours", null)]
        );
        Assert.Equal(2, await VersionAsync(db, customer.Id));
        var unchanged = await db.Customers.UpdateAsync(
            customer.Id,
            new CustomerPatch { CustomFields = [new("vip", Json("true"))] }
        );
        Assert.Equal(2, unchanged.Value!.Version);
    }

    [Fact]
    public async Task A_definition_change_that_clears_a_value_raises_that_customer_version_only()
    {
        await using var db = await DatabaseWithFieldsAsync();
        var low = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Low") { CustomFields = [new("hours", Json("5"))] }
            )
        ).Value!;
        var high = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("High") { CustomFields = [new("hours", Json("90"))] }
            )
        ).Value!;
        var hours = (await db.CustomFieldQueries.GetDefinitionsAsync()).Single(d => d.Key == "hours");

        var result = await db.CustomFields.UpdateDefinitionAsync(
            hours.Id,
            new CustomFieldDefinitionPatch { Maximum = 50m }
        );

        Assert.True(result.Succeeded);
        Assert.Equal((1, 2), (await VersionAsync(db, low.Id), await VersionAsync(db, high.Id)));
    }
}
