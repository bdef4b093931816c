using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="ScriptText"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] ScriptRows()
    {
        const string script = "<script>alert(1)</script>";
        return
        [
            .. EveryTextField(script),
            Post(
                "search <script>",
                "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
                JsonSerializer.Serialize(new { search = script }),
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            Post(
                "search ${jndi:ldap}",
                "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
                JsonSerializer.Serialize(new { search = "${jndi:ldap://127.0.0.1/a}" }),
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            Post(
                "customer id <script>",
                "query($id: ID!) { customer(id: $id) { name } }",
                JsonSerializer.Serialize(new { id = script }),
                Error("BAD_USER_INPUT", Ok, "id")
            ),
            Post(
                "createCustomer with an HTML email",
                CreateCustomer,
                JsonSerializer.Serialize(
                    new { input = new { name = script, email = "<img src=x onerror=alert(1)>" } }
                ),
                PayloadErrors("createCustomer", ("ValidationError", "email", "INVALID_EMAIL"))
            ),
            Post(
                "createCustomer with a javascript: website",
                CreateCustomer,
                JsonSerializer.Serialize(
                    new { input = new { name = "A", website = "javascript:alert(document.cookie)" } }
                ),
                PayloadErrors("createCustomer", ("ValidationError", "website", "INVALID_URL"))
            ),
            Post(
                "createCustomer with markup for phone and country",
                CreateCustomer,
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            name = "A",
                            phoneNumber = script,
                            address = new { country = "<b>DK</b>" },
                        },
                    }
                ),
                PayloadErrors(
                    "createCustomer",
                    ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER"),
                    ("ValidationError", "address.country", "INVALID_COUNTRY")
                )
            ),
            Post(
                "createCustomerContact for customer <svg onload>",
                CreateContact,
                JsonSerializer.Serialize(
                    new { input = new { customerId = "<svg onload=alert(1)>", name = "A" } }
                ),
                PayloadErrors("createCustomerContact", ("NotFoundError", "customerId", null))
            ),
            new HostileCase(
                Unstamped,
                "operationName <script>",
                Surface.GraphQLPost,
                HttpMethod.Post,
                "/graphql",
                "application/json",
                RequestBody.Text(
                    JsonSerializer.Serialize(new { query = "query A { __typename }", operationName = script })
                ),
                Error("OPERATION_NOT_FOUND")
            ),
            Get(
                "GET operationName <script>",
                "query A { __typename }",
                null,
                Error("OPERATION_NOT_FOUND")
            ) with
            {
                Path =
                    "/graphql?query="
                    + Uri.EscapeDataString("query A { __typename }")
                    + "&operationName="
                    + Uri.EscapeDataString(script),
            },
            Rest(
                "create with a javascript: website",
                HttpMethod.Post,
                Customers,
                JsonSerializer.Serialize(new { name = script, website = "javascript:alert(1)" }),
                RestError400("constraint_violation", "website")
            ),
            RestGet(
                "id <script>",
                Customers + "/" + Uri.EscapeDataString(script),
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet("search <script>", Customers + "?search=" + Uri.EscapeDataString(script), RestNothing()),
            RestGet(
                "sort <script>",
                Customers + "?sort=" + Uri.EscapeDataString(script),
                RestError400("constraint_violation", "sort")
            ),
            Rest(
                "PATCH with an HTML email",
                HttpMethod.Patch,
                SeededCustomer,
                JsonSerializer.Serialize(new { email = "<img src=x onerror=alert(1)>@example.com" }),
                RestError400("constraint_violation", "email")
            ),
        ];
    }
}
