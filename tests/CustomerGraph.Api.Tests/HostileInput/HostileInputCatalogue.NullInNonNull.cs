using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="NullInNonNull"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] NullRows()
    {
        var invalid = Error("GRAPHQL_VALIDATION_FAILED");
        return
        [
            Post("customer(id: null)", "{ customer(id: null) { name } }", null, invalid),
            Post("customer without id", "{ customer { name } }", null, invalid),
            Post(
                "createCustomer(input: null)",
                "mutation { createCustomer(input: null) { customer { name } } }",
                null,
                invalid
            ),
            Post(
                "createCustomer name: null",
                "mutation { createCustomer(input: { name: null }) { customer { name } } }",
                null,
                invalid
            ),
            Post("nodes(ids: [null])", "{ nodes(ids: [null]) { id } }", null, invalid),
            Post("sort by: null", "{ customers(sort: { by: null }) { pageInfo { count } } }", null, invalid),
            Post(
                "types: [null]",
                "{ customers(filters: { types: [null] }) { pageInfo { count } } }",
                null,
                invalid
            ),
            Post(
                "variable id null",
                "query($id: ID!) { customer(id: $id) { name } }",
                """{"id":null}""",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable id missing",
                "query($id: ID!) { customer(id: $id) { name } }",
                "{}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable name null",
                CreateCustomer,
                """{"input":{"name":null}}""",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable input without name",
                CreateCustomer,
                """{"input":{"email":"a@example.com"}}""",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable assignment type null",
                "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { name } } }",
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"assign\":[{\"assetId\":\""
                    + SeededRows.Asset
                    + "\",\"assignmentType\":null}]}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable ids [null]",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                """{"ids":[null]}""",
                Error("BAD_USER_INPUT")
            ),
            Get(
                "GET variable id null",
                "query($id: ID!) { customer(id: $id) { name } }",
                """{"id":null}""",
                Error("BAD_USER_INPUT")
            ),
            BatchRaw(
                "batch entry with a null id",
                "["
                    + GraphQLBody("query($id: ID!) { customer(id: $id) { name } }", """{"id":null}""")
                    + ","
                    + """{"query":"{ __typename }"}"""
                    + "]",
                Batch("BAD_USER_INPUT", null)
            ),
            Rest(
                "create name null",
                HttpMethod.Post,
                Customers,
                """{"name":null}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "create without name",
                HttpMethod.Post,
                Customers,
                """{"email":"a@example.com"}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "PATCH name null",
                HttpMethod.Patch,
                SeededCustomer,
                """{"name":null}""",
                RestError400("constraint_violation", "name")
            ),
            Post(
                "variable contact name null",
                CreateContact,
                "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"name\":null}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable assign entry null",
                UpdateAssets,
                "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"assign\":[null]}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "variable assetId null",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"assign\":[{\"assetId\":null,\"assignmentType\":\"RENTAL\"}]}}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "unassign: [null]",
                "mutation { updateCustomerAssets(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", unassign: [null] }) { customer { name } } }",
                null,
                invalid
            ),
            Post(
                "updateCustomerContact contactId: null",
                "mutation { updateCustomerContact(input: { contactId: null, name: \"A\" }) { contact { name } } }",
                null,
                invalid
            ),
            Rest(
                "contact create name null",
                HttpMethod.Post,
                Contacts,
                """{"name":null,"role":"Buyer"}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "contact create without name",
                HttpMethod.Post,
                Contacts,
                """{"email":"a@example.com"}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "contact PATCH name null",
                HttpMethod.Patch,
                SeededContact,
                """{"name":null}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "assign entry null",
                HttpMethod.Post,
                CustomerAssets,
                """{"assign":[null]}""",
                RestError400("constraint_violation", "assign[0]")
            ),
            Rest(
                "assetId null",
                HttpMethod.Post,
                CustomerAssets,
                """{"assign":[{"assetId":null,"assignmentType":"RENTAL"}]}""",
                RestError400("constraint_violation", "assign[0].assetId")
            ),
            Rest(
                "assignmentType null",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":null}]}",
                RestError400("constraint_violation", "assign[0].assignmentType")
            ),
            Rest(
                "empty assign entry",
                HttpMethod.Post,
                CustomerAssets,
                """{"assign":[{}]}""",
                RestError400("constraint_violation", "assign[0].assetId", "assign[0].assignmentType")
            ),
            Rest(
                "unassign [null]",
                HttpMethod.Post,
                CustomerAssets,
                """{"unassign":[null]}""",
                RestError400("constraint_violation", "unassign[0]")
            ),
        ];
    }
}
