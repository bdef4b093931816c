using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using static CustomerGraph.Customers.Tests.CustomFieldSteps;

namespace CustomerGraph.Customers.Tests;

/// <summary>JSON fields, truncation, definition versions and deletion, and values addressed by id.</summary>
public sealed class CustomFieldParityTests
{
    private static async Task<CustomFieldValue> SetAsync(
        TestDatabase db,
        Guid customerId,
        Guid definitionId,
        string json
    )
    {
        var result = await db.CustomFields.SetValueAsync(customerId, definitionId, Json(json));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    [Fact]
    public async Task A_JSON_field_stores_any_JSON_value_verbatim()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("erp", "ERP data", CustomFieldType.Json));
        var customer = await CustomerAsync(db);

        foreach (var json in new[] { """{ "b": [1, 2.50, null], "a": "x" }""", "[true]", "12.0", "\"text\"" })
        {
            var value = await SetAsync(db, customer.Id, definition.Id, json);
            Assert.Equal(json, value.Value);
            Assert.Equal(json, (await db.CustomFieldQueries.GetValueAsync(value.Id))!.Value);
        }
    }

    [Fact]
    public async Task A_JSON_value_over_64_KiB_is_too_long()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("erp", "ERP data", CustomFieldType.Json));
        var customer = await CustomerAsync(db);
        var fits = $"\"{new string('a', CustomFieldRules.MaxJsonBytes - 2)}\"";

        Assert.True((await db.CustomFields.SetValueAsync(customer.Id, definition.Id, Json(fits))).Succeeded);
        var result = await db.CustomFields.SetValueAsync(customer.Id, definition.Id, Json($"[{fits}]"));

        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(
            ("value", DomainErrorCodes.TooLong, "The value must be at most 65536 bytes of JSON."),
            (error.Field, error.Code, error.Message)
        );
    }

    [Fact]
    public async Task A_shorter_maxLength_truncates_longer_strings_and_keeps_the_full_value()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("code", "Code", CustomFieldType.String));
        var (a, b) = (await CustomerAsync(db, "A"), await CustomerAsync(db, "B"));
        var shortValue = await SetAsync(db, a.Id, definition.Id, "\"ABC\"");
        var longValue = await SetAsync(db, b.Id, definition.Id, "\"ABCDEFGHIJ\"");
        var versionBefore = (await db.CustomerQueries.GetByIdAsync(b.Id))!.Version;

        var updated = await db.CustomFields.UpdateDefinitionAsync(definition.Id, new() { MaxLength = 4 });

        Assert.True(updated.Succeeded);
        var kept = await db.CustomFieldQueries.GetValueAsync(shortValue.Id);
        var cut = await db.CustomFieldQueries.GetValueAsync(longValue.Id);
        Assert.Equal(("\"ABC\"", null), (kept!.Value, kept.LastIncompatibleValue));
        Assert.Equal(("\"ABCD\"", "\"ABCDEFGHIJ\""), (cut!.Value, cut.LastIncompatibleValue));
        Assert.Equal(versionBefore + 1, (await db.CustomerQueries.GetByIdAsync(b.Id))!.Version);
    }

    [Fact]
    public async Task Truncation_never_splits_a_surrogate_pair()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("code", "Code", CustomFieldType.String));
        var customer = await CustomerAsync(db);
        var value = await SetAsync(db, customer.Id, definition.Id, "\"ab😀cd\"");

        await db.CustomFields.UpdateDefinitionAsync(definition.Id, new() { MaxLength = 3 });

        Assert.Equal("\"ab\"", (await db.CustomFieldQueries.GetValueAsync(value.Id))!.Value);
    }

    [Fact]
    public async Task A_definition_has_a_version_that_every_change_raises_and_a_stale_one_conflicts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("note", "Note", CustomFieldType.String));
        Assert.Equal(1, definition.Version);

        var renamed = await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new() { Title = "Notes" },
            1
        );
        var stale = await db.CustomFields.UpdateDefinitionAsync(definition.Id, new() { Title = "Again" }, 1);

        Assert.Equal(2, renamed.Value!.Version);
        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(stale.Errors)).Code
        );
        Assert.Equal("Notes", (await db.CustomFieldQueries.GetDefinitionAsync(definition.Id))!.Title);
    }

    [Fact]
    public async Task Deleting_a_definition_removes_its_values_and_raises_the_holders_versions_in_one_transaction()
    {
        await using var db = await TestDatabase.CreateAsync();
        var doomed = await DefineAsync(db, new("doomed", "Doomed", CustomFieldType.Boolean));
        var other = await DefineAsync(db, new("other", "Other", CustomFieldType.Boolean));
        var (holder, bystander) = (await CustomerAsync(db, "Holder"), await CustomerAsync(db, "Bystander"));
        await SetAsync(db, holder.Id, doomed.Id, "true");
        var kept = await SetAsync(db, holder.Id, other.Id, "false");
        await SetAsync(db, bystander.Id, other.Id, "true");
        var (holderVersion, bystanderVersion) = (
            (await db.CustomerQueries.GetByIdAsync(holder.Id))!.Version,
            (await db.CustomerQueries.GetByIdAsync(bystander.Id))!.Version
        );
        db.Statements.Reset();

        var result = await db.CustomFields.DeleteDefinitionAsync(doomed.Id, expectedVersion: 1);

        Assert.Equal(doomed.Id, result.Value);
        Assert.Equal(2, db.Statements.Count);
        Assert.Null(await db.CustomFieldQueries.GetDefinitionAsync(doomed.Id));
        Assert.Equal(
            [kept.Id],
            (await db.CustomFieldQueries.GetValuesForCustomerAsync(holder.Id)).Select(v => v.Id)
        );
        Assert.Equal(holderVersion + 1, (await db.CustomerQueries.GetByIdAsync(holder.Id))!.Version);
        Assert.Equal(bystanderVersion, (await db.CustomerQueries.GetByIdAsync(bystander.Id))!.Version);
    }

    [Fact]
    public async Task Deleting_a_definition_with_a_stale_version_or_an_unknown_id_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("flag", "Flag", CustomFieldType.Boolean));
        var customer = await CustomerAsync(db);
        var value = await SetAsync(db, customer.Id, definition.Id, "true");
        var version = (await db.CustomerQueries.GetByIdAsync(customer.Id))!.Version;

        var stale = await db.CustomFields.DeleteDefinitionAsync(definition.Id, expectedVersion: 9);
        var unknown = await db.CustomFields.DeleteDefinitionAsync(Guid.NewGuid());

        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(stale.Errors)).Code
        );
        Assert.IsType<NotFoundError>(Assert.Single(unknown.Errors));
        Assert.NotNull(await db.CustomFieldQueries.GetValueAsync(value.Id));
        Assert.Equal(version, (await db.CustomerQueries.GetByIdAsync(customer.Id))!.Version);
    }

    [Fact]
    public async Task Values_are_addressed_by_id_set_updated_and_deleted_keeping_their_id()
    {
        await using var db = await TestDatabase.CreateAsync();
        var hours = await DefineAsync(db, new("hours", "Hours", CustomFieldType.Number) { Maximum = 100 });
        var customer = await CustomerAsync(db);

        var created = await SetAsync(db, customer.Id, hours.Id, "5");
        var updated = await db.CustomFields.UpdateValueAsync(created.Id, Json("7.5"));
        var invalid = await db.CustomFields.UpdateValueAsync(created.Id, Json("500"));
        var missing = await db.CustomFields.UpdateValueAsync(Guid.NewGuid(), Json("1"));

        Assert.Equal((created.Id, "7.5"), (updated.Value!.Id, updated.Value.Value));
        var error = Assert.IsType<ValidationError>(Assert.Single(invalid.Errors));
        Assert.Equal(("value", DomainErrorCodes.OutOfRange), (error.Field, error.Code));
        Assert.Equal(
            "CustomFieldValue",
            Assert.IsType<NotFoundError>(Assert.Single(missing.Errors)).EntityType
        );
        var listed = Assert.Single(await db.CustomFieldQueries.GetValuesForCustomerAsync(customer.Id));
        Assert.Equal((created.Id, "7.5", "hours"), (listed.Id, listed.Value, listed.Definition!.Key));

        Assert.Equal(created.Id, (await db.CustomFields.DeleteValueAsync(created.Id)).Value);
        Assert.Null(await db.CustomFieldQueries.GetValueAsync(created.Id));
        Assert.IsType<NotFoundError>(
            Assert.Single((await db.CustomFields.DeleteValueAsync(created.Id)).Errors)
        );
    }

    [Fact]
    public async Task Setting_a_value_needs_a_known_definition_and_a_non_null_value()
    {
        await using var db = await TestDatabase.CreateAsync();
        var flag = await DefineAsync(db, new("flag", "Flag", CustomFieldType.Boolean));
        var customer = await CustomerAsync(db);

        var unknownDefinition = await db.CustomFields.SetValueAsync(
            customer.Id,
            Guid.NewGuid(),
            Json("true")
        );
        var unknownCustomer = await db.CustomFields.SetValueAsync(Guid.NewGuid(), flag.Id, Json("true"));
        var nullValue = await db.CustomFields.SetValueAsync(customer.Id, flag.Id, Json("null"));

        Assert.Equal(
            "definitionId",
            Assert.IsType<NotFoundError>(Assert.Single(unknownDefinition.Errors)).Field
        );
        Assert.Equal("customerId", Assert.IsType<NotFoundError>(Assert.Single(unknownCustomer.Errors)).Field);
        var error = Assert.IsType<ValidationError>(Assert.Single(nullValue.Errors));
        Assert.Equal(("value", DomainErrorCodes.Required), (error.Field, error.Code));
    }

    [Fact]
    public async Task Definitions_are_listed_in_numbered_pages_by_key()
    {
        await using var db = await TestDatabase.CreateAsync();
        foreach (var key in new[] { "c", "a", "b" })
            await DefineAsync(db, new(key, key.ToUpperInvariant(), CustomFieldType.Boolean));

        var first = (await db.CustomFieldQueries.ListDefinitionsPageAsync(0, 2)).Value!;
        var second = (await db.CustomFieldQueries.ListDefinitionsPageAsync(1, 2)).Value!;
        var invalid = await db.CustomFieldQueries.ListDefinitionsPageAsync(-1, 0);

        Assert.Equal(["a", "b"], first.Content.Select(d => d.Key));
        Assert.Equal((3, 2), (first.TotalElements, first.TotalPages));
        Assert.Equal(["c"], second.Content.Select(d => d.Key));
        Assert.Equal(["page", "size"], invalid.Errors.Cast<ValidationError>().Select(e => e.Field));
    }
}
