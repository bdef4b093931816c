using System.Text.Json.Nodes;
using CustomerGraph.Customers.Assets;

namespace CustomerGraph.Graph.Tests;

/// <summary>Every mutation through the engine over a fresh database: payloads, typed errors with input paths, PATCH.</summary>
public class MutationTests : IAsyncLifetime
{
    private GraphTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphTestHost.CreateAsync(seedDemoData: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private const string CustomerFields =
        "customerId name type description externalReference email phoneNumber website version address { streetAddress postalCode city region country }";

    // The members of each mutation's error union: fragments on other error types would not validate.
    private static readonly Dictionary<string, string[]> ErrorTypes = new()
    {
        ["createCustomer"] = ["ValidationError", "ConflictError"],
        ["updateCustomer"] = ["NotFoundError", "ValidationError", "ConflictError"],
        ["deleteCustomer"] = ["NotFoundError", "ConflictError"],
        ["createCustomerContact"] = ["NotFoundError", "ValidationError"],
        ["updateCustomerContact"] = ["NotFoundError", "ValidationError", "ConflictError"],
        ["deleteCustomerContact"] = ["NotFoundError"],
        ["updateCustomerAssets"] = ["NotFoundError", "ValidationError", "ConflictError"],
        ["createCustomFieldDefinition"] = ["ValidationError", "ConflictError"],
        ["updateCustomFieldDefinition"] = ["NotFoundError", "ValidationError"],
        ["setCustomerCustomFieldValues"] = ["NotFoundError", "ValidationError"],
        ["deleteCustomFieldDefinition"] = ["NotFoundError", "ConflictError"],
    };

    private static string ErrorsSelection(string mutation) =>
        "errors { __typename ... on Error { message } "
        + string.Join(
            " ",
            ErrorTypes[mutation]
                .Select(type => $"... on {type} {{ field {(type == "NotFoundError" ? "id" : "code")} }}")
        )
        + " }";

    private async Task<JsonNode> MutateAsync(string mutation, object input, string selection)
    {
        var data = await _host.QueryAsync(
            $"mutation ($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {selection} {ErrorsSelection(mutation)} }} }}",
            new { input }
        );
        return data[mutation]!;
    }

    private async Task<string> CreateCustomerAsync(object input)
    {
        var payload = await MutateAsync("createCustomer", input, "customer { customerId }");
        Assert.Null(payload["errors"]);
        return (string)payload["customer"]!["customerId"]!;
    }

    private async Task<List<Asset>> AddAssetsAsync(int count)
    {
        var assets = Enumerable
            .Range(1, count)
            .Select(i => new Asset
            {
                Id = Guid.NewGuid(),
                AccountId = _host.Options.DefaultAccountId,
                Name = $"Asset {i:D2}",
                SerialNumber = $"SN{i:D4}",
                AssetType = AssetType.Machine,
            })
            .ToList();
        await using var db = await _host.Contexts.CreateDbContextAsync();
        db.Assets.AddRange(assets);
        await db.SaveChangesAsync();
        return assets;
    }

    private static List<(string Type, string? Field, string? Code)> ErrorList(JsonNode payload) =>
        [
            .. payload["errors"]!
                .AsArray()
                .Select(error =>
                    ((string)error!["__typename"]!, (string?)error["field"], (string?)error["code"])
                ),
        ];

    [Fact]
    public async Task CreateCustomer_returns_the_customer_with_cleaned_input()
    {
        var payload = await MutateAsync(
            "createCustomer",
            new
            {
                name = "  Nordic Rentals  ",
                type = "RENTAL_COMPANY",
                email = "ops@nordic.example",
                phoneNumber = "+4512345678",
                website = "https://nordic.example",
                externalReference = "ERP-1",
                address = new { city = "Aarhus", country = "dk" },
            },
            $"customer {{ {CustomerFields} }}"
        );
        Assert.Null(payload["errors"]);
        var customer = payload["customer"]!;
        Assert.Equal("Nordic Rentals", (string)customer["name"]!);
        Assert.Equal("RENTAL_COMPANY", (string)customer["type"]!);
        Assert.Equal("DK", (string)customer["address"]!["country"]!);
        Assert.Equal(1, (int)customer["version"]!);
    }

    [Fact]
    public async Task CreateCustomer_reports_every_invalid_field_at_once_with_its_path()
    {
        var payload = await MutateAsync(
            "createCustomer",
            new
            {
                name = " ",
                email = "not-an-email",
                phoneNumber = "12345",
                website = "ftp://files.example",
                address = new { country = "XX" },
            },
            "customer { customerId }"
        );
        Assert.Null(payload["customer"]);
        Assert.Equal(
            [
                ("ValidationError", "name", "REQUIRED"),
                ("ValidationError", "email", "INVALID_EMAIL"),
                ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER"),
                ("ValidationError", "website", "INVALID_URL"),
                ("ValidationError", "address.country", "INVALID_COUNTRY"),
            ],
            ErrorList(payload)
        );
    }

    [Fact]
    public async Task A_taken_external_reference_is_a_conflict()
    {
        await CreateCustomerAsync(new { name = "A", externalReference = "ERP-7" });
        var payload = await MutateAsync(
            "createCustomer",
            new { name = "B", externalReference = "ERP-7" },
            "customer { customerId }"
        );
        Assert.Equal([("ConflictError", "externalReference", "DUPLICATE")], ErrorList(payload));
    }

    [Fact]
    public async Task UpdateCustomer_leaves_omitted_fields_and_clears_explicit_nulls()
    {
        var id = await CreateCustomerAsync(
            new
            {
                name = "Acme",
                type = "DEALER",
                description = "Big",
                email = "a@acme.example",
                address = new
                {
                    streetAddress = "Main 1",
                    city = "Odense",
                    country = "DK",
                },
            }
        );
        var updated = (
            await _host.QueryAsync(
                $$"""
                mutation ($id: ID!) {
                  updateCustomer(input: { customerId: $id, description: null, type: null, address: { city: null, postalCode: "5000" } }) {
                    customer { {{CustomerFields}} }
                    errors { __typename }
                  }
                }
                """,
                new { id }
            )
        )["updateCustomer"]!["customer"]!;
        Assert.Equal("Acme", (string)updated["name"]!);
        Assert.Null(updated["description"]);
        Assert.Equal("OTHER", (string)updated["type"]!);
        Assert.Equal("a@acme.example", (string)updated["email"]!);
        Assert.Equal(
            """{"streetAddress":"Main 1","postalCode":"5000","city":null,"region":null,"country":"DK"}""",
            updated["address"]!.ToJsonString()
        );
        Assert.Equal(2, (int)updated["version"]!);

        var cleared = (
            await _host.QueryAsync(
                "mutation ($id: ID!) { updateCustomer(input: { customerId: $id, address: null }) { customer { address { streetAddress postalCode country } } } }",
                new { id }
            )
        )["updateCustomer"]!["customer"]!;
        Assert.Equal(
            """{"streetAddress":null,"postalCode":null,"country":null}""",
            cleared["address"]!.ToJsonString()
        );
    }

    [Fact]
    public async Task UpdateCustomer_with_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var id = await CreateCustomerAsync(new { name = "Acme" });
        await MutateAsync(
            "updateCustomer",
            new
            {
                customerId = id,
                name = "Acme 2",
                expectedVersion = 1,
            },
            "customer { version }"
        );
        var stale = await MutateAsync(
            "updateCustomer",
            new
            {
                customerId = id,
                name = "Acme 3",
                expectedVersion = 1,
            },
            "customer { version }"
        );
        Assert.Null(stale["customer"]);
        Assert.Equal([("ConflictError", "expectedVersion", "VERSION_CONFLICT")], ErrorList(stale));
        var current = await _host.QueryAsync($"{{ customer(id: \"{id}\") {{ name version }} }}");
        Assert.Equal("Acme 2", (string)current["customer"]!["name"]!);
        var staleDelete = await MutateAsync(
            "deleteCustomer",
            new { customerId = id, expectedVersion = 1 },
            "deletedCustomerId"
        );
        Assert.Equal([("ConflictError", "expectedVersion", "VERSION_CONFLICT")], ErrorList(staleDelete));
    }

