using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="Overlong"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] OverlongRows()
    {
        var customerFields = new (string Field, string Value, string Code)[]
        {
            ("name", new string('N', 256), "TOO_LONG"),
            ("description", new string('D', 4_001), "TOO_LONG"),
            ("externalReference", new string('E', 256), "TOO_LONG"),
            ("email", new string('e', 250) + "@example.com", "INVALID_EMAIL"),
            ("phoneNumber", "+45" + new string('1', 100), "INVALID_PHONE_NUMBER"),
            ("website", "https://example.com/" + new string('w', 2_100), "TOO_LONG"),
            ("address.streetAddress", new string('S', 256), "TOO_LONG"),
            ("address.postalCode", new string('9', 33), "TOO_LONG"),
            ("address.city", new string('C', 256), "TOO_LONG"),
            ("address.region", new string('R', 256), "TOO_LONG"),
            ("address.country", new string('K', 100), "INVALID_COUNTRY"),
        };
        var everyField = customerFields.Aggregate(
            new Dictionary<string, object?> { ["customerId"] = SeededRows.Customer },
            (input, f) => Nest(f.Field, f.Value, [.. input.Select(p => (p.Key, p.Value))])
        );
        var everyFieldAndId = new Dictionary<string, object?>(everyField);
        everyField.Remove("customerId");
        var contactFields = new (string Field, string Value, string Code)[]
        {
            ("name", new string('N', 256), "TOO_LONG"),
            ("role", new string('R', 256), "TOO_LONG"),
            ("email", new string('e', 250) + "@example.com", "INVALID_EMAIL"),
            ("phoneNumber", "+45" + new string('1', 100), "INVALID_PHONE_NUMBER"),
            ("note", new string('T', 4_001), "TOO_LONG"),
        };
        var hugeKey = new string('k', 100_000);
        return
        [
            .. customerFields.SelectMany(f =>
                (HostileCase[])
                    [
                        Post(
                            $"createCustomer {f.Field}",
                            CreateCustomer,
                            JsonSerializer.Serialize(
                                new { input = Nest(f.Field, f.Value, ("name", "Overlong ApS")) }
                            ),
                            PayloadErrors("createCustomer", ("ValidationError", f.Field, f.Code))
                        ),
                        Rest(
                            $"create {f.Field}",
                            HttpMethod.Post,
                            Customers,
                            JsonSerializer.Serialize(Nest(f.Field, f.Value, ("name", "Overlong ApS"))),
                            RestError400("constraint_violation", f.Field)
                        ),
                    ]
            ),
            Post(
                "updateCustomer every text field",
                UpdateCustomer,
                JsonSerializer.Serialize(new { input = everyFieldAndId }),
                PayloadErrors(
                    "updateCustomer",
                    [.. customerFields.Select(f => ("ValidationError", f.Field, (string?)f.Code))]
                )
            ),
            Rest(
                "PATCH every text field",
                HttpMethod.Patch,
                SeededCustomer,
                JsonSerializer.Serialize(everyField),
                RestError400("constraint_violation", [.. customerFields.Select(f => f.Field)])
            ),
            Post(
                "createCustomer name of 500,000 characters",
                CreateCustomer,
                JsonSerializer.Serialize(new { input = new { name = new string('N', 500_000) } }),
                PayloadErrors("createCustomer", ("ValidationError", "name", "TOO_LONG"))
            ),
            .. Each(
                contactFields,
                (field, value, code) =>
                    Post(
                        $"createCustomerContact {field}",
                        CreateContact,
                        JsonSerializer.Serialize(
                            new
                            {
                                input = Nest(
                                    field,
                                    value,
                                    ("customerId", SeededRows.Customer),
                                    ("name", "Overlong Person")
                                ),
                            }
                        ),
                        PayloadErrors("createCustomerContact", ("ValidationError", field, code))
                    )
            ),
            Post(
                "updateCustomerContact every text field",
                "mutation($input: UpdateCustomerContactInput!) { updateCustomerContact(input: $input) { contact { contactId } "
                    + Errors("NotFoundError", "ValidationError", "ConflictError")
                    + " } }",
                JsonSerializer.Serialize(
                    new
                    {
                        input = contactFields.Aggregate(
                            new Dictionary<string, object?> { ["contactId"] = SeededRows.Contact },
                            (input, f) => Nest(f.Field, f.Value, [.. input.Select(p => (p.Key, p.Value))])
                        ),
                    }
                ),
                PayloadErrors(
                    "updateCustomerContact",
                    [.. contactFields.Select(f => ("ValidationError", f.Field, (string?)f.Code))]
                )
            ),
            Post(
                "updateCustomerAssets note",
                "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { customerId } "
                    + Errors("NotFoundError", "ValidationError", "ConflictError")
                    + " } }",
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            customerId = SeededRows.Customer,
                            assign = ServiceNote(new string('T', 4_001)),
                        },
                    }
                ),
                PayloadErrors("updateCustomerAssets", ("ValidationError", "assign[0].note", "TOO_LONG"))
            ),
            Post(
                "createCustomFieldDefinition title and key",
                "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { key } "
                    + Errors("ValidationError", "ConflictError")
                    + " } }",
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            key = "k" + new string('k', 64),
                            title = new string('T', 256),
                            type = "STRING",
                        },
                    }
                ),
                PayloadErrors(
                    "createCustomFieldDefinition",
                    ("ValidationError", "title", "TOO_LONG"),
                    ("ValidationError", "key", "INVALID_VALUE")
                )
            ),
            Post(
                "cursor of 3,000 characters",
                "query($after: Cursor) { customers(after: $after) { pageInfo { count } } }",
                JsonSerializer.Serialize(new { after = new string('A', 3_000) }),
                Error("BAD_USER_INPUT")
            ),
            RestGet(
                "id of 5,000 characters",
                Customers + "/" + new string('7', 5_000),
                RestError400("invalid_customer_id", "customerId")
            ),
            .. Each(
                contactFields,
                (field, value, _) =>
                    Rest(
                        $"contact create {field}",
                        HttpMethod.Post,
                        Contacts,
                        JsonSerializer.Serialize(Nest(field, value, ("name", "Overlong Person"))),
                        RestError400("constraint_violation", field)
                    )
            ),
            Rest(
                "contact PATCH every text field",
                HttpMethod.Patch,
                SeededContact,
                JsonSerializer.Serialize(contactFields.ToDictionary(f => f.Field, f => f.Value)),
                RestError400("constraint_violation", [.. contactFields.Select(f => f.Field)])
            ),
            Rest(
                "contact name of 500,000 characters",
                HttpMethod.Post,
                Contacts,
                JsonSerializer.Serialize(new { name = new string('N', 500_000) }),
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "assets note of 4,001 characters",
                HttpMethod.Post,
                CustomerAssets,
                JsonSerializer.Serialize(new { assign = ServiceNote(new string('T', 4_001)) }),
                RestError400("constraint_violation", "assign[0].note")
            ),
            Post(
                "updateCustomerAssets note of 500,000 characters",
                UpdateAssets,
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            customerId = SeededRows.Customer,
                            assign = ServiceNote(new string('T', 500_000)),
                        },
                    }
                ),
                PayloadErrors("updateCustomerAssets", ("ValidationError", "assign[0].note", "TOO_LONG"))
            ),
            RestGet(
                "contact id of 5,000 characters",
                Contacts + "/" + new string('7', 5_000),
                RestError400("invalid_contact_id", "contactId")
            ),
            RestGet(
                "assets of a customer id of 5,000 characters",
                Customers + "/" + new string('7', 5_000) + "/assets",
                RestError400("invalid_customer_id", "customerId")
            ),
            Rest(
                "customFields key of 100,000 characters",
                HttpMethod.Post,
                Customers,
                CustomFieldKeyBody(hugeKey),
                RestError400("constraint_violation", "customFields." + hugeKey)
            ),
            Rest(
                "custom field value of 500,000 characters",
                HttpMethod.Patch,
                SeededCustomer,
                JsonSerializer.Serialize(
                    new { customFields = new { contractTier = new string('G', 500_000) } }
                ),
                RestError400("constraint_violation", "customFields.contractTier")
            ),
            Post(
                "setCustomerCustomFieldValues key of 100,000 characters",
                SetCustomFields,
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            customerId = SeededRows.Customer,
                            set = new[] { new { key = hugeKey, value = new { numberValue = 1 } } },
                        },
                    }
                ),
                PayloadErrors(
                    "setCustomerCustomFieldValues",
                    ("ValidationError", "set[0].key", "UNKNOWN_KEY")
                )
            ),
            // Many code names, none of them this preview's.
            Post("TU-PREVIEW header of 8 KB", PreviewQuery, null, Error("PREVIEW_NOT_ENABLED", Ok)) with
            {
                Headers = [("TU-PREVIEW", string.Join(",", Enumerable.Repeat("custom-fieldz", 600)))],
            },
        ];
    }
}
