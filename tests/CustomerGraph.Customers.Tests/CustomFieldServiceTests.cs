using System.Text.Json;
using static CustomerGraph.Customers.Tests.CustomFieldSteps;

namespace CustomerGraph.Customers.Tests;

public sealed class CustomFieldServiceTests
{
    private static async Task<CustomFieldValue> ValueAsync(TestDatabase db, Guid customerId, string key) =>
        (await db.CustomFieldQueries.GetValuesForCustomersAsync([customerId]))[customerId]
            .Single(v => v.Definition!.Key == key);

    private static Task<Common.Result<IReadOnlyList<CustomFieldValue>>> SetAsync(
        TestDatabase db,
        Guid customerId,
        string key,
        string json
    ) => db.CustomFields.SetCustomerValuesAsync(customerId, [new CustomFieldValueInput(key, Json(json))]);

    public static TheoryData<CreateCustomFieldDefinitionInput, string[]> InvalidDefinitions() =>
        new()
        {
            { new("1st", "", CustomFieldType.String), ["key", "title"] },
            { new("tier", "Tier", CustomFieldType.Dropdown), ["options"] },
            {
                new("tier", "Tier", CustomFieldType.Dropdown) { Options = ["A", "A", " "] },
                ["options[2]", "options"]
            },
            { new("price", "Price", CustomFieldType.Monetary), ["currency"] },
            {
                new("price", "Price", CustomFieldType.Monetary) { Currency = "EURO" },
                ["currency"]
            },
            {
                new("hours", "Hours", CustomFieldType.Number) { Minimum = 5, Maximum = 1 },
                ["minimum"]
            },
            {
                new("code", "Code", CustomFieldType.String) { MaxLength = 0, Pattern = "(" },
                ["maxLength", "pattern"]
            },
            {
                new("flag", "Flag", CustomFieldType.Boolean) { Options = ["x"], Unit = "h" },
                ["options", "unit"]
            },
        };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task Invalid_definitions_report_every_field(
        CreateCustomFieldDefinitionInput input,
        string[] fields
    )
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.CustomFields.CreateDefinitionAsync(input);
        Assert.Equal(fields, result.Errors.Cast<ValidationError>().Select(e => e.Field));
    }

    [Fact]
    public async Task Keys_are_unique_per_account()
    {
        await using var db = await TestDatabase.CreateAsync();
        await DefineAsync(db, new("tier", "Tier", CustomFieldType.String));
        var again = await db.CustomFields.CreateDefinitionAsync(
            new("tier", "Tier 2", CustomFieldType.Boolean)
        );
        Assert.Equal(
            DomainErrorCodes.Duplicate,
            Assert.IsType<ConflictError>(Assert.Single(again.Errors)).Code
        );
        Assert.Single(await db.CustomFieldQueries.GetDefinitionsAsync());
    }

    [Fact]
    public async Task The_type_cannot_change()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("hours", "Hours", CustomFieldType.Number));
        var result = await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new CustomFieldDefinitionPatch { Type = CustomFieldType.String }
        );
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(("type", DomainErrorCodes.Immutable), (error.Field, error.Code));
    }

    [Fact]
    public async Task Removing_a_dropdown_option_needs_a_replacement()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(
            db,
            new("tier", "Tier", CustomFieldType.Dropdown) { Options = ["A", "B"] }
        );
        var result = await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new CustomFieldDefinitionPatch { Options = new[] { "A" } }
        );
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(("optionReplacements", DomainErrorCodes.ReplacementRequired), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_replacement_must_be_a_remaining_option()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(
            db,
            new("tier", "Tier", CustomFieldType.Dropdown) { Options = ["A", "B"] }
        );
        var result = await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new CustomFieldDefinitionPatch
            {
                Options = new[] { "A" },
                OptionReplacements = new Dictionary<string, string> { ["B"] = "C" },
            }
        );
        Assert.Equal(
            "optionReplacements.B",
            Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Field
        );
    }

    [Fact]
    public async Task Values_of_a_removed_option_move_to_its_replacement()
    {
        await using var db = await TestDatabase.CreateAsync();
        var single = await DefineAsync(
            db,
            new("tier", "Tier", CustomFieldType.Dropdown) { Options = ["A", "B", "C"] }
        );
        var multi = await DefineAsync(
            db,
            new("tags", "Tags", CustomFieldType.Dropdown) { Options = ["x", "y", "z"], MultiSelect = true }
        );
        var customer = await CustomerAsync(db);
        await db.CustomFields.SetCustomerValuesAsync(
            customer.Id,
            [new("tier", Json("\"B\"")), new("tags", Json("""["x","y"]"""))]
        );

        var tier = await db.CustomFields.UpdateDefinitionAsync(
            single.Id,
            new CustomFieldDefinitionPatch
            {
                Options = new[] { "A", "C" },
                OptionReplacements = new Dictionary<string, string> { ["B"] = "C" },
            }
        );
        var tags = await db.CustomFields.UpdateDefinitionAsync(
            multi.Id,
            new CustomFieldDefinitionPatch
            {
                Options = new[] { "x", "z" },
                OptionReplacements = new Dictionary<string, string> { ["y"] = "x" },
            }
        );

        Assert.True(tier.Succeeded && tags.Succeeded);
        Assert.Equal("\"C\"", (await ValueAsync(db, customer.Id, "tier")).Value);
        Assert.Equal("""["x"]""", (await ValueAsync(db, customer.Id, "tags")).Value);
    }

    [Fact]
    public async Task Narrowing_a_number_range_clears_values_outside_it_and_keeps_them_as_incompatible()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("hours", "Hours", CustomFieldType.Number) { Unit = "h" });
        var (inside, outside) = (await CustomerAsync(db, "In"), await CustomerAsync(db, "Out"));
        await SetAsync(db, inside.Id, "hours", "50");
        await SetAsync(db, outside.Id, "hours", "1500.5");

        var result = await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new CustomFieldDefinitionPatch { Minimum = 0m, Maximum = 1000m }
        );

        Assert.True(result.Succeeded);
        var kept = await ValueAsync(db, inside.Id, "hours");
        var cleared = await ValueAsync(db, outside.Id, "hours");
        Assert.Equal(("50", null), (kept.Value, kept.LastIncompatibleValue));
        Assert.Equal((null, "1500.5"), (cleared.Value, cleared.LastIncompatibleValue));

        // Setting a value again clears the remembered incompatible one.
        await SetAsync(db, outside.Id, "hours", "999");
        var restored = await ValueAsync(db, outside.Id, "hours");
        Assert.Equal(("999", null), (restored.Value, restored.LastIncompatibleValue));
    }

    [Fact]
    public async Task Narrowing_string_length_or_pattern_clears_values_that_no_longer_fit()
    {
        await using var db = await TestDatabase.CreateAsync();
        var definition = await DefineAsync(db, new("code", "Code", CustomFieldType.String));
        var (a, b, c) = (
            await CustomerAsync(db, "A"),
            await CustomerAsync(db, "B"),
            await CustomerAsync(db, "C")
        );
        await SetAsync(db, a.Id, "code", "\"AB-12\"");
        await SetAsync(db, b.Id, "code", "\"ABCDEFGHIJ\"");
        await SetAsync(db, c.Id, "code", "\"ab-12\"");

        await db.CustomFields.UpdateDefinitionAsync(
            definition.Id,
            new CustomFieldDefinitionPatch { MaxLength = 8, Pattern = "[A-Z]{2}-[0-9]{2}" }
        );

        Assert.Equal("\"AB-12\"", (await ValueAsync(db, a.Id, "code")).Value);
        Assert.Equal("\"ABCDEFGHIJ\"", (await ValueAsync(db, b.Id, "code")).LastIncompatibleValue);
        Assert.Equal("\"ab-12\"", (await ValueAsync(db, c.Id, "code")).LastIncompatibleValue);
        Assert.Null((await ValueAsync(db, c.Id, "code")).Value);
    }

    public static TheoryData<CreateCustomFieldDefinitionInput, string, string?> ValueCases() =>
        new()
        {
            // definition, value JSON, stored JSON (null: rejected)
            { new("f", "F", CustomFieldType.Boolean), "true", "true" },
            { new("f", "F", CustomFieldType.Boolean), "\"true\"", null },
            { new("f", "F", CustomFieldType.Date), "\"2025-02-28\"", "\"2025-02-28\"" },
            { new("f", "F", CustomFieldType.Date), "\"2025-02-30\"", null },
            {
                new("f", "F", CustomFieldType.Dropdown) { Options = ["A", "B"] },
                "\"A\"",
                "\"A\""
            },
            {
                new("f", "F", CustomFieldType.Dropdown) { Options = ["A", "B"] },
                "\"Z\"",
                null
            },
            {
                new("f", "F", CustomFieldType.Dropdown) { Options = ["A", "B"] },
                "[\"A\"]",
                null
            },
            {
                new("f", "F", CustomFieldType.Dropdown) { Options = ["A", "B"], MultiSelect = true },
                "[\"B\",\"A\",\"B\"]",
                "[\"B\",\"A\"]"
            },
            { new("f", "F", CustomFieldType.Email), "\"a@example.com\"", "\"a@example.com\"" },
            { new("f", "F", CustomFieldType.Email), "\"a@\"", null },
            {
                new("f", "F", CustomFieldType.Monetary) { Currency = "EUR" },
                "1234.50",
                "1234.50"
            },
            {
                new("f", "F", CustomFieldType.Monetary) { Currency = "EUR" },
                "\"12\"",
                null
            },
            {
                new("f", "F", CustomFieldType.Number) { Minimum = 0, Maximum = 10 },
                "10",
                "10"
            },
            {
                new("f", "F", CustomFieldType.Number) { Minimum = 0, Maximum = 10 },
                "-0.5",
                null
            },
            { new("f", "F", CustomFieldType.PhoneNumber), "\"+4512345678\"", "\"+4512345678\"" },
            { new("f", "F", CustomFieldType.PhoneNumber), "\"12345678\"", null },
            {
                new("f", "F", CustomFieldType.String) { MaxLength = 3 },
                "\"abc\"",
                "\"abc\""
            },
            {
                new("f", "F", CustomFieldType.String) { MaxLength = 3 },
                "\"abcd\"",
                null
            },
            {
                new("f", "F", CustomFieldType.String) { Pattern = "[0-9]+" },
                "\"12a\"",
                null
            },
            {
                new("f", "F", CustomFieldType.WebAddress),
                "\"https://example.com\"",
                "\"https://example.com\""
            },
            { new("f", "F", CustomFieldType.WebAddress), "\"example.com\"", null },
        };

    [Theory]
    [MemberData(nameof(ValueCases))]
    public async Task Values_are_validated_against_their_definition(
        CreateCustomFieldDefinitionInput definition,
        string json,
        string? stored
    )
    {
        await using var db = await TestDatabase.CreateAsync();
        await DefineAsync(db, definition);
        var customer = await CustomerAsync(db);

        var result = await SetAsync(db, customer.Id, "f", json);

        if (stored is null)
            Assert.Equal(
                "values[0].value",
                Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Field
            );
        else
            Assert.Equal(stored, Assert.Single(result.Value!).Value);
    }

    [Fact]
    public async Task Setting_values_reports_every_problem_and_saves_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        await DefineAsync(db, new("flag", "Flag", CustomFieldType.Boolean));
        await DefineAsync(db, new("hours", "Hours", CustomFieldType.Number));
        var customer = await CustomerAsync(db);

        var result = await db.CustomFields.SetCustomerValuesAsync(
            customer.Id,
            [
                new("flag", Json("true")),
                new("hours", Json("\"many\"")),
                new("nope", Json("1")),
                new("flag", Json("false")),
            ]
        );

        Assert.Equal(
            [
                ("values[1].value", DomainErrorCodes.InvalidValue),
                ("values[2].key", DomainErrorCodes.UnknownKey),
                ("values[3].key", DomainErrorCodes.Duplicate),
            ],
            result.Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        Assert.Empty((await db.CustomFieldQueries.GetValuesForCustomersAsync([customer.Id]))[customer.Id]);
    }

    [Fact]
    public async Task A_null_value_removes_the_field_from_the_customer()
    {
        await using var db = await TestDatabase.CreateAsync();
        await DefineAsync(db, new("flag", "Flag", CustomFieldType.Boolean));
        var customer = await CustomerAsync(db);
        await SetAsync(db, customer.Id, "flag", "true");

        var result = await SetAsync(db, customer.Id, "flag", "null");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!);
    }

    [Fact]
    public async Task Values_of_an_unknown_customer_are_not_found()
    {
        await using var db = await TestDatabase.CreateAsync();
        await DefineAsync(db, new("flag", "Flag", CustomFieldType.Boolean));
        var missing = Guid.NewGuid();
        var result = await SetAsync(db, missing, "flag", "true");
        Assert.Equal([new NotFoundError("Customer", missing, "customerId")], result.Errors);
    }
}