    [Theory]
    [InlineData("updateCustomer", "customerId", "customer { customerId }")]
    [InlineData("deleteCustomer", "customerId", "deletedCustomerId")]
    [InlineData("updateCustomerContact", "contactId", "contact { contactId }")]
    [InlineData("deleteCustomerContact", "contactId", "deletedContactId")]
    [InlineData("updateCustomerAssets", "customerId", "customer { customerId }")]
    [InlineData("setCustomerCustomFieldValues", "customerId", "customer { customerId }")]
    [InlineData("updateCustomFieldDefinition", "definitionId", "customFieldDefinition { key }")]
    [InlineData("deleteCustomFieldDefinition", "definitionId", "deletedDefinitionId")]
    public async Task Unknown_and_malformed_ids_are_not_found_errors_naming_the_input_field(
        string mutation,
        string idField,
        string selection
    )
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "no-such-id" })
        {
            var payload = await MutateAsync(
                mutation,
                new Dictionary<string, object> { [idField] = id },
                selection
            );
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal("NotFoundError", (string)error["__typename"]!);
            Assert.Equal(idField, (string)error["field"]!);
            Assert.Equal(id, (string)error["id"]!);
        }
    }

    [Fact]
    public async Task Contacts_are_created_patched_and_deleted()
    {
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var created = await MutateAsync(
            "createCustomerContact",
            new
            {
                customerId,
                name = "Ann",
                role = "Fleet manager",
                email = "ann@acme.example",
                isPrimary = true,
            },
            "contact { contactId name type role isPrimary version customer { name } }"
        );
        Assert.Null(created["errors"]);
        var contact = created["contact"]!;
        Assert.Equal("PERSON", (string)contact["type"]!);
        Assert.Equal("Acme", (string)contact["customer"]!["name"]!);
        var contactId = (string)contact["contactId"]!;

        var patched = await MutateAsync(
            "updateCustomerContact",
            new
            {
                contactId,
                role = (string?)null,
                type = "CALL_CENTER",
            },
            "contact { name type role email isPrimary version }"
        );
        Assert.Equal(
            """{"name":"Ann","type":"CALL_CENTER","role":null,"email":"ann@acme.example","isPrimary":true,"version":2}""",
            patched["contact"]!.ToJsonString()
        );
        var invalid = await MutateAsync(
            "updateCustomerContact",
            new
            {
                contactId,
                name = (string?)null,
                phoneNumber = "0045",
            },
            "contact { name }"
        );
        Assert.Equal(
            [
                ("ValidationError", "name", "REQUIRED"),
                ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER"),
            ],
            ErrorList(invalid)
        );

        var deleted = await MutateAsync("deleteCustomerContact", new { contactId }, "deletedContactId");
        Assert.Equal(contactId, (string)deleted["deletedContactId"]!);
        var after = await _host.QueryAsync(
            $"{{ customer(id: \"{customerId}\") {{ contacts {{ nodes {{ name }} pageInfo {{ count }} }} }} }}"
        );
        Assert.Equal(0, (int)after["customer"]!["contacts"]!["pageInfo"]!["count"]!);
    }

    [Fact]
    public async Task CreateCustomerContact_reports_an_unknown_customer_with_the_invalid_fields()
    {
        var payload = await MutateAsync(
            "createCustomerContact",
            new
            {
                customerId = Guid.NewGuid().ToString(),
                name = "",
                email = "x@",
            },
            "contact { contactId }"
        );
        Assert.Equal(
            [
                ("NotFoundError", "customerId", null),
                ("ValidationError", "name", "REQUIRED"),
                ("ValidationError", "email", "INVALID_EMAIL"),
            ],
            ErrorList(payload)
        );
    }

    [Fact]
    public async Task UpdateCustomerAssets_assigns_and_unassigns_as_one_change()
    {
        var assets = await AddAssetsAsync(3);
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var assigned = await MutateAsync(
            "updateCustomerAssets",
            new
            {
                customerId,
                assign = new object[]
                {
                    new
                    {
                        assetId = assets[0].Id.ToString(),
                        assignmentType = "RENTAL",
                        note = "Q1",
                    },
                    new { assetId = assets[1].Id.ToString(), assignmentType = "SERVICE" },
                },
            },
            "customer { assets { nodes { asset { name } assignmentType note } pageInfo { count } } }"
        );
        Assert.Null(assigned["errors"]);
        Assert.Equal(2, (int)assigned["customer"]!["assets"]!["pageInfo"]!["count"]!);

        var unknown = Guid.NewGuid().ToString();
        var refused = await MutateAsync(
            "updateCustomerAssets",
            new
            {
                customerId,
                assign = new object[]
                {
                    new { assetId = assets[2].Id.ToString(), assignmentType = "OTHER" },
                    new { assetId = unknown, assignmentType = "OTHER" },
                },
                unassign = new[] { assets[0].Id.ToString() },
            },
            "customer { customerId }"
        );
        Assert.Equal([("NotFoundError", "assign[1].assetId", null)], ErrorList(refused));

        var changed = await MutateAsync(
            "updateCustomerAssets",
            new
            {
                customerId,
                assign = new object[] { new { assetId = assets[2].Id.ToString(), assignmentType = "OTHER" } },
                unassign = new[] { assets[0].Id.ToString() },
            },
            "customer { assets { nodes { asset { name } } } }"
        );
        Assert.Equal(
            ["Asset 02", "Asset 03"],
            changed["customer"]!["assets"]!["nodes"]!
                .AsArray()
                .Select(node => (string)node!["asset"]!["name"]!)
                .Order()
        );
        var reverse = await _host.QueryAsync(
            $"{{ asset(id: \"{assets[0].Id}\") {{ customers {{ nodes {{ customer {{ name }} }} }} }} }}"
        );
        Assert.Empty(reverse["asset"]!["customers"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task DeleteCustomer_cascades_to_contacts_assignments_and_values()
    {
        var assets = await AddAssetsAsync(1);
        var customerId = await CreateCustomerAsync(new { name = "Doomed" });
        var contactId = (string)
            (await MutateAsync("createCustomerContact", new { customerId, name = "Ann" }, "contact { id }"))[
                "contact"
            ]!["id"]!;
        await MutateAsync(
            "updateCustomerAssets",
            new
            {
                customerId,
                assign = new object[]
                {
                    new { assetId = assets[0].Id.ToString(), assignmentType = "RENTAL" },
                },
            },
            "customer { customerId }"
        );
        await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "vip",
                title = "VIP",
                type = "BOOLEAN",
            },
            "customFieldDefinition { key }"
        );
        await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[] { new { key = "vip", value = new { booleanValue = true } } },
            },
            "customer { customerId }"
        );

        var deleted = await MutateAsync("deleteCustomer", new { customerId }, "deletedCustomerId");
        Assert.Equal(customerId, (string)deleted["deletedCustomerId"]!);
        var after = await _host.QueryAsync(
            $"{{ customer(id: \"{customerId}\") {{ name }} node(id: \"{contactId}\") {{ id }} asset(id: \"{assets[0].Id}\") {{ customers {{ pageInfo {{ count }} }} }} }}"
        );
        Assert.Null(after["customer"]);
        Assert.Null(after["node"]);
        Assert.Equal(0, (int)after["asset"]!["customers"]!["pageInfo"]!["count"]!);
        await using var db = await _host.Contexts.CreateDbContextAsync();
        Assert.Empty(db.CustomFieldValues);
        Assert.Empty(db.Contacts);
    }

    [Fact]
    public async Task Custom_field_values_are_checked_against_their_definitions()
    {
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var hours = await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "hours",
                title = "Engine hours",
                type = "NUMBER",
                number = new
                {
                    minimum = 0,
                    maximum = 10000,
                    unit = "h",
                },
            },
            "customFieldDefinition { key type minimum maximum unit options multiSelect }"
        );
        Assert.Equal(
            """{"key":"hours","type":"NUMBER","minimum":0,"maximum":10000,"unit":"h","options":null,"multiSelect":null}""",
            hours["customFieldDefinition"]!.ToJsonString()
        );
        await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "tier",
                title = "Tier",
                type = "DROPDOWN",
                dropdown = new { options = new[] { "Gold", "Silver" } },
            },
            "customFieldDefinition { key }"
        );
        await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "since",
                title = "Since",
                type = "DATE",
            },
            "customFieldDefinition { key }"
        );

        var invalid = await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[]
                {
                    new { key = "hours", value = new { numberValue = 20000 } },
                    new { key = "tier", value = new { selectedOptions = new[] { "Bronze" } } },
                    new { key = "nope", value = new { booleanValue = true } },
                },
                clear = new[] { "unknown" },
            },
            "customer { customerId }"
        );
        Assert.Equal(
            [
                ("ValidationError", "set[0].value", "OUT_OF_RANGE"),
                ("ValidationError", "set[1].value", "INVALID_VALUE"),
                ("ValidationError", "set[2].key", "UNKNOWN_KEY"),
                ("ValidationError", "clear[0]", "UNKNOWN_KEY"),
            ],
            ErrorList(invalid)
        );

        var set = await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[]
                {
                    new { key = "hours", value = new { numberValue = 1250.5 } },
                    new { key = "tier", value = new { selectedOptions = new[] { "Gold" } } },
                    new { key = "since", value = new { dateValue = "2024-02-29" } },
                },
            },
            "customer { customFields { key type numberValue selectedOptions dateValue stringValue definition { title } } }"
        );
        Assert.Null(set["errors"]);
        Assert.Equal(
            """[{"key":"hours","type":"NUMBER","numberValue":1250.5,"selectedOptions":null,"dateValue":null,"stringValue":null,"definition":{"title":"Engine hours"}},{"key":"since","type":"DATE","numberValue":null,"selectedOptions":null,"dateValue":"2024-02-29","stringValue":null,"definition":{"title":"Since"}},{"key":"tier","type":"DROPDOWN","numberValue":null,"selectedOptions":["Gold"],"dateValue":null,"stringValue":null,"definition":{"title":"Tier"}}]""",
            set["customer"]!["customFields"]!.ToJsonString()
        );

        var cleared = await MutateAsync(
            "setCustomerCustomFieldValues",
            new { customerId, clear = new[] { "since" } },
            "customer { customFields { key } }"
        );
        Assert.Equal(["hours", "tier"], Json.Strings(cleared["customer"]!["customFields"], "key"));
    }

    [Fact]
    public async Task Definition_changes_follow_the_documented_rules()
    {
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var definitionId = (string)
            (
                await MutateAsync(
                    "createCustomFieldDefinition",
                    new
                    {
                        key = "hours",
                        title = "Hours",
                        type = "NUMBER",
                        number = new { maximum = 10000 },
                    },
                    "customFieldDefinition { definitionId }"
                )
            )["customFieldDefinition"]!["definitionId"]!;
        var tierId = (string)
            (
                await MutateAsync(
                    "createCustomFieldDefinition",
                    new
                    {
                        key = "tier",
                        title = "Tier",
                        type = "DROPDOWN",
                        dropdown = new { options = new[] { "Gold", "Silver", "Bronze" } },
                    },
                    "customFieldDefinition { definitionId }"
                )
            )["customFieldDefinition"]!["definitionId"]!;
        await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[]
                {
                    new { key = "hours", value = new { numberValue = 5000 } },
                    new { key = "tier", value = new { selectedOptions = new[] { "Bronze" } } },
                },
            },
            "customer { customerId }"
        );

        var narrowed = await MutateAsync(
            "updateCustomFieldDefinition",
            new { definitionId, number = new { maximum = 1000 } },
            "customFieldDefinition { maximum }"
        );
        Assert.Equal(1000, (double)narrowed["customFieldDefinition"]!["maximum"]!);

        var missingReplacement = await MutateAsync(
            "updateCustomFieldDefinition",
            new { definitionId = tierId, dropdown = new { options = new[] { "Gold", "Silver" } } },
            "customFieldDefinition { options }"
        );
        Assert.Equal(
            [("ValidationError", "optionReplacements", "REPLACEMENT_REQUIRED")],
            ErrorList(missingReplacement)
        );
        var badReplacement = await MutateAsync(
            "updateCustomFieldDefinition",
            new
            {
                definitionId = tierId,
                dropdown = new { options = new[] { "Gold", "Silver" } },
                optionReplacements = new[] { new { removed = "Bronze", replacement = "Copper" } },
            },
            "customFieldDefinition { options }"
        );
        Assert.Equal(
            [("ValidationError", "optionReplacements[0].replacement", "INVALID_VALUE")],
            ErrorList(badReplacement)
        );
        await MutateAsync(
            "updateCustomFieldDefinition",
            new
            {
                definitionId = tierId,
                dropdown = new { options = new[] { "Gold", "Silver" } },
                optionReplacements = new[] { new { removed = "Bronze", replacement = "Silver" } },
            },
            "customFieldDefinition { options }"
        );

        var values = await _host.QueryAsync(
            $"{{ customer(id: \"{customerId}\") {{ customFields {{ key numberValue selectedOptions lastIncompatibleValue }} }} }}"
        );
        Assert.Equal(
            """[{"key":"hours","numberValue":null,"selectedOptions":null,"lastIncompatibleValue":"5000"},{"key":"tier","numberValue":null,"selectedOptions":["Silver"],"lastIncompatibleValue":null}]""",
            values["customer"]!["customFields"]!.ToJsonString()
        );
    }

    [Fact]
    public async Task Definition_input_errors_name_the_settings_group()
    {
        await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "vip",
                title = "VIP",
                type = "BOOLEAN",
            },
            "customFieldDefinition { key }"
        );
        var payload = await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "vip",
                title = "",
                type = "STRING",
                number = new { minimum = 1 },
                @string = new { maxLength = 0 },
            },
            "customFieldDefinition { key }"
        );
        Assert.Equal(
            [
                ("ValidationError", "title", "REQUIRED"),
                ("ValidationError", "number.minimum", "NOT_APPLICABLE"),
                ("ValidationError", "string.maxLength", "OUT_OF_RANGE"),
                ("ConflictError", "key", "DUPLICATE"),
            ],
            ErrorList(payload)
        );
    }

    private async Task<string> DefineAsync(object input) =>
        (string)
            (
                await MutateAsync(
                    "createCustomFieldDefinition",
                    input,
                    "customFieldDefinition { definitionId }"
                )
            )["customFieldDefinition"]!["definitionId"]!;

    private async Task SetValueAsync(string customerId, string key, object value)
    {
        var payload = await MutateAsync(
            "setCustomerCustomFieldValues",
            new { customerId, set = new object[] { new { key, value } } },
            "customer { customerId }"
        );
        Assert.Null(payload["errors"]);
    }

    private async Task<JsonNode> CustomerAsync(string customerId) =>
        (
            await _host.QueryAsync(
                $"{{ customer(id: \"{customerId}\") {{ version customFields {{ key type stringValue jsonValue lastIncompatibleValue }} }} }}"
            )
        )["customer"]!;

    [Fact]
    public async Task Deleting_a_custom_field_definition_removes_its_values_and_raises_the_holders_versions()
    {
        var holder = await CreateCustomerAsync(new { name = "Holder" });
        var bystander = await CreateCustomerAsync(new { name = "Bystander" });
        var definitionId = await DefineAsync(
            new
            {
                key = "note",
                title = "Note",
                type = "STRING",
            }
        );
        await DefineAsync(
            new
            {
                key = "vip",
                title = "VIP",
                type = "BOOLEAN",
            }
        );
        await SetValueAsync(holder, "note", new { stringValue = "Keep the gate shut" });
        await SetValueAsync(holder, "vip", new { booleanValue = true });
        var before = (int)(await CustomerAsync(holder))["version"]!;
        var bystanderBefore = (int)(await CustomerAsync(bystander))["version"]!;

        var stale = await MutateAsync(
            "deleteCustomFieldDefinition",
            new { definitionId, expectedVersion = 7 },
            "deletedDefinitionId"
        );
        Assert.Null(stale["deletedDefinitionId"]);
        Assert.Equal([("ConflictError", "expectedVersion", "VERSION_CONFLICT")], ErrorList(stale));
        Assert.Equal(before, (int)(await CustomerAsync(holder))["version"]!);

        var deleted = await MutateAsync(
            "deleteCustomFieldDefinition",
            new { definitionId, expectedVersion = 1 },
            "deletedDefinitionId"
        );
        Assert.Null(deleted["errors"]);
        Assert.Equal(definitionId, (string)deleted["deletedDefinitionId"]!);
        var after = await CustomerAsync(holder);
        Assert.Equal(before + 1, (int)after["version"]!);
        Assert.Equal(["vip"], Json.Strings(after["customFields"], "key"));
        Assert.Equal(bystanderBefore, (int)(await CustomerAsync(bystander))["version"]!);
        var definitions = await _host.QueryAsync("{ customFieldDefinitions { key } }");
        Assert.Equal(["vip"], Json.Strings(definitions["customFieldDefinitions"], "key"));
        await using (var db = await _host.Contexts.CreateDbContextAsync())
            Assert.Single(db.CustomFieldValues);

        var again = await MutateAsync(
            "deleteCustomFieldDefinition",
            new { definitionId },
            "deletedDefinitionId"
        );
        Assert.Equal([("NotFoundError", "definitionId", (string?)null)], ErrorList(again));
    }

    [Fact]
    public async Task JSON_custom_fields_store_any_JSON_value_verbatim_and_refuse_text_that_is_no_JSON()
    {
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var created = await MutateAsync(
            "createCustomFieldDefinition",
            new
            {
                key = "erp",
                title = "ERP data",
                type = "JSON",
            },
            "customFieldDefinition { key type version }"
        );
        Assert.Equal(
            """{"key":"erp","type":"JSON","version":1}""",
            created["customFieldDefinition"]!.ToJsonString()
        );
        const string document = """{ "b": [1, 2.50, null], "a": "x" }""";
        await SetValueAsync(customerId, "erp", new { jsonValue = document });
        var value = (await CustomerAsync(customerId))["customFields"]![0]!;
        Assert.Equal("JSON", (string)value["type"]!);
        Assert.Equal(document, (string)value["jsonValue"]!);
        Assert.Null(value["stringValue"]);

        var invalid = await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[] { new { key = "erp", value = new { jsonValue = "{not json" } } },
            },
            "customer { customerId }"
        );
        Assert.Equal([("ValidationError", "set[0].value.jsonValue", "INVALID_VALUE")], ErrorList(invalid));
        var tooLong = await MutateAsync(
            "setCustomerCustomFieldValues",
            new
            {
                customerId,
                set = new object[]
                {
                    new { key = "erp", value = new { jsonValue = $"\"{new string('a', 64 * 1024)}\"" } },
                },
            },
            "customer { customerId }"
        );
        Assert.Equal([("ValidationError", "set[0].value", "TOO_LONG")], ErrorList(tooLong));
        Assert.Equal(document, (string)(await CustomerAsync(customerId))["customFields"]![0]!["jsonValue"]!);
    }

    [Fact]
    public async Task A_shorter_maxLength_truncates_string_values_and_keeps_the_previous_one()
    {
        var customerId = await CreateCustomerAsync(new { name = "Acme" });
        var definitionId = await DefineAsync(
            new
            {
                key = "code",
                title = "Code",
                type = "STRING",
            }
        );
        await SetValueAsync(customerId, "code", new { stringValue = "ABCDEFGHIJ" });

        var updated = await MutateAsync(
            "updateCustomFieldDefinition",
            new { definitionId, @string = new { maxLength = 4 } },
            "customFieldDefinition { maxLength version }"
        );
        Assert.Equal("""{"maxLength":4,"version":2}""", updated["customFieldDefinition"]!.ToJsonString());
        var value = (await CustomerAsync(customerId))["customFields"]![0]!;
        Assert.Equal("ABCD", (string)value["stringValue"]!);
        Assert.Equal("\"ABCDEFGHIJ\"", (string)value["lastIncompatibleValue"]!);
    }
}
