using System.Net;
using System.Text;
using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="BadIds"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] BadIdRows()
    {
        var invalidContactId = RestError400("invalid_contact_id", "contactId");
        return
        [
            Post(
                "customer id that is no UUID",
                "{ customer(id: \"not-a-uuid\") { name } }",
                null,
                Error("BAD_USER_INPUT", Ok, "id")
            ),
            Post(
                "customer id as a number",
                "{ customer(id: 123) { name } }",
                null,
                Error("BAD_USER_INPUT", Ok, "id")
            ),
            Post(
                "customer id as a float",
                "{ customer(id: 1.5) { name } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "unknown customer id",
                $"{{ customer(id: \"{Absent}\") {{ name }} }}",
                null,
                GraphQLData(
                    "no customer",
                    data => data.GetProperty("customer").ValueKind == JsonValueKind.Null
                )
            ),
            Post(
                "global id of a forged type",
                $"{{ node(id: \"{Convert.ToBase64String(Encoding.UTF8.GetBytes("Account:" + Absent))}\") {{ id }} }}",
                null,
                GraphQLData("no node", data => data.GetProperty("node").ValueKind == JsonValueKind.Null)
            ),
            Post(
                "garbage global ids",
                "{ nodes(ids: [\"\", \"%%%\", \"Q3VzdG9tZXI6\", \""
                    + new string('A', 5_000)
                    + "\"]) { id } }",
                null,
                GraphQLData(
                    "every node is null",
                    data =>
                        data.GetProperty("nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null)
                )
            ),
            Post(
                "cursor that is base64 of garbage",
                "{ customers(after: \"bm90LWEtY3Vyc29y\") { pageInfo { count } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "after")
            ),
            Post(
                "name cursor on a list sorted by creation",
                $"{{ customers(sort: {{ by: CREATED_AT }}, before: \"{Cursor($"n|{Absent}|Acme")}\") {{ pageInfo {{ count }} }} }}",
                null,
                Error("BAD_USER_INPUT", Ok, "before")
            ),
            Post(
                "cursor with ticks beyond the calendar",
                $"{{ customers(sort: {{ by: UPDATED_AT }}, after: \"{Cursor($"u|{Absent}|3155378976000000000")}\") {{ pageInfo {{ count }} }} }}",
                null,
                Error("BAD_USER_INPUT", Ok, "after")
            ),
            Post(
                "garbage contacts cursor",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { name contacts(after: \"!!\") { nodes { name } } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "after")
            ),
            Post(
                "cursor as a number",
                "{ customers(after: 5) { pageInfo { count } } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "updateCustomer unknown id",
                UpdateCustomer,
                $"{{\"input\":{{\"customerId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
                PayloadErrors("updateCustomer", ("NotFoundError", "customerId", null))
            ),
            Post(
                "deleteCustomer stale version",
                "mutation { deleteCustomer(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", expectedVersion: 9999 }) { deletedCustomerId "
                    + Errors("NotFoundError", "ConflictError")
                    + " } }",
                null,
                PayloadErrors("deleteCustomer", ("ConflictError", "expectedVersion", "VERSION_CONFLICT"))
            ),
            Post(
                "updateCustomerAssets unknown asset",
                "mutation { updateCustomerAssets(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", unassign: [\""
                    + Absent
                    + "\"] }) { customer { customerId } "
                    + Errors("NotFoundError", "ValidationError", "ConflictError")
                    + " } }",
                null,
                PayloadErrors("updateCustomerAssets", ("NotFoundError", "unassign[0]", null))
            ),
            new HostileCase(
                Unstamped,
                "documentId with a path",
                Surface.GraphQLPost,
                HttpMethod.Post,
                "/graphql",
                "application/json",
                RequestBody.Text("""{"documentId":"../../../etc/passwd"}"""),
                Error("PERSISTED_QUERY_NOT_FOUND")
            ),
            PostRaw(
                "persisted query hash that is SQL",
                """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' OR 1=1 --"}}}""",
                Error("BAD_REQUEST")
            ),
            Get("GET unknown persisted query hash", "", null, Error("PERSISTED_QUERY_NOT_FOUND")) with
            {
                Path =
                    "/graphql?extensions="
                    + Uri.EscapeDataString(
                        "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('a', 64) + "\"}}"
                    ),
            },
            RestGet(
                "id that is no UUID",
                Customers + "/not-a-uuid",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet(
                "id in braces",
                Customers + "/{" + Absent + "}",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet("unknown id", Customers + "/" + Absent, RestError404("customer_not_found")),
            Rest(
                "PATCH unknown id",
                HttpMethod.Patch,
                Customers + "/" + Absent,
                """{"name":"Ghost"}""",
                RestError404("customer_not_found")
            ),
            RestDelete("DELETE unknown id", Customers + "/" + Absent, RestError404("customer_not_found")),
            RestDelete(
                "DELETE with a stale If-Match",
                SeededCustomer,
                RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
            ) with
            {
                IfMatch = "\"9999\"",
            },
            Rest(
                "PATCH with a garbage If-Match",
                HttpMethod.Patch,
                SeededCustomer,
                """{"name":"Renamed"}""",
                RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
            ) with
            {
                IfMatch = "\"' OR 1=1 --\"",
            },
            Post(
                "createCustomerContact for an unknown customer",
                CreateContact,
                $"{{\"input\":{{\"customerId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
                PayloadErrors("createCustomerContact", ("NotFoundError", "customerId", null))
            ),
            Post(
                "updateCustomerContact unknown contact",
                UpdateContact,
                $"{{\"input\":{{\"contactId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
                PayloadErrors("updateCustomerContact", ("NotFoundError", "contactId", null))
            ),
            Post(
                "updateCustomerAssets unknown customer",
                UpdateAssets,
                "{\"input\":{\"customerId\":\"" + Absent + "\",\"unassign\":[\"" + SeededRows.Asset + "\"]}}",
                PayloadErrors("updateCustomerAssets", ("NotFoundError", "customerId", null))
            ),
            Post(
                "setCustomerCustomFieldValues unknown key",
                SetCustomFields,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"set\":[{\"key\":\"colour\",\"value\":{\"stringValue\":\"red\"}}]}}",
                PayloadErrors(
                    "setCustomerCustomFieldValues",
                    ("ValidationError", "set[0].key", "UNKNOWN_KEY")
                )
            ),
            RestGet("contact id that is no UUID", Contacts + "/not-a-uuid", invalidContactId),
            RestGet("contact id in braces", Contacts + "/{" + Absent + "}", invalidContactId),
            RestGet("contact id without hyphens", Contacts + "/" + Absent.Replace("-", ""), invalidContactId),
            Rest(
                "PATCH a contact id that is no UUID",
                HttpMethod.Patch,
                Contacts + "/not-a-uuid",
                """{"name":"Renamed"}""",
                invalidContactId
            ),
            RestGet(
                "contacts of a customer id that is no UUID",
                Customers + "/not-a-uuid/contacts",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet(
                "contact with both ids no UUIDs",
                Customers + "/x/contacts/y",
                RestError400("invalid_customer_id", "customerId")
            ),
            RestGet("unknown contact", Contacts + "/" + Absent, RestError404("contact_not_found")),
            Rest(
                "PATCH unknown contact",
                HttpMethod.Patch,
                Contacts + "/" + Absent,
                """{"name":"Ghost"}""",
                RestError404("contact_not_found")
            ),
            RestDelete("DELETE unknown contact", Contacts + "/" + Absent, RestError404("contact_not_found")),
            // The contact exists, but under another customer: its path must not reach it.
            RestGet("another customer's contact", OtherCustomersContact, RestError404("contact_not_found")),
            Rest(
                "PATCH another customer's contact",
                HttpMethod.Patch,
                OtherCustomersContact,
                """{"name":"Taken over"}""",
                RestError404("contact_not_found")
            ),
            RestDelete(
                "DELETE another customer's contact",
                OtherCustomersContact,
                RestError404("contact_not_found")
            ),
            RestGet(
                "contact under an unknown customer",
                Customers + "/" + Absent + "/contacts/" + SeededRows.Contact,
                RestError404("customer_not_found")
            ),
            RestGet(
                "contacts of an unknown customer",
                Customers + "/" + Absent + "/contacts",
                RestError404("customer_not_found")
            ),
            Rest(
                "contact create for an unknown customer",
                HttpMethod.Post,
                Customers + "/" + Absent + "/contacts",
                """{"name":"Ghost"}""",
                RestError404("customer_not_found")
            ),
            RestDelete(
                "DELETE a contact with a stale If-Match",
                SeededContact,
                RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
            ) with
            {
                IfMatch = "\"9999\"",
            },
            Rest(
                "PATCH a contact with a garbage If-Match",
                HttpMethod.Patch,
                SeededContact,
                """{"name":"Renamed"}""",
                RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
            ) with
            {
                IfMatch = "W/\"<script>\"",
            },
            RestGet(
                "assets of an unknown customer",
                Customers + "/" + Absent + "/assets",
                RestError404("customer_not_found")
            ),
            RestGet(
                "assets of a customer id in braces",
                Customers + "/{" + Absent + "}/assets",
                RestError400("invalid_customer_id", "customerId")
            ),
            Rest(
                "assign to an unknown customer",
                HttpMethod.Post,
                Customers + "/" + Absent + "/assets",
                "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}]}",
                RestError404("customer_not_found")
            ),
            Rest(
                "assign an unknown asset",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\"}]}",
                RestError404("asset_not_found", "assign[0].assetId")
            ),
            Rest(
                "unassign an unknown asset",
                HttpMethod.Post,
                CustomerAssets,
                "{\"unassign\":[\"" + Absent + "\"]}",
                RestError404("asset_not_found", "unassign[0]")
            ),
            Rest(
                "assetId that is no UUID",
                HttpMethod.Post,
                CustomerAssets,
                """{"assign":[{"assetId":"not-a-uuid","assignmentType":"RENTAL"}]}""",
                RestError400("constraint_violation", "assign[0].assetId")
            ),
            Rest(
                "assetId as a number",
                HttpMethod.Post,
                CustomerAssets,
                """{"assign":[{"assetId":12345,"assignmentType":"RENTAL"}]}""",
                RestError400("constraint_violation", "assign[0].assetId")
            ),
            Rest(
                "assign and unassign the same asset",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[{\"assetId\":\""
                    + SeededRows.Asset
                    + "\",\"assignmentType\":\"RENTAL\"}],\"unassign\":[\""
                    + SeededRows.Asset
                    + "\"]}",
                RestError400("constraint_violation", "unassign[0]")
            ),
            // Keys that read like the paths violations are named by: each is still named, and quoted, as given.
            Rest(
                "customFields keys that look like field paths",
                HttpMethod.Post,
                Customers,
                """{"name":"A","customFields":{"a":[1],"a[":2,"a[0]":3,"a[-1]":4,"a.b":5,"[":6,"]":7,".":8}}""",
                RestError400(
                    "constraint_violation",
                    "customFields.a",
                    "customFields.a[",
                    "customFields.a[0]",
                    "customFields.a[-1]",
                    "customFields.a.b",
                    "customFields.[",
                    "customFields.]",
                    "customFields.."
                )
            ),
            Rest(
                "customFields unknown key",
                HttpMethod.Post,
                Customers,
                """{"name":"A","customFields":{"colour":"red"}}""",
                RestError400("constraint_violation", "customFields.colour")
            ),
        ];
    }
}
