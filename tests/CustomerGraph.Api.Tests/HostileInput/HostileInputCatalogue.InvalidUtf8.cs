using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="InvalidUtf8"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] InvalidUtf8Rows() =>
        [
            PostBytes(
                "0xFF inside the query",
                Utf8Json("""{"query":"{ __typename""", [0xFF], """ }"}"""),
                Error("BAD_REQUEST")
            ),
            PostBytes(
                "overlong encoding of '/'",
                Utf8Json("{\"query\":\"{ __typename }\",\"operationName\":\"", [0xC0, 0xAF], "\"}"),
                Error("BAD_REQUEST")
            ),
            PostBytes(
                "UTF-8-encoded surrogate",
                Utf8Json("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"", [0xED, 0xA0, 0x80], "\"}}"),
                Error("BAD_REQUEST")
            ),
            PostBytes(
                "truncated multi-byte sequence at the end",
                Utf8Json("""{"query":"{ __typename }"}""", [0xE2, 0x82], ""),
                Error("BAD_REQUEST")
            ),
            PostRaw(
                "escaped lone surrogate in the query",
                """{"query":"{ __typename } # \ud800"}""",
                Error("BAD_REQUEST")
            ),
            // Variables are JSON, which may escape a lone surrogate; the engine reads it as graphql-js does.
            Post(
                "escaped lone surrogate in a variable",
                "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
                """{"search":"\udc00"}""",
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            new HostileCase(
                Unstamped,
                "batch with 0xFE",
                Surface.GraphQLBatch,
                HttpMethod.Post,
                "/graphql",
                "application/json",
                RequestBody.Bytes(Utf8Json("[{\"query\":\"{ __typename }\"},{\"query\":\"", [0xFE], "\"}]")),
                Error("BAD_REQUEST")
            ),
            Get(
                "GET query of invalid percent-encoded bytes",
                "%FF%FE",
                null,
                Error("GRAPHQL_SYNTAX_ERROR"),
                encoded: true
            ),
            RestBytes(
                "0xFF in the name",
                HttpMethod.Post,
                Customers,
                Utf8Json("""{"name":"A""", [0xFF], "\"}"),
                RestError400("malformed_json")
            ),
            RestBytes(
                "PATCH with an overlong encoding",
                HttpMethod.Patch,
                SeededCustomer,
                Utf8Json("{\"name\":\"", [0xC0, 0x80], "\"}"),
                RestError400("malformed_json")
            ),
            Rest(
                "escaped lone surrogate",
                HttpMethod.Post,
                Customers,
                """{"name":"\ud800"}""",
                RestError400("malformed_json")
            ),
            Rest(
                "escaped lone surrogate in a key",
                HttpMethod.Post,
                Customers,
                """{"\ud800":"x","name":"A"}""",
                RestError400("malformed_json")
            ),
            RestGet(
                "id of invalid percent-encoded bytes",
                Customers + "/%FF%FE",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet(
                "search of invalid percent-encoded bytes",
                Customers + "?search=%FF%C0",
                RestData("nothing matches", page => page.GetProperty("totalElements").GetInt32() == 0)
            ),
            PostBytes(
                "createCustomerContact with 0xFF in a variable",
                Utf8Json(
                    "{\"query\":"
                        + JsonSerializer.Serialize(CreateContact)
                        + ",\"variables\":{\"input\":{\"customerId\":\""
                        + Absent
                        + "\",\"name\":\"A",
                    [0xFF],
                    "\"}}}"
                ),
                Error("BAD_REQUEST")
            ),
            PostBytes(
                "updateCustomerAssets note with a cut-short sequence",
                Utf8Json(
                    "{\"query\":"
                        + JsonSerializer.Serialize(UpdateAssets)
                        + ",\"variables\":{\"input\":{\"customerId\":\""
                        + Absent
                        + "\",\"assign\":[{\"assetId\":\""
                        + Absent
                        + "\",\"assignmentType\":\"RENTAL\",\"note\":\"",
                    [0xE2, 0x82],
                    "\"}]}}}"
                ),
                Error("BAD_REQUEST")
            ),
            RestBytes(
                "contact 0xFF in the name",
                HttpMethod.Post,
                Contacts,
                Utf8Json("{\"name\":\"A", [0xFF], "\"}"),
                RestError400("malformed_json")
            ),
            RestBytes(
                "contact PATCH with an overlong encoding in the note",
                HttpMethod.Patch,
                SeededContact,
                Utf8Json("{\"note\":\"", [0xC0, 0x80], "\"}"),
                RestError400("malformed_json")
            ),
            Rest(
                "contact escaped lone surrogate in the role",
                HttpMethod.Post,
                Contacts,
                """{"name":"A","role":"\udfff"}""",
                RestError400("malformed_json")
            ),
            RestBytes(
                "assets 0xFF in the note",
                HttpMethod.Post,
                CustomerAssets,
                Utf8Json(
                    "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\",\"note\":\"",
                    [0xFF],
                    "\"}]}"
                ),
                RestError400("malformed_json")
            ),
            Rest(
                "assets escaped lone surrogate in an unassign id",
                HttpMethod.Post,
                CustomerAssets,
                """{"unassign":["\ud800"]}""",
                RestError400("malformed_json")
            ),
            RestBytes(
                "customFields key with 0xFE",
                HttpMethod.Post,
                Customers,
                Utf8Json("{\"name\":\"A\",\"customFields\":{\"", [0xFE], "\":1}}"),
                RestError400("malformed_json")
            ),
            RestGet(
                "contact id of invalid percent-encoded bytes",
                Contacts + "/%FF%FE",
                RestError400("invalid_contact_id", "contactId")
            ),
            RestGet(
                "assets of a customer id of invalid percent-encoded bytes",
                Customers + "/%FF%FE/assets",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet(
                "contacts sorted by invalid percent-encoded bytes",
                Contacts + "?sort=%FF%C0",
                RestError400("constraint_violation", "sort")
            ),
        ];
}
