using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="MalformedJson"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] MalformedJsonRows() =>
        [
            PostRaw("truncated object", """{"query":"{ __typename }" """, Error("BAD_REQUEST")),
            PostRaw("trailing garbage", """{"query":"{ __typename }"} x""", Error("BAD_REQUEST")),
            PostRaw("single-quoted JSON", "{'query':'{ __typename }'}", Error("BAD_REQUEST")),
            PostRaw("empty body", "", Error("BAD_REQUEST")),
            PostRaw("a JSON string instead of an object", "\"{ __typename }\"", Error("BAD_REQUEST")),
            PostRaw("query is a number", """{"query":42}""", Error("BAD_REQUEST")),
            PostRaw(
                "variables is a string",
                """{"query":"{ __typename }","variables":"{}"}""",
                Error("BAD_REQUEST")
            ),
            PostRaw("comments in the JSON", """{"query":"{ __typename }" /* hi */}""", Error("BAD_REQUEST")),
            Get("GET variables that are not JSON", "{ __typename }", "{oops", Error("BAD_REQUEST")),
            BatchRaw("batch entry that is a number", """[1]""", Batch("BAD_REQUEST")),
            Rest(
                "truncated object",
                HttpMethod.Post,
                Customers,
                """{"name":""",
                RestError400("malformed_json")
            ),
            Rest(
                "array body",
                HttpMethod.Post,
                Customers,
                """[{"name":"A"}]""",
                RestError400("malformed_json")
            ),
            Rest("body null", HttpMethod.Post, Customers, "null", RestError400("malformed_json")),
            Rest(
                "NaN",
                HttpMethod.Post,
                Customers,
                """{"name":"A","description":NaN}""",
                RestError400("malformed_json")
            ),
            Rest(
                "PATCH with trailing garbage",
                HttpMethod.Patch,
                SeededCustomer,
                """{"name":"Renamed"} }""",
                RestError400("malformed_json")
            ),
            PostRaw(
                "createCustomerContact variables cut short",
                "{\"query\":"
                    + JsonSerializer.Serialize(CreateContact)
                    + ",\"variables\":{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"name\":",
                Error("BAD_REQUEST")
            ),
            PostRaw(
                "updateCustomerAssets variables with a trailing comma",
                "{\"query\":"
                    + JsonSerializer.Serialize(UpdateAssets)
                    + ",\"variables\":{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"unassign\":[\""
                    + SeededRows.Asset
                    + "\",]}}}",
                Error("BAD_REQUEST")
            ),
            Rest(
                "contact create cut short",
                HttpMethod.Post,
                Contacts,
                """{"name":"A","role":""",
                RestError400("malformed_json")
            ),
            Rest(
                "contact create array body",
                HttpMethod.Post,
                Contacts,
                """[{"name":"A"}]""",
                RestError400("malformed_json")
            ),
            Rest(
                "contact PATCH with trailing garbage",
                HttpMethod.Patch,
                SeededContact,
                """{"note":"x"} ]""",
                RestError400("malformed_json")
            ),
            Rest(
                "contact PATCH body null",
                HttpMethod.Patch,
                SeededContact,
                "null",
                RestError400("malformed_json")
            ),
            Rest(
                "assets cut short",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\"",
                RestError400("malformed_json")
            ),
            Rest(
                "assets body a JSON string",
                HttpMethod.Post,
                CustomerAssets,
                "\"assign\"",
                RestError400("malformed_json")
            ),
            Rest(
                "assets single-quoted JSON",
                HttpMethod.Post,
                CustomerAssets,
                "{'unassign':['" + SeededRows.Asset + "']}",
                RestError400("malformed_json")
            ),
            Rest("assets empty body", HttpMethod.Post, CustomerAssets, "", RestError400("malformed_json")),
            Rest(
                "assets trailing comma in assign",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"},]}",
                RestError400("malformed_json")
            ),
            Rest(
                "customFields with a trailing comma",
                HttpMethod.Post,
                Customers,
                """{"name":"A","customFields":{"contractTier":"Gold",}}""",
                RestError400("malformed_json")
            ),
            // Valid JSON, but which value counts is anyone's guess: the key is refused as given twice.
            Rest(
                "customFields with a key given twice",
                HttpMethod.Post,
                Customers,
                """{"name":"A","customFields":{"creditLimit":1000,"creditLimit":2000}}""",
                RestError400("malformed_json")
            ),
        ];
}
