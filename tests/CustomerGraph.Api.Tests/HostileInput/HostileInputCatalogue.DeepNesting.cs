using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="DeepNesting"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] DeepNestingRows()
    {
        var maxDepth = Error("MAX_DEPTH_EXCEEDED");
        // Connections inside connections multiply their page sizes: refused by the cost limit before anything runs.
        var tooCostly = Error("QUERY_COMPLEXITY_REACHED");
        const string customersTimesContacts =
            "{ customers(first: 1000) { nodes { contacts(first: 1000) { nodes { name } } } } }";
        return
        [
            Post("42 levels of selections", DeepCustomers(13), null, maxDepth),
            Post("600 levels of selections", DeepCustomers(200), null, maxDepth),
            Post(
                "list literal nested 30,000 deep",
                "{ customers(filters: { countries: "
                    + new string('[', 30_000)
                    + new string(']', 30_000)
                    + " }) { pageInfo { count } } }",
                null,
                maxDepth
            ),
            Post(
                "list literal nested 20 deep",
                "{ customers(filters: { countries: "
                    + new string('[', 20)
                    + "\"DK\""
                    + new string(']', 20)
                    + " }) { pageInfo { count } } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "variables nested 1,000 deep",
                "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
                "{\"countries\":" + new string('[', 1_000) + new string(']', 1_000) + "}",
                Error("BAD_REQUEST")
            ),
            Post(
                "variables nested 40 deep",
                "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
                "{\"countries\":" + new string('[', 40) + "\"DK\"" + new string(']', 40) + "}",
                Error("BAD_USER_INPUT")
            ),
            Post("200 fragments each one level deeper", FragmentChain(200), null, maxDepth),
            Post(
                "fragment cycle",
                "{ customers { nodes { ...A } } } fragment A on Customer { contacts { nodes { customer { ...B } } } } fragment B on Customer { contacts { nodes { customer { ...A } } } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Get("GET 42 levels of selections", DeepCustomers(13), null, maxDepth),
            BatchRaw(
                "batch entry 42 levels deep",
                "[" + GraphQLBody(DeepCustomers(13), null) + "," + """{"query":"{ __typename }"}""" + "]",
                Batch("MAX_DEPTH_EXCEEDED", null)
            ),
            Rest(
                "body nested 10,000 deep",
                HttpMethod.Post,
                Customers,
                NestedField("address", 10_000),
                RestError400("malformed_json")
            ),
            Rest(
                "object where the city goes",
                HttpMethod.Post,
                Customers,
                """{"name":"A","address":{"city":{"name":{"name":{"name":"Aarhus"}}}}}""",
                RestError400("constraint_violation", "address.city")
            ),
            Post("customers × contacts past the cost limit", customersTimesContacts, null, tooCostly),
            Post(
                "customer assets × asset customers past the cost limit",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { assets(first: 300) { nodes { asset { customers(first: 300) { nodes { assignmentType } } } } } } }",
                null,
                tooCostly
            ),
            Post(
                "assets × customers × contacts past the cost limit",
                "{ assets(first: 50) { nodes { customers(first: 50) { nodes { customer { contacts(first: 50) { nodes { name } } } } } } } }",
                null,
                tooCostly
            ),
            Get("GET nested connections past the cost limit", customersTimesContacts, null, tooCostly),
            BatchRaw(
                "batch entry of nested connections past the cost limit",
                "["
                    + GraphQLBody(customersTimesContacts, null)
                    + ","
                    + """{"query":"{ __typename }"}"""
                    + "]",
                Batch("QUERY_COMPLEXITY_REACHED", null)
            ),
            Post(
                "createCustomerContact variables nested 1,000 deep",
                CreateContact,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"name\":"
                    + new string('[', 1_000)
                    + new string(']', 1_000)
                    + "}}",
                Error("BAD_REQUEST")
            ),
            Rest(
                "contact body nested 10,000 deep",
                HttpMethod.Post,
                Contacts,
                NestedField("note", 10_000),
                RestError400("malformed_json")
            ),
            Rest(
                "assets body nested 10,000 deep",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":" + new string('[', 10_000) + new string(']', 10_000) + "}",
                RestError400("malformed_json")
            ),
            Rest(
                "customFields nested 10,000 deep",
                HttpMethod.Post,
                Customers,
                NestedField("customFields", 10_000),
                RestError400("malformed_json")
            ),
            Rest(
                "custom field value nested 40 deep",
                HttpMethod.Post,
                Customers,
                "{\"name\":\"A\",\"customFields\":{\"creditLimit\":"
                    + string.Concat(Enumerable.Repeat("{\"amount\":", 40))
                    + "1"
                    + new string('}', 40)
                    + "}}",
                RestError400("constraint_violation", "customFields.creditLimit")
            ),
            Rest(
                "object where the contact name goes",
                HttpMethod.Post,
                Contacts,
                """{"name":{"first":{"first":"A"}}}""",
                RestError400("constraint_violation", "name")
            ),
            Rest(
                "object where the assetId goes",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":{\"id\":{\"id\":\""
                    + SeededRows.Asset
                    + "\"}},\"assignmentType\":\"RENTAL\"}]}",
                RestError400("constraint_violation", "assign[0].assetId")
            ),
            Rest(
                "lists of lists where the note goes",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\""
                    + SeededRows.Asset
                    + "\",\"assignmentType\":\"RENTAL\",\"note\":[[[\"x\"]]]}]}",
                RestError400("constraint_violation", "assign[0].note")
            ),
        ];
    }
}
