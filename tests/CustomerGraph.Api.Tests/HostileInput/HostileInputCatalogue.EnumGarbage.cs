using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="EnumGarbage"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] EnumRows()
    {
        var invalid = Error("GRAPHQL_VALIDATION_FAILED");
        return
        [
            Post(
                "unknown customer type",
                "{ customers(filters: { types: [WHOLESALER] }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Post(
                "string for an enum",
                "{ customers(sort: { by: \"NAME\" }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Post(
                "lower-case enum",
                "{ customers(sort: { direction: desc }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Post(
                "true for an enum",
                "{ customers(sort: { by: true }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Post(
                "unknown contact type",
                "mutation { createCustomerContact(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", name: \"A\", type: PRESIDENT }) { contact { name } } }",
                null,
                invalid
            ),
            Post(
                "unknown assignment type",
                "mutation { updateCustomerAssets(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", assign: [{ assetId: \""
                    + SeededRows.Asset
                    + "\", assignmentType: LEASE }] }) { customer { name } } }",
                null,
                invalid
            ),
            Post(
                "unknown custom field entity type",
                "{ customFieldDefinitions(entityType: ASSET) { key } }",
                null,
                invalid
            ),
            Post(
                "variable sort by name; DROP TABLE",
                "query($sort: CustomerSort) { customers(sort: $sort) { pageInfo { count } } }",
                """{"sort":{"by":"NAME; DROP TABLE Customers"}}""",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable types with a number",
                "query($types: [CustomerType!]) { customers(filters: { types: $types }) { pageInfo { count } } }",
                """{"types":["OEM",7]}""",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "createCustomer type in lower case",
                CreateCustomer,
                """{"input":{"name":"A","type":"dealer"}}""",
                Error("BAD_USER_INPUT")
            ),
            Get(
                "GET unknown customer type",
                "{ customers(filters: { types: [WHOLESALER] }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Rest(
                "create type in lower case",
                HttpMethod.Post,
                Customers,
                """{"name":"A","type":"dealer"}""",
                RestError400("constraint_violation", "type")
            ),
            Rest(
                "create type with a trailing space",
                HttpMethod.Post,
                Customers,
                """{"name":"A","type":"OEM "}""",
                RestError400("constraint_violation", "type")
            ),
            Rest(
                "create type as a number",
                HttpMethod.Post,
                Customers,
                """{"name":"A","type":3}""",
                RestError400("constraint_violation", "type")
            ),
            Rest(
                "PATCH unknown type",
                HttpMethod.Patch,
                SeededCustomer,
                """{"type":"WHOLESALER"}""",
                RestError400("constraint_violation", "type")
            ),
            RestGet("list type=oem", Customers + "?type=oem", RestError400("constraint_violation", "type")),
            RestGet("sort=-NAME", Customers + "?sort=-NAME", RestError400("constraint_violation", "sort")),
            Post(
                "unknown assignment type filter",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { assets(assignmentTypes: [LEASE]) { nodes { note } } } }",
                null,
                invalid
            ),
            Post(
                "variable assignment type in lower case",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"assign\":[{\"assetId\":\""
                    + SeededRows.Asset
                    + "\",\"assignmentType\":\"rental\"}]}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "custom field value of two kinds at once",
                SetCustomFields,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"set\":[{\"key\":\"creditLimit\",\"value\":{\"numberValue\":1,\"stringValue\":\"1\"}}]}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "custom field text for a monetary field",
                SetCustomFields,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"set\":[{\"key\":\"creditLimit\",\"value\":{\"stringValue\":\"lots\"}}]}}",
                PayloadErrors(
                    "setCustomerCustomFieldValues",
                    ("ValidationError", "set[0].value", "INVALID_VALUE")
                )
            ),
            .. Each(
                new (string, object)[]
                {
                    ("LEASE", "LEASE"),
                    ("in lower case", "rental"),
                    ("with a trailing space", "RENTAL "),
                    ("as a number", 1),
                    ("as a list", new[] { "RENTAL" }),
                },
                (name, type) =>
                    Rest(
                        $"assignment type {name}",
                        HttpMethod.Post,
                        CustomerAssets,
                        JsonSerializer.Serialize(
                            new
                            {
                                assign = new[] { new { assetId = SeededRows.Asset, assignmentType = type } },
                            }
                        ),
                        RestError400("constraint_violation", "assign[0].assignmentType")
                    )
            ),
            Rest(
                "contact create type PRESIDENT",
                HttpMethod.Post,
                Contacts,
                """{"name":"A","type":"PRESIDENT"}""",
                RestError400("constraint_violation", "type")
            ),
            Rest(
                "contact PATCH type as a number",
                HttpMethod.Patch,
                SeededContact,
                """{"type":2}""",
                RestError400("constraint_violation", "type")
            ),
            .. Each(
                new[]
                {
                    ("contacts", Contacts, "-NAME"),
                    ("contacts", Contacts, "assignedAt"),
                    ("contacts", Contacts, "name,-name"),
                    ("contacts", Contacts, "--name"),
                    ("assets", CustomerAssets, "name"),
                    ("assets", CustomerAssets, "--assignedAt"),
                    ("assets", CustomerAssets, "assignedAt,-assignedAt"),
                },
                (list, path, sort) =>
                    RestGet(
                        $"{list} sort={sort}",
                        path + "?sort=" + Uri.EscapeDataString(sort),
                        RestError400("constraint_violation", "sort")
                    )
            ),
            RestGet(
                "assets assignmentType=rental",
                CustomerAssets + "?assignmentType=rental",
                RestError400("constraint_violation", "assignmentType")
            ),
            .. Each(
                new[]
                {
                    (
                        "an option the dropdown lacks",
                        """{"contractTier":"Diamond"}""",
                        "customFields.contractTier"
                    ),
                    ("a number for a dropdown", """{"contractTier":3}""", "customFields.contractTier"),
                    ("text for a monetary field", """{"creditLimit":"lots"}""", "customFields.creditLimit"),
                    ("true for a monetary field", """{"creditLimit":true}""", "customFields.creditLimit"),
                    ("a list instead of an object", """["contractTier"]""", "customFields"),
                    ("a string instead of an object", "\"contractTier=Gold\"", "customFields"),
                },
                (name, value, field) =>
                    Rest(
                        $"customFields {name}",
                        HttpMethod.Post,
                        Customers,
                        "{\"name\":\"A\",\"customFields\":" + value + "}",
                        RestError400("constraint_violation", field)
                    )
            ),
        ];
    }
}
