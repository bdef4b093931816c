using System.Net;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="WrongContentType"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] ContentTypeRows()
    {
        const string typename = """{"query":"{ __typename }"}""";
        var unsupported = Error("UNSUPPORTED_MEDIA_TYPE", HttpStatusCode.UnsupportedMediaType);
        var restUnsupported = RestError(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        var notAllowed = RestError(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        return
        [
            PostRaw("text/plain", typename, unsupported, "text/plain"),
            PostRaw("no Content-Type", typename, unsupported, null),
            PostRaw(
                "form-urlencoded",
                "query=%7B__typename%7D",
                unsupported,
                "application/x-www-form-urlencoded"
            ),
            PostRaw(
                "multipart/form-data",
                "--b\r\n\r\n{}\r\n--b--",
                unsupported,
                "multipart/form-data; boundary=b"
            ),
            PostRaw("application/graphql", "{ __typename }", unsupported, "application/graphql"),
            PostRaw("JSON in UTF-16", typename, unsupported, "application/json; charset=utf-16"),
            PostRaw(
                "Accept: application/xml",
                typename,
                Error("NOT_ACCEPTABLE", HttpStatusCode.NotAcceptable)
            ) with
            {
                Accept = "application/xml",
            },
            Get(
                "mutation over GET",
                "mutation { deleteCustomer(input: { customerId: \""
                    + SeededRows.Customer
                    + "\" }) { deletedCustomerId } }",
                null,
                Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
            ),
            BatchRaw("batch as text/plain", $"[{typename}]", unsupported) with
            {
                ContentType = "text/plain",
            },
            Rest("text/plain", HttpMethod.Post, Customers, """{"name":"A"}""", restUnsupported, "text/plain"),
            Rest("no Content-Type", HttpMethod.Post, Customers, """{"name":"A"}""", restUnsupported, null),
            Rest(
                "form-urlencoded",
                HttpMethod.Post,
                Customers,
                "name=A",
                restUnsupported,
                "application/x-www-form-urlencoded"
            ),
            Rest(
                "PATCH as XML",
                HttpMethod.Patch,
                SeededCustomer,
                "<name>A</name>",
                restUnsupported,
                "application/xml"
            ),
            Rest(
                "JSON in Latin-1",
                HttpMethod.Post,
                Customers,
                """{"name":"A"}""",
                restUnsupported,
                "application/json; charset=iso-8859-1"
            ),
            Get(
                "createCustomerContact over GET",
                "mutation { createCustomerContact(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", name: \"Via GET\" }) { contact { contactId } } }",
                null,
                Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
            ),
            Get(
                "updateCustomerAssets over GET",
                "mutation { updateCustomerAssets(input: { customerId: \""
                    + SeededRows.Customer
                    + "\", unassign: [\""
                    + SeededRows.Asset
                    + "\"] }) { customer { customerId } } }",
                null,
                Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
            ),
            // A preview field is opted into by a header; without it the field fails and nulls its customer.
            Post(
                "preview field without the TU-PREVIEW header",
                PreviewQuery,
                null,
                Error("PREVIEW_NOT_ENABLED", Ok)
            ),
            Rest(
                "contact create text/plain",
                HttpMethod.Post,
                Contacts,
                """{"name":"A"}""",
                restUnsupported,
                "text/plain"
            ),
            Rest(
                "contact create without Content-Type",
                HttpMethod.Post,
                Contacts,
                """{"name":"A"}""",
                restUnsupported,
                null
            ),
            Rest(
                "contact PATCH as XML",
                HttpMethod.Patch,
                SeededContact,
                "<name>A</name>",
                restUnsupported,
                "application/xml"
            ),
            Rest(
                "assets form-urlencoded",
                HttpMethod.Post,
                CustomerAssets,
                "unassign=" + SeededRows.Asset,
                restUnsupported,
                "application/x-www-form-urlencoded"
            ),
            Rest(
                "assets multipart/form-data",
                HttpMethod.Post,
                CustomerAssets,
                "--b\r\n\r\n{}\r\n--b--",
                restUnsupported,
                "multipart/form-data; boundary=b"
            ),
            Rest(
                "assets JSON in UTF-16",
                HttpMethod.Post,
                CustomerAssets,
                "{\"unassign\":[\"" + SeededRows.Asset + "\"]}",
                restUnsupported,
                "application/json; charset=utf-16"
            ),
            Rest("PUT a contact", HttpMethod.Put, SeededContact, """{"name":"A"}""", notAllowed),
            Rest("PATCH the contact list", HttpMethod.Patch, Contacts, """{"name":"A"}""", notAllowed),
            RestDelete("DELETE the customer's assets", CustomerAssets, notAllowed),
            Rest(
                "PUT the customer's assets",
                HttpMethod.Put,
                CustomerAssets,
                """{"unassign":[]}""",
                notAllowed
            ),
        ];
    }
}
