using System.Net;
using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="HugeBody"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] HugeBodyRows()
    {
        var tooLarge = Error("REQUEST_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge);
        var restTooLarge = RestError(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        var query = RequestBody.Generated(
            "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"",
            (byte)'a',
            TenMegabytes,
            "\"}}"
        );
        const string prefix = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"";
        return
        [
            PostBody("10 MB with Content-Length", query, tooLarge),
            PostBody(
                "10 MB chunked",
                RequestBody.Generated(
                    "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"",
                    (byte)'a',
                    TenMegabytes,
                    "\"}}",
                    chunked: true
                ),
                tooLarge
            ),
            PostBody(
                "10 MB of whitespace",
                RequestBody.Generated("""{"query":"{ __typename }" """, (byte)' ', TenMegabytes, "}"),
                tooLarge
            ),
            new HostileCase(
                Unstamped,
                "10 MB batch",
                Surface.GraphQLBatch,
                HttpMethod.Post,
                "/graphql",
                "application/json",
                RequestBody.Generated("[", (byte)' ', TenMegabytes, """{"query":"{ __typename }"}]"""),
                tooLarge
            ),
            PostBody(
                "one byte over the 1 MB limit",
                RequestBody.Generated(prefix, (byte)'a', 1024 * 1024 + 1 - prefix.Length - 3, "\"}}"),
                tooLarge
            ),
            PostBody(
                "900 KB document",
                RequestBody.Generated("""{"query":"{ __typename """, (byte)' ', 900 * 1024, """}"}"""),
                Error("DOCUMENT_TOO_LARGE")
            ),
            RestBody(
                "10 MB name",
                HttpMethod.Post,
                Customers,
                RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}"),
                restTooLarge
            ),
            RestBody(
                "10 MB chunked",
                HttpMethod.Post,
                Customers,
                RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}", chunked: true),
                restTooLarge
            ),
            RestBody(
                "PATCH of 10 MB",
                HttpMethod.Patch,
                SeededCustomer,
                RequestBody.Generated("{\"description\":\"", (byte)'a', TenMegabytes, "\"}"),
                restTooLarge
            ),
            PostBody(
                "createCustomerContact 10 MB note",
                RequestBody.Generated(
                    "{\"query\":"
                        + JsonSerializer.Serialize(CreateContact)
                        + ",\"variables\":{\"input\":{\"customerId\":\""
                        + Absent
                        + "\",\"name\":\"A\",\"note\":\"",
                    (byte)'a',
                    TenMegabytes,
                    "\"}}}"
                ),
                tooLarge
            ),
            PostBody(
                "updateCustomerAssets 10 MB chunked",
                RequestBody.Generated(
                    "{\"query\":"
                        + JsonSerializer.Serialize(UpdateAssets)
                        + ",\"variables\":{\"input\":{\"customerId\":\""
                        + Absent
                        + "\",\"unassign\":[",
                    (byte)' ',
                    TenMegabytes,
                    "]}}}",
                    chunked: true
                ),
                tooLarge
            ),
            RestBody(
                "contact create 10 MB name",
                HttpMethod.Post,
                Contacts,
                RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}"),
                restTooLarge
            ),
            RestBody(
                "contact PATCH 10 MB note chunked",
                HttpMethod.Patch,
                SeededContact,
                RequestBody.Generated("{\"note\":\"", (byte)'a', TenMegabytes, "\"}", chunked: true),
                restTooLarge
            ),
            RestBody(
                "assets 10 MB note",
                HttpMethod.Post,
                CustomerAssets,
                RequestBody.Generated(
                    "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\",\"note\":\"",
                    (byte)'a',
                    TenMegabytes,
                    "\"}]}"
                ),
                restTooLarge
            ),
            RestBody(
                "assets 10 MB of whitespace chunked",
                HttpMethod.Post,
                CustomerAssets,
                RequestBody.Generated("{\"unassign\":[", (byte)' ', TenMegabytes, "]}", chunked: true),
                restTooLarge
            ),
            RestBody(
                "customer 10 MB custom field value",
                HttpMethod.Post,
                Customers,
                RequestBody.Generated(
                    "{\"name\":\"A\",\"customFields\":{\"contractTier\":\"",
                    (byte)'a',
                    TenMegabytes,
                    "\"}}"
                ),
                restTooLarge
            ),
        ];
    }
}
