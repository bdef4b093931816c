using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="SqlText"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] SqlRows() =>
        [
            .. EveryTextField("'; DROP TABLE Customers; --"),
            .. Each(
                new[]
                {
                    ("search ' OR 1=1 --", "' OR 1=1 --"),
                    ("search '; DROP TABLE Customers; --", "'; DROP TABLE Customers; --"),
                    ("search UNION SELECT", "' UNION SELECT Id, Name FROM Accounts --"),
                    ("search with LIKE wildcards %a%", "%a%"),
                    ("search of a backslash", "\\"),
                    ("search of a NUL character", "\0"),
                },
                (name, text) =>
                    Post(
                        name,
                        "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } nodes { customerId } } }",
                        JsonSerializer.Serialize(new { search = text }),
                        GraphQLData("nothing matches", data => Count(data) == 0)
                    )
            ),
            Post(
                "country filter DK' OR '1'='1",
                "{ customers(filters: { countries: [\"DK' OR '1'='1\"] }) { pageInfo { count } } }",
                null,
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            Post(
                "customer id 1' OR '1'='1",
                "{ customer(id: \"1' OR '1'='1\") { name } }",
                null,
                Error("BAD_USER_INPUT", Ok, "id")
            ),
            Post(
                "customerIds filter 1; DROP TABLE Customers",
                "{ customers(filters: { customerIds: [\"1; DROP TABLE Customers\"] }) { pageInfo { count } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "filters.customerIds[0]")
            ),
            Post(
                "cursor ' OR 1=1 --",
                "{ customers(after: \"' OR 1=1 --\") { pageInfo { count } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "after")
            ),
            Post(
                "node id ' OR 1=1 --",
                "{ node(id: \"' OR 1=1 --\") { id } }",
                null,
                GraphQLData("no node", data => data.GetProperty("node").ValueKind == JsonValueKind.Null)
            ),
            Post(
                "updateCustomer id '; DELETE FROM Customers; --",
                UpdateCustomer,
                """{"input":{"customerId":"'; DELETE FROM Customers; --","name":"Hacked"}}""",
                PayloadErrors("updateCustomer", ("NotFoundError", "customerId", null))
            ),
            Post(
                "deleteContact id ' OR ''='",
                "mutation { deleteCustomerContact(input: { contactId: \"' OR ''='\" }) { deletedContactId "
                    + Errors("NotFoundError")
                    + " } }",
                null,
                PayloadErrors("deleteCustomerContact", ("NotFoundError", "contactId", null))
            ),
            Post(
                "createCustomer Robert'); DROP TABLE Customers;-- with a bad email",
                CreateCustomer,
                """{"input":{"name":"Robert'); DROP TABLE Customers;--","email":"' OR 1=1 --"}}""",
                PayloadErrors("createCustomer", ("ValidationError", "email", "INVALID_EMAIL"))
            ),
            Get(
                "GET search ' OR 1=1 --",
                "{ customers(filters: { search: \"' OR 1=1 --\" }) { pageInfo { count } } }",
                null,
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            BatchRaw(
                "batch of SQL in a search, an id and a mutation",
                "["
                    + GraphQLBody(
                        "{ customers(filters: { search: \"' OR 1=1 --\" }) { pageInfo { count } } }",
                        null
                    )
                    + ","
                    + GraphQLBody("{ customer(id: \"1 OR 1=1\") { name } }", null)
                    + ","
                    + GraphQLBody(
                        UpdateCustomer,
                        """{"input":{"customerId":"1; DROP TABLE Customers","name":"x"}}"""
                    )
                    + "]",
                Batch(null, "BAD_USER_INPUT", null)
            ),
            RestQuery("search", "' OR 1=1 --", RestNothing()),
            RestQuery("search", "%a%", RestNothing()),
            RestQuery("country", "DK' OR 1=1--", RestNothing()),
            RestGet(
                "id 1 OR 1=1",
                Customers + "/1%20OR%201%3D1",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestDelete(
                "DELETE id ' OR '1'='1",
                Customers + "/" + Uri.EscapeDataString("' OR '1'='1"),
                RestError400("invalid_customer_id", "customerId")
            ),
            RestQuery("sort", "name; DROP TABLE Customers", RestError400("constraint_violation", "sort")),
            RestQuery("type", "OEM' OR '1'='1", RestError400("constraint_violation", "type")),
            RestQuery("page", "1 OR 1=1", RestError400("constraint_violation", "page")),
            RestGet(
                "updatedSince with SQL",
                Customers + "?updatedSince=" + Uri.EscapeDataString("2020-01-01' OR 1=1 --"),
                RestError400("constraint_violation", "updatedSince")
            ),
            Rest(
                "PATCH with SQL in the name and email",
                HttpMethod.Patch,
                SeededCustomer,
                """{"name":"x'); DROP TABLE Customers;--","email":"' OR 1=1 --"}""",
                RestError400("constraint_violation", "email")
            ),
        ];
}
