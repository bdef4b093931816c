using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomerGraph.Customers.Seeding;
using Microsoft.IdentityModel.Tokens;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The hostile-input catalogue: bad requests over GraphQL (POST, GET, batches) and the REST API (customers, their
/// contacts and their assets), each with the specific documented answer it must get, including requests without
/// valid credentials, operations over the cost limit and a preview field selected without its header.
/// </summary>
public static class HostileInputCatalogue
{
    public const string MalformedJson = "malformed JSON";
    public const string WrongContentType = "wrong content type or method";
    public const string InvalidUtf8 = "invalid UTF-8";
    public const string HugeBody = "10 MB bodies";
    public const string HugeLists = "huge variable lists and batches";
    public const string DeepNesting = "deep nesting";
    public const string AliasFlood = "alias floods";
    public const string IntrospectionLoop = "introspection loops";
    public const string SqlText = "SQL-looking strings";
    public const string ScriptText = "script-looking strings";
    public const string Overlong = "overlong strings";
    public const string BadIds = "bad ids and cursors";
    public const string PageSizes = "negative and enormous page sizes";
    public const string EnumGarbage = "enum garbage";
    public const string NullInNonNull = "null in non-null positions";
    public const string Authentication = "authentication";

    private const string Customers = "/customer/v1/customers";
    private const string SeededCustomer = Customers + "/" + SeededRows.Customer;
    private const string Contacts = SeededCustomer + "/contacts";
    private const string SeededContact = Contacts + "/" + SeededRows.Contact;
    private const string OtherCustomersContact =
        Customers + "/" + SeededRows.OtherCustomer + "/contacts/" + SeededRows.Contact;
    private const string CustomerAssets = SeededCustomer + "/assets";
    private const int TenMegabytes = 10 * 1024 * 1024;
    private const string Absent = "00000000-0000-4000-8000-000000000000";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode BadRequest = HttpStatusCode.BadRequest;

    // Before All: static fields initialize in order.
    private static readonly string[] CustomerTextFields =
    [
        "name",
        "description",
        "externalReference",
        "email",
        "phoneNumber",
        "website",
        "address.streetAddress",
        "address.postalCode",
        "address.city",
        "address.region",
        "address.country",
    ];

    private static readonly string[] ContactTextFields = ["name", "role", "email", "phoneNumber", "note"];

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. MalformedJsonCases(),
        .. ContentTypeCases(),
        .. InvalidUtf8Cases(),
        .. HugeBodyCases(),
        .. HugeListCases(),
        .. DeepNestingCases(),
        .. AliasFloodCases(),
        .. IntrospectionCases(),
        .. SqlCases(),
        .. ScriptCases(),
        .. OverlongCases(),
        .. BadIdCases(),
        .. PageSizeCases(),
        .. EnumCases(),
        .. NullCases(),
        .. AuthenticationCases(),
    ];

    public static HostileCase Find(string displayName) => All.Single(c => c.DisplayName == displayName);

    private static IEnumerable<HostileCase> MalformedJsonCases()
    {
        const string c = MalformedJson;
        yield return PostRaw(c, "truncated object", """{"query":"{ __typename }" """, Error("BAD_REQUEST"));
        yield return PostRaw(c, "trailing garbage", """{"query":"{ __typename }"} x""", Error("BAD_REQUEST"));
        yield return PostRaw(c, "single-quoted JSON", "{'query':'{ __typename }'}", Error("BAD_REQUEST"));
        yield return PostRaw(c, "empty body", "", Error("BAD_REQUEST"));
        yield return PostRaw(
            c,
            "a JSON string instead of an object",
            "\"{ __typename }\"",
            Error("BAD_REQUEST")
        );
        yield return PostRaw(c, "query is a number", """{"query":42}""", Error("BAD_REQUEST"));
        yield return PostRaw(
            c,
            "variables is a string",
            """{"query":"{ __typename }","variables":"{}"}""",
            Error("BAD_REQUEST")
        );
        yield return PostRaw(
            c,
            "comments in the JSON",
            """{"query":"{ __typename }" /* hi */}""",
            Error("BAD_REQUEST")
        );
        yield return Get(
            c,
            "GET variables that are not JSON",
            "{ __typename }",
            "{oops",
            Error("BAD_REQUEST")
        );
        yield return BatchRaw(c, "batch entry that is a number", """[1]""", Batch("BAD_REQUEST"));
        yield return Rest(
            c,
            "REST truncated object",
            HttpMethod.Post,
            Customers,
            """{"name":""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST array body",
            HttpMethod.Post,
            Customers,
            """[{"name":"A"}]""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST body null",
            HttpMethod.Post,
            Customers,
            "null",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST NaN",
            HttpMethod.Post,
            Customers,
            """{"name":"A","description":NaN}""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST PATCH with trailing garbage",
            HttpMethod.Patch,
            SeededCustomer,
            """{"name":"Renamed"} }""",
            RestError400("malformed_json")
        );
        yield return PostRaw(
            c,
            "createCustomerContact variables cut short",
            "{\"query\":"
                + JsonSerializer.Serialize(CreateContact)
                + ",\"variables\":{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"name\":",
            Error("BAD_REQUEST")
        );
        yield return PostRaw(
            c,
            "updateCustomerAssets variables with a trailing comma",
            "{\"query\":"
                + JsonSerializer.Serialize(UpdateAssets)
                + ",\"variables\":{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"unassign\":[\""
                + SeededRows.Asset
                + "\",]}}}",
            Error("BAD_REQUEST")
        );
        yield return Rest(
            c,
            "REST contact create cut short",
            HttpMethod.Post,
            Contacts,
            """{"name":"A","role":""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST contact create array body",
            HttpMethod.Post,
            Contacts,
            """[{"name":"A"}]""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST contact PATCH with trailing garbage",
            HttpMethod.Patch,
            SeededContact,
            """{"note":"x"} ]""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST contact PATCH body null",
            HttpMethod.Patch,
            SeededContact,
            "null",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets cut short",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\"",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets body a JSON string",
            HttpMethod.Post,
            CustomerAssets,
            "\"assign\"",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets single-quoted JSON",
            HttpMethod.Post,
            CustomerAssets,
            "{'unassign':['" + SeededRows.Asset + "']}",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets empty body",
            HttpMethod.Post,
            CustomerAssets,
            "",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets trailing comma in assign",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"},]}",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST customFields with a trailing comma",
            HttpMethod.Post,
            Customers,
            """{"name":"A","customFields":{"contractTier":"Gold",}}""",
            RestError400("malformed_json")
        );
        // Valid JSON, but which value counts is anyone's guess: the key is refused as given twice.
        yield return Rest(
            c,
            "REST customFields with a key given twice",
            HttpMethod.Post,
            Customers,
            """{"name":"A","customFields":{"creditLimit":1000,"creditLimit":2000}}""",
            RestError400("malformed_json")
        );
    }

    private static IEnumerable<HostileCase> ContentTypeCases()
    {
        const string c = WrongContentType;
        const string typename = """{"query":"{ __typename }"}""";
        var unsupported = Error("UNSUPPORTED_MEDIA_TYPE", HttpStatusCode.UnsupportedMediaType);
        yield return PostRaw(c, "text/plain", typename, unsupported, "text/plain");
        yield return PostRaw(c, "no Content-Type", typename, unsupported, null);
        yield return PostRaw(
            c,
            "form-urlencoded",
            "query=%7B__typename%7D",
            unsupported,
            "application/x-www-form-urlencoded"
        );
        yield return PostRaw(
            c,
            "multipart/form-data",
            "--b\r\n\r\n{}\r\n--b--",
            unsupported,
            "multipart/form-data; boundary=b"
        );
        yield return PostRaw(c, "application/graphql", "{ __typename }", unsupported, "application/graphql");
        yield return PostRaw(c, "JSON in UTF-16", typename, unsupported, "application/json; charset=utf-16");
        yield return PostRaw(
            c,
            "Accept: application/xml",
            typename,
            Error("NOT_ACCEPTABLE", HttpStatusCode.NotAcceptable)
        ) with
        {
            Accept = "application/xml",
        };
        yield return Get(
            c,
            "mutation over GET",
            "mutation { deleteCustomer(input: { customerId: \""
                + SeededRows.Customer
                + "\" }) { deletedCustomerId } }",
            null,
            Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
        );
        yield return BatchRaw(c, "batch as text/plain", $"[{typename}]", unsupported) with
        {
            ContentType = "text/plain",
        };
        var restUnsupported = RestError(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        yield return Rest(
            c,
            "REST text/plain",
            HttpMethod.Post,
            Customers,
            """{"name":"A"}""",
            restUnsupported,
            "text/plain"
        );
        yield return Rest(
            c,
            "REST no Content-Type",
            HttpMethod.Post,
            Customers,
            """{"name":"A"}""",
            restUnsupported,
            null
        );
        yield return Rest(
            c,
            "REST form-urlencoded",
            HttpMethod.Post,
            Customers,
            "name=A",
            restUnsupported,
            "application/x-www-form-urlencoded"
        );
        yield return Rest(
            c,
            "REST PATCH as XML",
            HttpMethod.Patch,
            SeededCustomer,
            "<name>A</name>",
            restUnsupported,
            "application/xml"
        );
        yield return Rest(
            c,
            "REST JSON in Latin-1",
            HttpMethod.Post,
            Customers,
            """{"name":"A"}""",
            restUnsupported,
            "application/json; charset=iso-8859-1"
        );
        yield return Get(
            c,
            "createCustomerContact over GET",
            "mutation { createCustomerContact(input: { customerId: \""
                + SeededRows.Customer
                + "\", name: \"Via GET\" }) { contact { contactId } } }",
            null,
            Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
        );
        yield return Get(
            c,
            "updateCustomerAssets over GET",
            "mutation { updateCustomerAssets(input: { customerId: \""
                + SeededRows.Customer
                + "\", unassign: [\""
                + SeededRows.Asset
                + "\"] }) { customer { customerId } } }",
            null,
            Error("OPERATION_NOT_SUPPORTED", HttpStatusCode.MethodNotAllowed)
        );
        // A preview field is opted into by a header; without it the field fails and nulls its customer.
        yield return Post(
            c,
            "preview field without the TU-PREVIEW header",
            PreviewQuery,
            null,
            Error("PREVIEW_NOT_ENABLED", Ok)
        );
        yield return Rest(
            c,
            "REST contact create text/plain",
            HttpMethod.Post,
            Contacts,
            """{"name":"A"}""",
            restUnsupported,
            "text/plain"
        );
        yield return Rest(
            c,
            "REST contact create without Content-Type",
            HttpMethod.Post,
            Contacts,
            """{"name":"A"}""",
            restUnsupported,
            null
        );
        yield return Rest(
            c,
            "REST contact PATCH as XML",
            HttpMethod.Patch,
            SeededContact,
            "<name>A</name>",
            restUnsupported,
            "application/xml"
        );
        yield return Rest(
            c,
            "REST assets form-urlencoded",
            HttpMethod.Post,
            CustomerAssets,
            "unassign=" + SeededRows.Asset,
            restUnsupported,
            "application/x-www-form-urlencoded"
        );
        yield return Rest(
            c,
            "REST assets multipart/form-data",
            HttpMethod.Post,
            CustomerAssets,
            "--b\r\n\r\n{}\r\n--b--",
            restUnsupported,
            "multipart/form-data; boundary=b"
        );
        yield return Rest(
            c,
            "REST assets JSON in UTF-16",
            HttpMethod.Post,
            CustomerAssets,
            "{\"unassign\":[\"" + SeededRows.Asset + "\"]}",
            restUnsupported,
            "application/json; charset=utf-16"
        );
        var notAllowed = RestError(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        yield return Rest(
            c,
            "REST PUT a contact",
            HttpMethod.Put,
            SeededContact,
            """{"name":"A"}""",
            notAllowed
        );
        yield return Rest(
            c,
            "REST PATCH the contact list",
            HttpMethod.Patch,
            Contacts,
            """{"name":"A"}""",
            notAllowed
        );
        yield return Rest(
            c,
            "REST DELETE the customer's assets",
            HttpMethod.Delete,
            CustomerAssets,
            null,
            notAllowed
        );
        yield return Rest(
            c,
            "REST PUT the customer's assets",
            HttpMethod.Put,
            CustomerAssets,
            """{"unassign":[]}""",
            notAllowed
        );
    }

    private static IEnumerable<HostileCase> InvalidUtf8Cases()
    {
        const string c = InvalidUtf8;
        yield return PostBytes(
            c,
            "0xFF inside the query",
            Utf8Json("""{"query":"{ __typename""", [0xFF], """ }"}"""),
            Error("BAD_REQUEST")
        );
        yield return PostBytes(
            c,
            "overlong encoding of '/'",
            Utf8Json("{\"query\":\"{ __typename }\",\"operationName\":\"", [0xC0, 0xAF], "\"}"),
            Error("BAD_REQUEST")
        );
        yield return PostBytes(
            c,
            "UTF-8-encoded surrogate",
            Utf8Json("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"", [0xED, 0xA0, 0x80], "\"}}"),
            Error("BAD_REQUEST")
        );
        yield return PostBytes(
            c,
            "truncated multi-byte sequence at the end",
            Utf8Json("""{"query":"{ __typename }"}""", [0xE2, 0x82], ""),
            Error("BAD_REQUEST")
        );
        yield return PostRaw(
            c,
            "escaped lone surrogate in the query",
            """{"query":"{ __typename } # \ud800"}""",
            Error("BAD_REQUEST")
        );
        // Variables are JSON, which may escape a lone surrogate; the engine reads it as graphql-js does.
        yield return Post(
            c,
            "escaped lone surrogate in a variable",
            "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
            """{"search":"\udc00"}""",
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return new HostileCase(
            c,
            "batch with 0xFE",
            Surface.GraphQLBatch,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Bytes(Utf8Json("[{\"query\":\"{ __typename }\"},{\"query\":\"", [0xFE], "\"}]")),
            Error("BAD_REQUEST")
        );
        yield return Get(
            c,
            "GET query of invalid percent-encoded bytes",
            "%FF%FE",
            null,
            Error("GRAPHQL_SYNTAX_ERROR"),
            encoded: true
        );
        yield return RestBytes(
            c,
            "REST 0xFF in the name",
            HttpMethod.Post,
            Customers,
            Utf8Json("""{"name":"A""", [0xFF], "\"}"),
            RestError400("malformed_json")
        );
        yield return RestBytes(
            c,
            "REST PATCH with an overlong encoding",
            HttpMethod.Patch,
            SeededCustomer,
            Utf8Json("{\"name\":\"", [0xC0, 0x80], "\"}"),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST escaped lone surrogate",
            HttpMethod.Post,
            Customers,
            """{"name":"\ud800"}""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST escaped lone surrogate in a key",
            HttpMethod.Post,
            Customers,
            """{"\ud800":"x","name":"A"}""",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST id of invalid percent-encoded bytes",
            HttpMethod.Get,
            Customers + "/%FF%FE",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST search of invalid percent-encoded bytes",
            HttpMethod.Get,
            Customers + "?search=%FF%C0",
            null,
            RestData("nothing matches", page => page.GetProperty("totalElements").GetInt32() == 0)
        );
        yield return PostBytes(
            c,
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
        );
        yield return PostBytes(
            c,
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
        );
        yield return RestBytes(
            c,
            "REST contact 0xFF in the name",
            HttpMethod.Post,
            Contacts,
            Utf8Json("{\"name\":\"A", [0xFF], "\"}"),
            RestError400("malformed_json")
        );
        yield return RestBytes(
            c,
            "REST contact PATCH with an overlong encoding in the note",
            HttpMethod.Patch,
            SeededContact,
            Utf8Json("{\"note\":\"", [0xC0, 0x80], "\"}"),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST contact escaped lone surrogate in the role",
            HttpMethod.Post,
            Contacts,
            """{"name":"A","role":"\udfff"}""",
            RestError400("malformed_json")
        );
        yield return RestBytes(
            c,
            "REST assets 0xFF in the note",
            HttpMethod.Post,
            CustomerAssets,
            Utf8Json(
                "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\",\"note\":\"",
                [0xFF],
                "\"}]}"
            ),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets escaped lone surrogate in an unassign id",
            HttpMethod.Post,
            CustomerAssets,
            """{"unassign":["\ud800"]}""",
            RestError400("malformed_json")
        );
        yield return RestBytes(
            c,
            "REST customFields key with 0xFE",
            HttpMethod.Post,
            Customers,
            Utf8Json("{\"name\":\"A\",\"customFields\":{\"", [0xFE], "\":1}}"),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST contact id of invalid percent-encoded bytes",
            HttpMethod.Get,
            Contacts + "/%FF%FE",
            null,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return Rest(
            c,
            "REST assets of a customer id of invalid percent-encoded bytes",
            HttpMethod.Get,
            Customers + "/%FF%FE/assets",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST contacts sorted by invalid percent-encoded bytes",
            HttpMethod.Get,
            Contacts + "?sort=%FF%C0",
            null,
            RestError400("constraint_violation", "sort")
        );
    }

    private static IEnumerable<HostileCase> HugeBodyCases()
    {
        const string c = HugeBody;
        var tooLarge = Error("REQUEST_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge);
        var restTooLarge = RestError(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        var query = RequestBody.Generated(
            "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"",
            (byte)'a',
            TenMegabytes,
            "\"}}"
        );
        yield return PostBody(c, "10 MB with Content-Length", query, tooLarge);
        yield return PostBody(
            c,
            "10 MB chunked",
            RequestBody.Generated(
                "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"",
                (byte)'a',
                TenMegabytes,
                "\"}}",
                chunked: true
            ),
            tooLarge
        );
        yield return PostBody(
            c,
            "10 MB of whitespace",
            RequestBody.Generated("""{"query":"{ __typename }" """, (byte)' ', TenMegabytes, "}"),
            tooLarge
        );
        yield return new HostileCase(
            c,
            "10 MB batch",
            Surface.GraphQLBatch,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Generated("[", (byte)' ', TenMegabytes, """{"query":"{ __typename }"}]"""),
            tooLarge
        );
        const string prefix = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"";
        yield return PostBody(
            c,
            "one byte over the 1 MB limit",
            RequestBody.Generated(prefix, (byte)'a', 1024 * 1024 + 1 - prefix.Length - 3, "\"}}"),
            tooLarge
        );
        yield return PostBody(
            c,
            "900 KB document",
            RequestBody.Generated("""{"query":"{ __typename """, (byte)' ', 900 * 1024, """}"}"""),
            Error("DOCUMENT_TOO_LARGE")
        );
        yield return RestBody(
            c,
            "REST 10 MB name",
            HttpMethod.Post,
            Customers,
            RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}"),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST 10 MB chunked",
            HttpMethod.Post,
            Customers,
            RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}", chunked: true),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST PATCH of 10 MB",
            HttpMethod.Patch,
            SeededCustomer,
            RequestBody.Generated("{\"description\":\"", (byte)'a', TenMegabytes, "\"}"),
            restTooLarge
        );
        yield return PostBody(
            c,
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
        );
        yield return PostBody(
            c,
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
        );
        yield return RestBody(
            c,
            "REST contact create 10 MB name",
            HttpMethod.Post,
            Contacts,
            RequestBody.Generated("{\"name\":\"", (byte)'a', TenMegabytes, "\"}"),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST contact PATCH 10 MB note chunked",
            HttpMethod.Patch,
            SeededContact,
            RequestBody.Generated("{\"note\":\"", (byte)'a', TenMegabytes, "\"}", chunked: true),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST assets 10 MB note",
            HttpMethod.Post,
            CustomerAssets,
            RequestBody.Generated(
                "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\",\"note\":\"",
                (byte)'a',
                TenMegabytes,
                "\"}]}"
            ),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST assets 10 MB of whitespace chunked",
            HttpMethod.Post,
            CustomerAssets,
            RequestBody.Generated("{\"unassign\":[", (byte)' ', TenMegabytes, "]}", chunked: true),
            restTooLarge
        );
        yield return RestBody(
            c,
            "REST customer 10 MB custom field value",
            HttpMethod.Post,
            Customers,
            RequestBody.Generated(
                "{\"name\":\"A\",\"customFields\":{\"contractTier\":\"",
                (byte)'a',
                TenMegabytes,
                "\"}}"
            ),
            restTooLarge
        );
    }

    private static IEnumerable<HostileCase> HugeListCases()
    {
        const string c = HugeLists;
        yield return Post(
            c,
            "100,000 ints for an Int variable",
            "query($first: Int) { customers(first: $first) { pageInfo { count } } }",
            "{\"first\":[" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "5,000 declared variables",
            "query("
                + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"$v{i}: Int "))
                + ") { __typename }",
            null,
            Error("MAX_TOKENS_EXCEEDED")
        );
        yield return Post(
            c,
            "1,000 unused variables",
            "query("
                + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"$v{i}: Int "))
                + ") { __typename }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "50,000 undeclared variables are ignored",
            "{ __typename }",
            "{" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"v{i}\":{i}")) + "}",
            GraphQLData("__typename answered", data => data.GetProperty("__typename").GetString() == "Query")
        );
        yield return Post(
            c,
            "30,000 garbage ids for nodes",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "{\"ids\":[" + string.Join(",", Enumerable.Range(0, 30_000).Select(i => $"\"x{i}\"")) + "]}",
            GraphQLData(
                "every node is null",
                data => data.GetProperty("nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null)
            )
        );
        yield return Post(
            c,
            "20,000 unknown customer ids in a filter",
            "query($ids: [ID!]) { customers(filters: { customerIds: $ids }) { pageInfo { count } } }",
            "{\"ids\":[" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"{Uuid(i)}\"")) + "]}",
            Error("BAD_USER_INPUT", Ok, "filters.customerIds")
        );
        yield return Post(
            c,
            "50,000 repeated customer types",
            "query($types: [CustomerType!]) { customers(filters: { types: $types }) { pageInfo { count } } }",
            "{\"types\":[" + string.Join(",", Enumerable.Repeat("\"OEM\"", 50_000)) + "]}",
            GraphQLData("the demo seed's OEMs", data => Count(data) > 0)
        );
        yield return Post(
            c,
            "20,000 unknown country codes",
            "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
            "{\"countries\":["
                + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"X{i}\""))
                + "]}",
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return Post(
            c,
            "50,000 repeated asset types",
            "query($types: [AssetType!]) { assets(filters: { assetTypes: $types }) { nodes { assetId } } }",
            "{\"types\":[" + string.Join(",", Enumerable.Repeat("\"MACHINE\"", 50_000)) + "]}",
            GraphQLData(
                "a page of assets",
                data => data.GetProperty("assets").GetProperty("nodes").ValueKind == JsonValueKind.Array
            )
        );
        yield return Post(
            c,
            "5,000 unknown assets to assign",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"assign\":["
                + string.Join(
                    ",",
                    Enumerable
                        .Range(1, 5_000)
                        .Select(i => $"{{\"assetId\":\"{Uuid(i)}\",\"assignmentType\":\"RENTAL\"}}")
                )
                + "]}}",
            PayloadErrors("updateCustomerAssets", ("ValidationError", "assign", "TOO_LONG"))
        );
        yield return Post(
            c,
            "1,000 unknown assets to unassign",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"unassign\":["
                + string.Join(",", Enumerable.Range(1, 1_000).Select(i => $"\"{Uuid(i)}\""))
                + "]}}",
            PayloadErrors("updateCustomerAssets", ("NotFoundError", "unassign[999]", null))
        );
        yield return Get(
            c,
            "GET with 400 garbage ids",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 400)) + "]}",
            GraphQLData("every node is null", data => data.GetProperty("nodes").GetArrayLength() == 400)
        );
        yield return Get(
            c,
            "GET with 20 KB of variables",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 5_000)) + "]}",
            KestrelRejection(HttpStatusCode.RequestUriTooLong)
        );
        yield return BatchRaw(c, "empty batch", "[]", Error("BAD_REQUEST"));
        yield return BatchRaw(
            c,
            "batch of 21",
            "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", 21)) + "]",
            Error("BATCH_TOO_LARGE")
        );
        yield return BatchRaw(
            c,
            "batch of 50,000",
            "[" + string.Join(",", Enumerable.Repeat("{}", 50_000)) + "]",
            Error("BATCH_TOO_LARGE")
        );
        yield return Rest(
            c,
            "REST 1,500 garbage types",
            HttpMethod.Get,
            Customers + "?type=" + string.Join(",", Enumerable.Repeat("X", 1_500)),
            null,
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST 1,500 repeated types",
            HttpMethod.Get,
            Customers + "?type=" + string.Join(",", Enumerable.Repeat("OEM", 1_500)),
            null,
            RestData("the demo seed's OEMs", page => page.GetProperty("totalElements").GetInt32() > 0)
        );
        yield return Rest(
            c,
            "REST 1,500 unknown country codes",
            HttpMethod.Get,
            Customers + "?country=" + string.Join(",", Enumerable.Range(0, 1_500).Select(i => $"X{i % 100}")),
            null,
            RestNothing()
        );
        yield return Rest(
            c,
            "REST query string of 20 KB",
            HttpMethod.Get,
            Customers + "?type=" + string.Join(",", Enumerable.Repeat("OEM", 5_000)),
            null,
            KestrelRejection(HttpStatusCode.RequestUriTooLong)
        );
        yield return Rest(
            c,
            "REST 1,000 sort keys",
            HttpMethod.Get,
            Customers + "?sort=" + string.Join(",", Enumerable.Repeat("name", 1_000)),
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Post(
            c,
            "5,000 unknown assets to unassign",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"unassign\":["
                + string.Join(",", Enumerable.Range(1, 5_000).Select(i => $"\"{Uuid(i)}\""))
                + "]}}",
            PayloadErrors("updateCustomerAssets", ("ValidationError", "unassign", "TOO_LONG"))
        );
        yield return Post(
            c,
            "5,000 unknown custom field keys",
            SetCustomFields,
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        customerId = SeededRows.Customer,
                        set = Enumerable
                            .Range(0, 5_000)
                            .Select(i => new { key = $"k{i}", value = new { booleanValue = true } }),
                    },
                }
            ),
            PayloadErrors(
                "setCustomerCustomFieldValues",
                ("ValidationError", "set[0].key", "UNKNOWN_KEY"),
                ("ValidationError", "set[4999].key", "UNKNOWN_KEY")
            )
        );
        yield return Rest(
            c,
            "REST assign 5,000 unknown assets",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":["
                + string.Join(
                    ",",
                    Enumerable
                        .Range(1, 5_000)
                        .Select(i => $"{{\"assetId\":\"{Uuid(i)}\",\"assignmentType\":\"RENTAL\"}}")
                )
                + "]}",
            RestError400("constraint_violation", "assign")
        );
        yield return Rest(
            c,
            "REST unassign 5,000 unknown assets",
            HttpMethod.Post,
            CustomerAssets,
            "{\"unassign\":["
                + string.Join(",", Enumerable.Range(1, 5_000).Select(i => $"\"{Uuid(i)}\""))
                + "]}",
            RestError400("constraint_violation", "unassign")
        );
        yield return Rest(
            c,
            "REST assign the seeded asset 1,001 times",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":["
                + string.Join(
                    ",",
                    Enumerable.Repeat(
                        "{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}",
                        1_001
                    )
                )
                + "]}",
            RestError400("constraint_violation", "assign")
        );
        yield return Rest(
            c,
            "REST assign the seeded asset 1,000 times",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":["
                + string.Join(
                    ",",
                    Enumerable.Repeat(
                        "{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}",
                        1_000
                    )
                )
                + "]}",
            RestError400("constraint_violation", "assign[1].assignmentType", "assign[999].assignmentType")
        );
        yield return Rest(
            c,
            "REST unassign 1,000 unknown assets",
            HttpMethod.Post,
            CustomerAssets,
            "{\"unassign\":["
                + string.Join(",", Enumerable.Range(1, 1_000).Select(i => $"\"{Uuid(i)}\""))
                + "]}",
            RestError(HttpStatusCode.NotFound, "asset_not_found", "unassign[0]", "unassign[999]")
        );
        yield return Rest(
            c,
            "REST unassign 5,000 ids that are no UUIDs",
            HttpMethod.Post,
            CustomerAssets,
            "{\"unassign\":[" + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"x{i}\"")) + "]}",
            RestError400("constraint_violation", "unassign[0]", "unassign[4999]")
        );
        yield return Rest(
            c,
            "REST assign 5,000 null entries",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[" + string.Join(",", Enumerable.Repeat("null", 5_000)) + "]}",
            RestError400("constraint_violation", "assign[0]", "assign[4999]")
        );
        yield return Rest(
            c,
            "REST contacts sorted by 1,000 keys",
            HttpMethod.Get,
            Contacts + "?sort=" + string.Join(",", Enumerable.Repeat("name", 1_000)),
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Rest(
            c,
            "REST assets of 1,500 garbage assignment types",
            HttpMethod.Get,
            CustomerAssets + "?assignmentType=" + string.Join(",", Enumerable.Repeat("X", 1_500)),
            null,
            RestError400("constraint_violation", "assignmentType")
        );
        yield return Rest(
            c,
            "REST assets of 1,000 repeated assignment types",
            HttpMethod.Get,
            CustomerAssets + "?assignmentType=" + string.Join(",", Enumerable.Repeat("RENTAL", 1_000)),
            null,
            RestData(
                "a page of the customer's rentals",
                page => page.GetProperty("content").ValueKind == JsonValueKind.Array
            )
        );
        yield return Rest(
            c,
            "REST customFields with 5,000 unknown keys",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(
                new
                {
                    name = "A",
                    customFields = Enumerable.Range(0, 5_000).ToDictionary(i => $"k{i}", i => i),
                }
            ),
            RestError400("constraint_violation", "customFields.k0", "customFields.k4999")
        );
        yield return Rest(
            c,
            "REST contacts query string of 20 KB",
            HttpMethod.Get,
            Contacts + "?sort=" + string.Join(",", Enumerable.Repeat("name", 5_000)),
            null,
            KestrelRejection(HttpStatusCode.RequestUriTooLong)
        );
    }

    private static IEnumerable<HostileCase> DeepNestingCases()
    {
        const string c = DeepNesting;
        var maxDepth = Error("MAX_DEPTH_EXCEEDED");
        yield return Post(c, "42 levels of selections", DeepCustomers(13), null, maxDepth);
        yield return Post(c, "600 levels of selections", DeepCustomers(200), null, maxDepth);
        yield return Post(
            c,
            "list literal nested 30,000 deep",
            "{ customers(filters: { countries: "
                + new string('[', 30_000)
                + new string(']', 30_000)
                + " }) { pageInfo { count } } }",
            null,
            maxDepth
        );
        yield return Post(
            c,
            "list literal nested 20 deep",
            "{ customers(filters: { countries: "
                + new string('[', 20)
                + "\"DK\""
                + new string(']', 20)
                + " }) { pageInfo { count } } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "variables nested 1,000 deep",
            "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
            "{\"countries\":" + new string('[', 1_000) + new string(']', 1_000) + "}",
            Error("BAD_REQUEST")
        );
        yield return Post(
            c,
            "variables nested 40 deep",
            "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
            "{\"countries\":" + new string('[', 40) + "\"DK\"" + new string(']', 40) + "}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(c, "200 fragments each one level deeper", FragmentChain(200), null, maxDepth);
        yield return Post(
            c,
            "fragment cycle",
            "{ customers { nodes { ...A } } } fragment A on Customer { contacts { nodes { customer { ...B } } } } fragment B on Customer { contacts { nodes { customer { ...A } } } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Get(c, "GET 42 levels of selections", DeepCustomers(13), null, maxDepth);
        yield return BatchRaw(
            c,
            "batch entry 42 levels deep",
            "[" + GraphQLBody(DeepCustomers(13), null) + "," + """{"query":"{ __typename }"}""" + "]",
            Batch("MAX_DEPTH_EXCEEDED", null)
        );
        yield return Rest(
            c,
            "REST body nested 10,000 deep",
            HttpMethod.Post,
            Customers,
            "{\"name\":\"A\",\"address\":"
                + string.Concat(Enumerable.Repeat("{\"a\":", 10_000))
                + "1"
                + new string('}', 10_001),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST object where the city goes",
            HttpMethod.Post,
            Customers,
            """{"name":"A","address":{"city":{"name":{"name":{"name":"Aarhus"}}}}}""",
            RestError400("constraint_violation", "address.city")
        );
        // Connections inside connections multiply their page sizes: refused by the cost limit before anything runs.
        var tooCostly = Error("QUERY_COMPLEXITY_REACHED");
        const string customersTimesContacts =
            "{ customers(first: 1000) { nodes { contacts(first: 1000) { nodes { name } } } } }";
        yield return Post(
            c,
            "customers × contacts past the cost limit",
            customersTimesContacts,
            null,
            tooCostly
        );
        yield return Post(
            c,
            "customer assets × asset customers past the cost limit",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { assets(first: 300) { nodes { asset { customers(first: 300) { nodes { assignmentType } } } } } } }",
            null,
            tooCostly
        );
        yield return Post(
            c,
            "assets × customers × contacts past the cost limit",
            "{ assets(first: 50) { nodes { customers(first: 50) { nodes { customer { contacts(first: 50) { nodes { name } } } } } } } }",
            null,
            tooCostly
        );
        yield return Get(
            c,
            "GET nested connections past the cost limit",
            customersTimesContacts,
            null,
            tooCostly
        );
        yield return BatchRaw(
            c,
            "batch entry of nested connections past the cost limit",
            "[" + GraphQLBody(customersTimesContacts, null) + "," + """{"query":"{ __typename }"}""" + "]",
            Batch("QUERY_COMPLEXITY_REACHED", null)
        );
        yield return Post(
            c,
            "createCustomerContact variables nested 1,000 deep",
            CreateContact,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"name\":"
                + new string('[', 1_000)
                + new string(']', 1_000)
                + "}}",
            Error("BAD_REQUEST")
        );
        yield return Rest(
            c,
            "REST contact body nested 10,000 deep",
            HttpMethod.Post,
            Contacts,
            "{\"name\":\"A\",\"note\":"
                + string.Concat(Enumerable.Repeat("{\"a\":", 10_000))
                + "1"
                + new string('}', 10_001),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST assets body nested 10,000 deep",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":" + new string('[', 10_000) + new string(']', 10_000) + "}",
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST customFields nested 10,000 deep",
            HttpMethod.Post,
            Customers,
            "{\"name\":\"A\",\"customFields\":"
                + string.Concat(Enumerable.Repeat("{\"a\":", 10_000))
                + "1"
                + new string('}', 10_001),
            RestError400("malformed_json")
        );
        yield return Rest(
            c,
            "REST custom field value nested 40 deep",
            HttpMethod.Post,
            Customers,
            "{\"name\":\"A\",\"customFields\":{\"creditLimit\":"
                + string.Concat(Enumerable.Repeat("{\"amount\":", 40))
                + "1"
                + new string('}', 40)
                + "}}",
            RestError400("constraint_violation", "customFields.creditLimit")
        );
        yield return Rest(
            c,
            "REST object where the contact name goes",
            HttpMethod.Post,
            Contacts,
            """{"name":{"first":{"first":"A"}}}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST object where the assetId goes",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":{\"id\":{\"id\":\""
                + SeededRows.Asset
                + "\"}},\"assignmentType\":\"RENTAL\"}]}",
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            c,
            "REST lists of lists where the note goes",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\""
                + SeededRows.Asset
                + "\",\"assignmentType\":\"RENTAL\",\"note\":[[[\"x\"]]]}]}",
            RestError400("constraint_violation", "assign[0].note")
        );
    }

    private static IEnumerable<HostileCase> AliasFloodCases()
    {
        const string c = AliasFlood;
        var tooMany = Error("MAX_FIELDS_EXCEEDED");
        yield return Post(
            c,
            "3,000 aliases of __typename",
            "{ " + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"a{i}: __typename ")) + "}",
            null,
            tooMany
        );
        yield return Post(
            c,
            "600 aliases of customers(first: 1000)",
            "{ "
                + string.Concat(
                    Enumerable.Range(0, 600).Select(i => $"c{i}: customers(first: 1000) {{ ...N }} ")
                )
                + "} fragment N on CustomerConnection { nodes { name email } }",
            null,
            tooMany
        );
        yield return Post(c, "fragments doubling 30 times", Doubling(30), null, tooMany);
        yield return Post(
            c,
            "1,050 aliased deletes of a real customer",
            "mutation($input: DeleteCustomerInput!) { "
                + string.Concat(
                    Enumerable
                        .Range(0, 1_050)
                        .Select(i => $"d{i}: deleteCustomer(input: $input) {{ deletedCustomerId }} ")
                )
                + "}",
            "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\"}}",
            tooMany
        );
        yield return Post(
            c,
            "1,000 repeated directives",
            "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1_000)) + "}",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "20,000 bare fields",
            "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}",
            null,
            Error("MAX_TOKENS_EXCEEDED")
        );
        yield return Get(c, "GET fragments doubling 30 times", Doubling(30), null, tooMany);
        yield return BatchRaw(
            c,
            "batch of 20 doubling fragments",
            "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(Doubling(30), null), 20)) + "]",
            Batch([.. Enumerable.Repeat("MAX_FIELDS_EXCEEDED", 20)])
        );
        // Aliases of costly fields: each alias is cheap to write and costs a full page to answer.
        var tooCostly = Error("QUERY_COMPLEXITY_REACHED");
        yield return Post(c, "60 aliases of customers(first: 1000)", CostlyAliases(60), null, tooCostly);
        yield return Post(
            c,
            "60 aliases of a customer's contacts(first: 1000)",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { "
                + string.Concat(
                    Enumerable
                        .Range(0, 60)
                        .Select(i => $"k{i}: contacts(first: 1000) {{ nodes {{ name email }} }} ")
                )
                + "} }",
            null,
            tooCostly
        );
        yield return Post(
            c,
            "100 aliases of nodes with 1,000 ids",
            "query($ids: [ID!]!) { "
                + string.Concat(Enumerable.Range(0, 100).Select(i => $"n{i}: nodes(ids: $ids) {{ id }} "))
                + "}",
            "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 1_000)) + "]}",
            tooCostly
        );
        // Had it run, each alias would have changed the seeded customer's assets.
        yield return Post(
            c,
            "100 aliased updateCustomerAssets each reading 1,000 assignments",
            "mutation($input: UpdateCustomerAssetsInput!) { "
                + string.Concat(
                    Enumerable
                        .Range(0, 100)
                        .Select(i =>
                            $"u{i}: updateCustomerAssets(input: $input) {{ customer {{ assets(first: 1000) {{ nodes {{ note }} }} }} }} "
                        )
                )
                + "}",
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"assign\":[{\"assetId\":\""
                + SeededRows.Asset
                + "\",\"assignmentType\":\"SERVICE\",\"note\":\"aliased\"}]}}",
            tooCostly
        );
        yield return Post(
            c,
            "100 aliased createCustomerContact each reading 1,000 contacts",
            "mutation($input: CreateCustomerContactInput!) { "
                + string.Concat(
                    Enumerable
                        .Range(0, 100)
                        .Select(i =>
                            $"k{i}: createCustomerContact(input: $input) {{ contact {{ customer {{ contacts(first: 1000) {{ nodes {{ name }} }} }} }} }} "
                        )
                )
                + "}",
            "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"name\":\"Aliased\"}}",
            tooCostly
        );
        yield return Get(c, "GET 60 aliases of customers(first: 1000)", CostlyAliases(60), null, tooCostly);
        yield return BatchRaw(
            c,
            "batch of 20 costly alias sets",
            "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(CostlyAliases(60), null), 20)) + "]",
            Batch([.. Enumerable.Repeat("QUERY_COMPLEXITY_REACHED", 20)])
        );
    }

    private static IEnumerable<HostileCase> IntrospectionCases()
    {
        const string c = IntrospectionLoop;
        var tooDeep = Error("INTROSPECTION_DEPTH_EXCEEDED");
        const string fieldsLoop =
            "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
        yield return Post(c, "fields of fields of fields", fieldsLoop, null, tooDeep);
        yield return Post(
            c,
            "ofType and fields",
            "{ __type(name: \"Customer\") { fields { type { ofType { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } } } }",
            null,
            tooDeep
        );
        yield return Post(
            c,
            "possibleTypes and interfaces",
            "{ __type(name: \"Node\") { possibleTypes { interfaces { possibleTypes { interfaces { possibleTypes { name } } } } } } }",
            null,
            tooDeep
        );
        yield return Post(
            c,
            "inputFields of inputFields",
            "{ __type(name: \"UpdateCustomerInput\") { inputFields { type { inputFields { type { inputFields { type { inputFields { name } } } } } } } } }",
            null,
            tooDeep
        );
        yield return Post(
            c,
            "the loop hidden in fragments",
            "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { fields { name } } } }",
            null,
            tooDeep
        );
        yield return Post(
            c,
            "ofType 40 deep",
            "{ __type(name: \"Customer\") "
                + string.Concat(Enumerable.Repeat("{ ofType ", 40))
                + "{ name }"
                + new string('}', 40)
                + " }",
            null,
            Error("MAX_DEPTH_EXCEEDED")
        );
        yield return Post(
            c,
            "700 aliases of __schema",
            "{ "
                + string.Concat(
                    Enumerable.Range(0, 700).Select(i => $"s{i}: __schema {{ types {{ name }} }} ")
                )
                + "}",
            null,
            Error("MAX_FIELDS_EXCEEDED")
        );
        yield return Post(
            c,
            "answered 200 under application/json",
            fieldsLoop,
            null,
            Error("INTROSPECTION_DEPTH_EXCEEDED", Ok)
        ) with
        {
            Accept = "application/json",
        };
        yield return Get(c, "GET fields of fields of fields", fieldsLoop, null, tooDeep);
        yield return BatchRaw(
            c,
            "batch of 20 loops",
            "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(fieldsLoop, null), 20)) + "]",
            Batch([.. Enumerable.Repeat("INTROSPECTION_DEPTH_EXCEEDED", 20)])
        );
    }

    private static IEnumerable<HostileCase> SqlCases()
    {
        const string c = SqlText;
        foreach (var hostile in EveryTextField(c, "'; DROP TABLE Customers; --"))
            yield return hostile;
        foreach (
            var (name, text) in new[]
            {
                ("search ' OR 1=1 --", "' OR 1=1 --"),
                ("search '; DROP TABLE Customers; --", "'; DROP TABLE Customers; --"),
                ("search UNION SELECT", "' UNION SELECT Id, Name FROM Accounts --"),
                ("search with LIKE wildcards %a%", "%a%"),
                ("search of a backslash", "\\"),
                ("search of a NUL character", "\0"),
            }
        )
            yield return Post(
                c,
                name,
                "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } nodes { customerId } } }",
                JsonSerializer.Serialize(new { search = text }),
                GraphQLData("nothing matches", data => Count(data) == 0)
            );
        yield return Post(
            c,
            "country filter DK' OR '1'='1",
            "{ customers(filters: { countries: [\"DK' OR '1'='1\"] }) { pageInfo { count } } }",
            null,
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return Post(
            c,
            "customer id 1' OR '1'='1",
            "{ customer(id: \"1' OR '1'='1\") { name } }",
            null,
            Error("BAD_USER_INPUT", Ok, "id")
        );
        yield return Post(
            c,
            "customerIds filter 1; DROP TABLE Customers",
            "{ customers(filters: { customerIds: [\"1; DROP TABLE Customers\"] }) { pageInfo { count } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "filters.customerIds[0]")
        );
        yield return Post(
            c,
            "cursor ' OR 1=1 --",
            "{ customers(after: \"' OR 1=1 --\") { pageInfo { count } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "after")
        );
        yield return Post(
            c,
            "node id ' OR 1=1 --",
            "{ node(id: \"' OR 1=1 --\") { id } }",
            null,
            GraphQLData("no node", data => data.GetProperty("node").ValueKind == JsonValueKind.Null)
        );
        yield return Post(
            c,
            "updateCustomer id '; DELETE FROM Customers; --",
            UpdateCustomer,
            """{"input":{"customerId":"'; DELETE FROM Customers; --","name":"Hacked"}}""",
            PayloadErrors("updateCustomer", ("NotFoundError", "customerId", null))
        );
        yield return Post(
            c,
            "deleteContact id ' OR ''='",
            "mutation { deleteCustomerContact(input: { contactId: \"' OR ''='\" }) { deletedContactId "
                + Errors("NotFoundError")
                + " } }",
            null,
            PayloadErrors("deleteCustomerContact", ("NotFoundError", "contactId", null))
        );
        yield return Post(
            c,
            "createCustomer Robert'); DROP TABLE Customers;-- with a bad email",
            CreateCustomer,
            """{"input":{"name":"Robert'); DROP TABLE Customers;--","email":"' OR 1=1 --"}}""",
            PayloadErrors("createCustomer", ("ValidationError", "email", "INVALID_EMAIL"))
        );
        yield return Get(
            c,
            "GET search ' OR 1=1 --",
            "{ customers(filters: { search: \"' OR 1=1 --\" }) { pageInfo { count } } }",
            null,
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return BatchRaw(
            c,
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
        );
        yield return Rest(
            c,
            "REST search ' OR 1=1 --",
            HttpMethod.Get,
            Customers + "?search=" + Uri.EscapeDataString("' OR 1=1 --"),
            null,
            RestNothing()
        );
        yield return Rest(
            c,
            "REST search %a%",
            HttpMethod.Get,
            Customers + "?search=%25a%25",
            null,
            RestNothing()
        );
        yield return Rest(
            c,
            "REST country DK' OR 1=1--",
            HttpMethod.Get,
            Customers + "?country=" + Uri.EscapeDataString("DK' OR 1=1--"),
            null,
            RestNothing()
        );
        yield return Rest(
            c,
            "REST id 1 OR 1=1",
            HttpMethod.Get,
            Customers + "/1%20OR%201%3D1",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST DELETE id ' OR '1'='1",
            HttpMethod.Delete,
            Customers + "/" + Uri.EscapeDataString("' OR '1'='1"),
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST sort name; DROP TABLE Customers",
            HttpMethod.Get,
            Customers + "?sort=" + Uri.EscapeDataString("name; DROP TABLE Customers"),
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Rest(
            c,
            "REST type OEM' OR '1'='1",
            HttpMethod.Get,
            Customers + "?type=" + Uri.EscapeDataString("OEM' OR '1'='1"),
            null,
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST page 1 OR 1=1",
            HttpMethod.Get,
            Customers + "?page=" + Uri.EscapeDataString("1 OR 1=1"),
            null,
            RestError400("constraint_violation", "page")
        );
        yield return Rest(
            c,
            "REST updatedSince with SQL",
            HttpMethod.Get,
            Customers + "?updatedSince=" + Uri.EscapeDataString("2020-01-01' OR 1=1 --"),
            null,
            RestError400("constraint_violation", "updatedSince")
        );
        yield return Rest(
            c,
            "REST PATCH with SQL in the name and email",
            HttpMethod.Patch,
            SeededCustomer,
            """{"name":"x'); DROP TABLE Customers;--","email":"' OR 1=1 --"}""",
            RestError400("constraint_violation", "email")
        );
    }

    private static IEnumerable<HostileCase> ScriptCases()
    {
        const string c = ScriptText;
        const string script = "<script>alert(1)</script>";
        foreach (var hostile in EveryTextField(c, script))
            yield return hostile;
        yield return Post(
            c,
            "search <script>",
            "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
            JsonSerializer.Serialize(new { search = script }),
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return Post(
            c,
            "search ${jndi:ldap}",
            "query($search: String) { customers(filters: { search: $search }) { pageInfo { count } } }",
            JsonSerializer.Serialize(new { search = "${jndi:ldap://127.0.0.1/a}" }),
            GraphQLData("nothing matches", data => Count(data) == 0)
        );
        yield return Post(
            c,
            "customer id <script>",
            "query($id: ID!) { customer(id: $id) { name } }",
            JsonSerializer.Serialize(new { id = script }),
            Error("BAD_USER_INPUT", Ok, "id")
        );
        yield return Post(
            c,
            "createCustomer with an HTML email",
            CreateCustomer,
            JsonSerializer.Serialize(
                new { input = new { name = script, email = "<img src=x onerror=alert(1)>" } }
            ),
            PayloadErrors("createCustomer", ("ValidationError", "email", "INVALID_EMAIL"))
        );
        yield return Post(
            c,
            "createCustomer with a javascript: website",
            CreateCustomer,
            JsonSerializer.Serialize(
                new { input = new { name = "A", website = "javascript:alert(document.cookie)" } }
            ),
            PayloadErrors("createCustomer", ("ValidationError", "website", "INVALID_URL"))
        );
        yield return Post(
            c,
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
        );
        yield return Post(
            c,
            "createCustomerContact for customer <svg onload>",
            CreateContact,
            JsonSerializer.Serialize(
                new { input = new { customerId = "<svg onload=alert(1)>", name = "A" } }
            ),
            PayloadErrors("createCustomerContact", ("NotFoundError", "customerId", null))
        );
        yield return new HostileCase(
            c,
            "operationName <script>",
            Surface.GraphQLPost,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Text(
                JsonSerializer.Serialize(new { query = "query A { __typename }", operationName = script })
            ),
            Error("OPERATION_NOT_FOUND")
        );
        yield return Get(
            c,
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
        };
        yield return Rest(
            c,
            "REST create with a javascript: website",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(new { name = script, website = "javascript:alert(1)" }),
            RestError400("constraint_violation", "website")
        );
        yield return Rest(
            c,
            "REST id <script>",
            HttpMethod.Get,
            Customers + "/" + Uri.EscapeDataString(script),
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST search <script>",
            HttpMethod.Get,
            Customers + "?search=" + Uri.EscapeDataString(script),
            null,
            RestNothing()
        );
        yield return Rest(
            c,
            "REST sort <script>",
            HttpMethod.Get,
            Customers + "?sort=" + Uri.EscapeDataString(script),
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Rest(
            c,
            "REST PATCH with an HTML email",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(new { email = "<img src=x onerror=alert(1)>@example.com" }),
            RestError400("constraint_violation", "email")
        );
    }

    private static IEnumerable<HostileCase> OverlongCases()
    {
        const string c = Overlong;
        var customerFields = new (string Field, string Value, string Code)[]
        {
            ("name", new string('N', 256), "TOO_LONG"),
            ("description", new string('D', 4_001), "TOO_LONG"),
            ("externalReference", new string('E', 256), "TOO_LONG"),
            ("email", new string('e', 250) + "@example.com", "INVALID_EMAIL"),
            ("phoneNumber", "+45" + new string('1', 100), "INVALID_PHONE_NUMBER"),
            ("website", "https://example.com/" + new string('w', 2_100), "TOO_LONG"),
            ("address.streetAddress", new string('S', 256), "TOO_LONG"),
            ("address.postalCode", new string('9', 33), "TOO_LONG"),
            ("address.city", new string('C', 256), "TOO_LONG"),
            ("address.region", new string('R', 256), "TOO_LONG"),
            ("address.country", new string('K', 100), "INVALID_COUNTRY"),
        };
        foreach (var (field, value, code) in customerFields)
        {
            var input = Nest(field, value, ("name", "Overlong ApS"));
            yield return Post(
                c,
                $"createCustomer {field}",
                CreateCustomer,
                JsonSerializer.Serialize(new { input }),
                PayloadErrors("createCustomer", ("ValidationError", field, code))
            );
            yield return Rest(
                c,
                $"REST create {field}",
                HttpMethod.Post,
                Customers,
                JsonSerializer.Serialize(input),
                RestError400("constraint_violation", field)
            );
        }
        var everyField = customerFields.Aggregate(
            new Dictionary<string, object?> { ["customerId"] = SeededRows.Customer },
            (input, f) => Nest(f.Field, f.Value, [.. input.Select(p => (p.Key, p.Value))])
        );
        yield return Post(
            c,
            "updateCustomer every text field",
            UpdateCustomer,
            JsonSerializer.Serialize(new { input = everyField }),
            PayloadErrors(
                "updateCustomer",
                [.. customerFields.Select(f => ("ValidationError", f.Field, (string?)f.Code))]
            )
        );
        everyField.Remove("customerId");
        yield return Rest(
            c,
            "REST PATCH every text field",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(everyField),
            RestError400("constraint_violation", [.. customerFields.Select(f => f.Field)])
        );
        yield return Post(
            c,
            "createCustomer name of 500,000 characters",
            CreateCustomer,
            JsonSerializer.Serialize(new { input = new { name = new string('N', 500_000) } }),
            PayloadErrors("createCustomer", ("ValidationError", "name", "TOO_LONG"))
        );
        var contactFields = new (string Field, string Value, string Code)[]
        {
            ("name", new string('N', 256), "TOO_LONG"),
            ("role", new string('R', 256), "TOO_LONG"),
            ("email", new string('e', 250) + "@example.com", "INVALID_EMAIL"),
            ("phoneNumber", "+45" + new string('1', 100), "INVALID_PHONE_NUMBER"),
            ("note", new string('T', 4_001), "TOO_LONG"),
        };
        foreach (var (field, value, code) in contactFields)
            yield return Post(
                c,
                $"createCustomerContact {field}",
                CreateContact,
                JsonSerializer.Serialize(
                    new
                    {
                        input = Nest(
                            field,
                            value,
                            ("customerId", SeededRows.Customer),
                            ("name", "Overlong Person")
                        ),
                    }
                ),
                PayloadErrors("createCustomerContact", ("ValidationError", field, code))
            );
        yield return Post(
            c,
            "updateCustomerContact every text field",
            "mutation($input: UpdateCustomerContactInput!) { updateCustomerContact(input: $input) { contact { contactId } "
                + Errors("NotFoundError", "ValidationError", "ConflictError")
                + " } }",
            JsonSerializer.Serialize(
                new
                {
                    input = contactFields.Aggregate(
                        new Dictionary<string, object?> { ["contactId"] = SeededRows.Contact },
                        (input, f) => Nest(f.Field, f.Value, [.. input.Select(p => (p.Key, p.Value))])
                    ),
                }
            ),
            PayloadErrors(
                "updateCustomerContact",
                [.. contactFields.Select(f => ("ValidationError", f.Field, (string?)f.Code))]
            )
        );
        yield return Post(
            c,
            "updateCustomerAssets note",
            "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { customerId } "
                + Errors("NotFoundError", "ValidationError", "ConflictError")
                + " } }",
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        customerId = SeededRows.Customer,
                        assign = new[]
                        {
                            new
                            {
                                assetId = SeededRows.Asset,
                                assignmentType = "SERVICE",
                                note = new string('T', 4_001),
                            },
                        },
                    },
                }
            ),
            PayloadErrors("updateCustomerAssets", ("ValidationError", "assign[0].note", "TOO_LONG"))
        );
        yield return Post(
            c,
            "createCustomFieldDefinition title and key",
            "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { key } "
                + Errors("ValidationError", "ConflictError")
                + " } }",
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        key = "k" + new string('k', 64),
                        title = new string('T', 256),
                        type = "STRING",
                    },
                }
            ),
            PayloadErrors(
                "createCustomFieldDefinition",
                ("ValidationError", "title", "TOO_LONG"),
                ("ValidationError", "key", "INVALID_VALUE")
            )
        );
        yield return Post(
            c,
            "cursor of 3,000 characters",
            "query($after: Cursor) { customers(after: $after) { pageInfo { count } } }",
            JsonSerializer.Serialize(new { after = new string('A', 3_000) }),
            Error("BAD_USER_INPUT")
        );
        yield return Rest(
            c,
            "REST id of 5,000 characters",
            HttpMethod.Get,
            Customers + "/" + new string('7', 5_000),
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        foreach (var (field, value, _) in contactFields)
            yield return Rest(
                c,
                $"REST contact create {field}",
                HttpMethod.Post,
                Contacts,
                JsonSerializer.Serialize(Nest(field, value, ("name", "Overlong Person"))),
                RestError400("constraint_violation", field)
            );
        yield return Rest(
            c,
            "REST contact PATCH every text field",
            HttpMethod.Patch,
            SeededContact,
            JsonSerializer.Serialize(contactFields.ToDictionary(f => f.Field, f => f.Value)),
            RestError400("constraint_violation", [.. contactFields.Select(f => f.Field)])
        );
        yield return Rest(
            c,
            "REST contact name of 500,000 characters",
            HttpMethod.Post,
            Contacts,
            JsonSerializer.Serialize(new { name = new string('N', 500_000) }),
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST assets note of 4,001 characters",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(
                new
                {
                    assign = new[]
                    {
                        new
                        {
                            assetId = SeededRows.Asset,
                            assignmentType = "SERVICE",
                            note = new string('T', 4_001),
                        },
                    },
                }
            ),
            RestError400("constraint_violation", "assign[0].note")
        );
        yield return Post(
            c,
            "updateCustomerAssets note of 500,000 characters",
            UpdateAssets,
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        customerId = SeededRows.Customer,
                        assign = new[]
                        {
                            new
                            {
                                assetId = SeededRows.Asset,
                                assignmentType = "SERVICE",
                                note = new string('T', 500_000),
                            },
                        },
                    },
                }
            ),
            PayloadErrors("updateCustomerAssets", ("ValidationError", "assign[0].note", "TOO_LONG"))
        );
        yield return Rest(
            c,
            "REST contact id of 5,000 characters",
            HttpMethod.Get,
            Contacts + "/" + new string('7', 5_000),
            null,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return Rest(
            c,
            "REST assets of a customer id of 5,000 characters",
            HttpMethod.Get,
            Customers + "/" + new string('7', 5_000) + "/assets",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        var hugeKey = new string('k', 100_000);
        yield return Rest(
            c,
            "REST customFields key of 100,000 characters",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(
                new { name = "A", customFields = new Dictionary<string, object> { [hugeKey] = 1 } }
            ),
            RestError400("constraint_violation", "customFields." + hugeKey)
        );
        yield return Rest(
            c,
            "REST custom field value of 500,000 characters",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(new { customFields = new { contractTier = new string('G', 500_000) } }),
            RestError400("constraint_violation", "customFields.contractTier")
        );
        yield return Post(
            c,
            "setCustomerCustomFieldValues key of 100,000 characters",
            SetCustomFields,
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        customerId = SeededRows.Customer,
                        set = new[] { new { key = hugeKey, value = new { numberValue = 1 } } },
                    },
                }
            ),
            PayloadErrors("setCustomerCustomFieldValues", ("ValidationError", "set[0].key", "UNKNOWN_KEY"))
        );
        // Many code names, none of them this preview's.
        yield return Post(
            c,
            "TU-PREVIEW header of 8 KB",
            PreviewQuery,
            null,
            Error("PREVIEW_NOT_ENABLED", Ok)
        ) with
        {
            Headers = [("TU-PREVIEW", string.Join(",", Enumerable.Repeat("custom-fieldz", 600)))],
        };
    }

    private static IEnumerable<HostileCase> BadIdCases()
    {
        const string c = BadIds;
        yield return Post(
            c,
            "customer id that is no UUID",
            "{ customer(id: \"not-a-uuid\") { name } }",
            null,
            Error("BAD_USER_INPUT", Ok, "id")
        );
        yield return Post(
            c,
            "customer id as a number",
            "{ customer(id: 123) { name } }",
            null,
            Error("BAD_USER_INPUT", Ok, "id")
        );
        yield return Post(
            c,
            "customer id as a float",
            "{ customer(id: 1.5) { name } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "unknown customer id",
            $"{{ customer(id: \"{Absent}\") {{ name }} }}",
            null,
            GraphQLData("no customer", data => data.GetProperty("customer").ValueKind == JsonValueKind.Null)
        );
        yield return Post(
            c,
            "global id of a forged type",
            $"{{ node(id: \"{Convert.ToBase64String(Encoding.UTF8.GetBytes("Account:" + Absent))}\") {{ id }} }}",
            null,
            GraphQLData("no node", data => data.GetProperty("node").ValueKind == JsonValueKind.Null)
        );
        yield return Post(
            c,
            "garbage global ids",
            "{ nodes(ids: [\"\", \"%%%\", \"Q3VzdG9tZXI6\", \"" + new string('A', 5_000) + "\"]) { id } }",
            null,
            GraphQLData(
                "every node is null",
                data => data.GetProperty("nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null)
            )
        );
        yield return Post(
            c,
            "cursor that is base64 of garbage",
            "{ customers(after: \"bm90LWEtY3Vyc29y\") { pageInfo { count } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "after")
        );
        yield return Post(
            c,
            "name cursor on a list sorted by creation",
            $"{{ customers(sort: {{ by: CREATED_AT }}, before: \"{Cursor($"n|{Absent}|Acme")}\") {{ pageInfo {{ count }} }} }}",
            null,
            Error("BAD_USER_INPUT", Ok, "before")
        );
        yield return Post(
            c,
            "cursor with ticks beyond the calendar",
            $"{{ customers(sort: {{ by: UPDATED_AT }}, after: \"{Cursor($"u|{Absent}|3155378976000000000")}\") {{ pageInfo {{ count }} }} }}",
            null,
            Error("BAD_USER_INPUT", Ok, "after")
        );
        yield return Post(
            c,
            "garbage contacts cursor",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { name contacts(after: \"!!\") { nodes { name } } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "after")
        );
        yield return Post(
            c,
            "cursor as a number",
            "{ customers(after: 5) { pageInfo { count } } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "updateCustomer unknown id",
            UpdateCustomer,
            $"{{\"input\":{{\"customerId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
            PayloadErrors("updateCustomer", ("NotFoundError", "customerId", null))
        );
        yield return Post(
            c,
            "deleteCustomer stale version",
            "mutation { deleteCustomer(input: { customerId: \""
                + SeededRows.Customer
                + "\", expectedVersion: 9999 }) { deletedCustomerId "
                + Errors("NotFoundError", "ConflictError")
                + " } }",
            null,
            PayloadErrors("deleteCustomer", ("ConflictError", "expectedVersion", "VERSION_CONFLICT"))
        );
        yield return Post(
            c,
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
        );
        yield return new HostileCase(
            c,
            "documentId with a path",
            Surface.GraphQLPost,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Text("""{"documentId":"../../../etc/passwd"}"""),
            Error("PERSISTED_QUERY_NOT_FOUND")
        );
        yield return PostRaw(
            c,
            "persisted query hash that is SQL",
            """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"' OR 1=1 --"}}}""",
            Error("BAD_REQUEST")
        );
        yield return Get(
            c,
            "GET unknown persisted query hash",
            "",
            null,
            Error("PERSISTED_QUERY_NOT_FOUND")
        ) with
        {
            Path =
                "/graphql?extensions="
                + Uri.EscapeDataString(
                    "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('a', 64) + "\"}}"
                ),
        };
        yield return Rest(
            c,
            "REST id that is no UUID",
            HttpMethod.Get,
            Customers + "/not-a-uuid",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST id in braces",
            HttpMethod.Get,
            Customers + "/{" + Absent + "}",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST unknown id",
            HttpMethod.Get,
            Customers + "/" + Absent,
            null,
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST PATCH unknown id",
            HttpMethod.Patch,
            Customers + "/" + Absent,
            """{"name":"Ghost"}""",
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST DELETE unknown id",
            HttpMethod.Delete,
            Customers + "/" + Absent,
            null,
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST DELETE with a stale If-Match",
            HttpMethod.Delete,
            SeededCustomer,
            null,
            RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
        ) with
        {
            IfMatch = "\"9999\"",
        };
        yield return Rest(
            c,
            "REST PATCH with a garbage If-Match",
            HttpMethod.Patch,
            SeededCustomer,
            """{"name":"Renamed"}""",
            RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
        ) with
        {
            IfMatch = "\"' OR 1=1 --\"",
        };
        yield return Post(
            c,
            "createCustomerContact for an unknown customer",
            CreateContact,
            $"{{\"input\":{{\"customerId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
            PayloadErrors("createCustomerContact", ("NotFoundError", "customerId", null))
        );
        yield return Post(
            c,
            "updateCustomerContact unknown contact",
            UpdateContact,
            $"{{\"input\":{{\"contactId\":\"{Absent}\",\"name\":\"Ghost\"}}}}",
            PayloadErrors("updateCustomerContact", ("NotFoundError", "contactId", null))
        );
        yield return Post(
            c,
            "updateCustomerAssets unknown customer",
            UpdateAssets,
            "{\"input\":{\"customerId\":\"" + Absent + "\",\"unassign\":[\"" + SeededRows.Asset + "\"]}}",
            PayloadErrors("updateCustomerAssets", ("NotFoundError", "customerId", null))
        );
        yield return Post(
            c,
            "setCustomerCustomFieldValues unknown key",
            SetCustomFields,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"set\":[{\"key\":\"colour\",\"value\":{\"stringValue\":\"red\"}}]}}",
            PayloadErrors("setCustomerCustomFieldValues", ("ValidationError", "set[0].key", "UNKNOWN_KEY"))
        );
        var invalidContactId = RestError400("invalid_contact_id", "contactId");
        yield return Rest(
            c,
            "REST contact id that is no UUID",
            HttpMethod.Get,
            Contacts + "/not-a-uuid",
            null,
            invalidContactId
        );
        yield return Rest(
            c,
            "REST contact id in braces",
            HttpMethod.Get,
            Contacts + "/{" + Absent + "}",
            null,
            invalidContactId
        );
        yield return Rest(
            c,
            "REST contact id without hyphens",
            HttpMethod.Get,
            Contacts + "/" + Absent.Replace("-", ""),
            null,
            invalidContactId
        );
        yield return Rest(
            c,
            "REST PATCH a contact id that is no UUID",
            HttpMethod.Patch,
            Contacts + "/not-a-uuid",
            """{"name":"Renamed"}""",
            invalidContactId
        );
        yield return Rest(
            c,
            "REST contacts of a customer id that is no UUID",
            HttpMethod.Get,
            Customers + "/not-a-uuid/contacts",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST contact with both ids no UUIDs",
            HttpMethod.Get,
            Customers + "/x/contacts/y",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST unknown contact",
            HttpMethod.Get,
            Contacts + "/" + Absent,
            null,
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        yield return Rest(
            c,
            "REST PATCH unknown contact",
            HttpMethod.Patch,
            Contacts + "/" + Absent,
            """{"name":"Ghost"}""",
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        yield return Rest(
            c,
            "REST DELETE unknown contact",
            HttpMethod.Delete,
            Contacts + "/" + Absent,
            null,
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        // The contact exists, but under another customer: its path must not reach it.
        yield return Rest(
            c,
            "REST another customer's contact",
            HttpMethod.Get,
            OtherCustomersContact,
            null,
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        yield return Rest(
            c,
            "REST PATCH another customer's contact",
            HttpMethod.Patch,
            OtherCustomersContact,
            """{"name":"Taken over"}""",
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        yield return Rest(
            c,
            "REST DELETE another customer's contact",
            HttpMethod.Delete,
            OtherCustomersContact,
            null,
            RestError(HttpStatusCode.NotFound, "contact_not_found")
        );
        yield return Rest(
            c,
            "REST contact under an unknown customer",
            HttpMethod.Get,
            Customers + "/" + Absent + "/contacts/" + SeededRows.Contact,
            null,
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST contacts of an unknown customer",
            HttpMethod.Get,
            Customers + "/" + Absent + "/contacts",
            null,
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST contact create for an unknown customer",
            HttpMethod.Post,
            Customers + "/" + Absent + "/contacts",
            """{"name":"Ghost"}""",
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST DELETE a contact with a stale If-Match",
            HttpMethod.Delete,
            SeededContact,
            null,
            RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
        ) with
        {
            IfMatch = "\"9999\"",
        };
        yield return Rest(
            c,
            "REST PATCH a contact with a garbage If-Match",
            HttpMethod.Patch,
            SeededContact,
            """{"name":"Renamed"}""",
            RestError(HttpStatusCode.PreconditionFailed, "version_conflict")
        ) with
        {
            IfMatch = "W/\"<script>\"",
        };
        yield return Rest(
            c,
            "REST assets of an unknown customer",
            HttpMethod.Get,
            Customers + "/" + Absent + "/assets",
            null,
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST assets of a customer id in braces",
            HttpMethod.Get,
            Customers + "/{" + Absent + "}/assets",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            c,
            "REST assign to an unknown customer",
            HttpMethod.Post,
            Customers + "/" + Absent + "/assets",
            "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}]}",
            RestError(HttpStatusCode.NotFound, "customer_not_found")
        );
        yield return Rest(
            c,
            "REST assign an unknown asset",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\"" + Absent + "\",\"assignmentType\":\"RENTAL\"}]}",
            RestError(HttpStatusCode.NotFound, "asset_not_found", "assign[0].assetId")
        );
        yield return Rest(
            c,
            "REST unassign an unknown asset",
            HttpMethod.Post,
            CustomerAssets,
            "{\"unassign\":[\"" + Absent + "\"]}",
            RestError(HttpStatusCode.NotFound, "asset_not_found", "unassign[0]")
        );
        yield return Rest(
            c,
            "REST assetId that is no UUID",
            HttpMethod.Post,
            CustomerAssets,
            """{"assign":[{"assetId":"not-a-uuid","assignmentType":"RENTAL"}]}""",
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            c,
            "REST assetId as a number",
            HttpMethod.Post,
            CustomerAssets,
            """{"assign":[{"assetId":12345,"assignmentType":"RENTAL"}]}""",
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            c,
            "REST assign and unassign the same asset",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\""
                + SeededRows.Asset
                + "\",\"assignmentType\":\"RENTAL\"}],\"unassign\":[\""
                + SeededRows.Asset
                + "\"]}",
            RestError400("constraint_violation", "unassign[0]")
        );
        // Keys that read like the paths violations are named by: each is still named, and quoted, as given.
        yield return Rest(
            c,
            "REST customFields keys that look like field paths",
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
        );
        yield return Rest(
            c,
            "REST customFields unknown key",
            HttpMethod.Post,
            Customers,
            """{"name":"A","customFields":{"colour":"red"}}""",
            RestError400("constraint_violation", "customFields.colour")
        );
    }

    private static IEnumerable<HostileCase> PageSizeCases()
    {
        const string c = PageSizes;
        foreach (
            var (name, arguments, field) in new[]
            {
                ("first: -1", "first: -1", "first"),
                ("first: 1001", "first: 1001", "first"),
                ("first: 2147483647", "first: 2147483647", "first"),
                ("last: -5", "last: -5", "last"),
                ("first and last together", "first: 5, last: 5", "first"),
            }
        )
            yield return Post(
                c,
                name,
                $"{{ customers({arguments}) {{ pageInfo {{ count }} }} }}",
                null,
                Error("BAD_USER_INPUT", Ok, field)
            );
        yield return Post(
            c,
            "first: 2147483648",
            "{ customers(first: 2147483648) { pageInfo { count } } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        yield return Post(
            c,
            "first: 1e100",
            "{ customers(first: 1e100) { pageInfo { count } } }",
            null,
            Error("GRAPHQL_VALIDATION_FAILED")
        );
        foreach (
            var (name, value) in new[]
            {
                ("variable first 99999999999999999999", "99999999999999999999"),
                ("variable first -2147483649", "-2147483649"),
                ("variable first \"10\"", "\"10\""),
                ("variable first 2.5", "2.5"),
            }
        )
            yield return Post(
                c,
                name,
                "query($first: Int) { customers(first: $first) { pageInfo { count } } }",
                $"{{\"first\":{value}}}",
                Error("BAD_USER_INPUT")
            );
        yield return Post(
            c,
            "nested contacts(first: -1)",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { name contacts(first: -1) { nodes { name } } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "first")
        );
        yield return Post(
            c,
            "assets(first: 100000)",
            "{ assets(first: 100000) { nodes { name } } }",
            null,
            Error("QUERY_COMPLEXITY_REACHED")
        );
        yield return Get(
            c,
            "GET first: -1",
            "{ customers(first: -1) { pageInfo { count } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "first")
        );
        foreach (
            var (query, field) in new[]
            {
                ("size=-1", "size"),
                ("size=0", "size"),
                ("size=1001", "size"),
                ("size=2147483648", "size"),
                ("size=1e3", "size"),
                ("page=-1", "page"),
                ("page=99999999999999999999", "page"),
            }
        )
            yield return Rest(
                c,
                $"REST {query}",
                HttpMethod.Get,
                $"{Customers}?{query}",
                null,
                RestError400("constraint_violation", field)
            );
        yield return Rest(
            c,
            "REST page=2147483647&size=1000",
            HttpMethod.Get,
            Customers + "?page=2147483647&size=1000",
            null,
            RestData(
                "an empty page past the end",
                page =>
                    page.GetProperty("content").GetArrayLength() == 0
                    && page.GetProperty("totalElements").GetInt32() > 0
            )
        );
        yield return Post(
            c,
            "customer assets(first: -1)",
            "{ customer(id: \"" + SeededRows.Customer + "\") { name assets(first: -1) { nodes { note } } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "first")
        );
        yield return Post(
            c,
            "customer contacts(last: 1001)",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { name contacts(last: 1001) { nodes { name } } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "last")
        );
        yield return Post(
            c,
            "asset customers(first: 2000)",
            "{ asset(id: \"" + SeededRows.Asset + "\") { name customers(first: 2000) { nodes { note } } } }",
            null,
            Error("BAD_USER_INPUT", Ok, "first")
        );
        foreach (var (list, path) in new[] { ("contacts", Contacts), ("assets", CustomerAssets) })
        {
            foreach (
                var (query, field) in new[]
                {
                    ("size=-1", "size"),
                    ("size=0", "size"),
                    ("size=1001", "size"),
                    ("size=2147483648", "size"),
                    ("size=1e3", "size"),
                    ("page=-1", "page"),
                    ("page=99999999999999999999", "page"),
                }
            )
                yield return Rest(
                    c,
                    $"REST {list} {query}",
                    HttpMethod.Get,
                    $"{path}?{query}",
                    null,
                    RestError400("constraint_violation", field)
                );
            yield return Rest(
                c,
                $"REST {list} page=2147483647&size=1000",
                HttpMethod.Get,
                path + "?page=2147483647&size=1000",
                null,
                RestData(
                    "an empty page past the end",
                    page =>
                        page.GetProperty("content").GetArrayLength() == 0
                        && page.GetProperty("number").GetInt32() == int.MaxValue
                )
            );
        }
    }

    private static IEnumerable<HostileCase> EnumCases()
    {
        const string c = EnumGarbage;
        var invalid = Error("GRAPHQL_VALIDATION_FAILED");
        yield return Post(
            c,
            "unknown customer type",
            "{ customers(filters: { types: [WHOLESALER] }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "string for an enum",
            "{ customers(sort: { by: \"NAME\" }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "lower-case enum",
            "{ customers(sort: { direction: desc }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "true for an enum",
            "{ customers(sort: { by: true }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "unknown contact type",
            "mutation { createCustomerContact(input: { customerId: \""
                + SeededRows.Customer
                + "\", name: \"A\", type: PRESIDENT }) { contact { name } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "unknown assignment type",
            "mutation { updateCustomerAssets(input: { customerId: \""
                + SeededRows.Customer
                + "\", assign: [{ assetId: \""
                + SeededRows.Asset
                + "\", assignmentType: LEASE }] }) { customer { name } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "unknown custom field entity type",
            "{ customFieldDefinitions(entityType: ASSET) { key } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "variable sort by name; DROP TABLE",
            "query($sort: CustomerSort) { customers(sort: $sort) { pageInfo { count } } }",
            """{"sort":{"by":"NAME; DROP TABLE Customers"}}""",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable types with a number",
            "query($types: [CustomerType!]) { customers(filters: { types: $types }) { pageInfo { count } } }",
            """{"types":["OEM",7]}""",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "createCustomer type in lower case",
            CreateCustomer,
            """{"input":{"name":"A","type":"dealer"}}""",
            Error("BAD_USER_INPUT")
        );
        yield return Get(
            c,
            "GET unknown customer type",
            "{ customers(filters: { types: [WHOLESALER] }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Rest(
            c,
            "REST create type in lower case",
            HttpMethod.Post,
            Customers,
            """{"name":"A","type":"dealer"}""",
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST create type with a trailing space",
            HttpMethod.Post,
            Customers,
            """{"name":"A","type":"OEM "}""",
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST create type as a number",
            HttpMethod.Post,
            Customers,
            """{"name":"A","type":3}""",
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST PATCH unknown type",
            HttpMethod.Patch,
            SeededCustomer,
            """{"type":"WHOLESALER"}""",
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST list type=oem",
            HttpMethod.Get,
            Customers + "?type=oem",
            null,
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST sort=-NAME",
            HttpMethod.Get,
            Customers + "?sort=-NAME",
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Post(
            c,
            "unknown assignment type filter",
            "{ customer(id: \""
                + SeededRows.Customer
                + "\") { assets(assignmentTypes: [LEASE]) { nodes { note } } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "variable assignment type in lower case",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"assign\":[{\"assetId\":\""
                + SeededRows.Asset
                + "\",\"assignmentType\":\"rental\"}]}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "custom field value of two kinds at once",
            SetCustomFields,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"set\":[{\"key\":\"creditLimit\",\"value\":{\"numberValue\":1,\"stringValue\":\"1\"}}]}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "custom field text for a monetary field",
            SetCustomFields,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"set\":[{\"key\":\"creditLimit\",\"value\":{\"stringValue\":\"lots\"}}]}}",
            PayloadErrors(
                "setCustomerCustomFieldValues",
                ("ValidationError", "set[0].value", "INVALID_VALUE")
            )
        );
        foreach (
            var (name, type) in new (string, object)[]
            {
                ("LEASE", "LEASE"),
                ("in lower case", "rental"),
                ("with a trailing space", "RENTAL "),
                ("as a number", 1),
                ("as a list", new[] { "RENTAL" }),
            }
        )
            yield return Rest(
                c,
                $"REST assignment type {name}",
                HttpMethod.Post,
                CustomerAssets,
                JsonSerializer.Serialize(
                    new { assign = new[] { new { assetId = SeededRows.Asset, assignmentType = type } } }
                ),
                RestError400("constraint_violation", "assign[0].assignmentType")
            );
        yield return Rest(
            c,
            "REST contact create type PRESIDENT",
            HttpMethod.Post,
            Contacts,
            """{"name":"A","type":"PRESIDENT"}""",
            RestError400("constraint_violation", "type")
        );
        yield return Rest(
            c,
            "REST contact PATCH type as a number",
            HttpMethod.Patch,
            SeededContact,
            """{"type":2}""",
            RestError400("constraint_violation", "type")
        );
        foreach (
            var (list, path, sort) in new[]
            {
                ("contacts", Contacts, "-NAME"),
                ("contacts", Contacts, "assignedAt"),
                ("contacts", Contacts, "name,-name"),
                ("contacts", Contacts, "--name"),
                ("assets", CustomerAssets, "name"),
                ("assets", CustomerAssets, "--assignedAt"),
                ("assets", CustomerAssets, "assignedAt,-assignedAt"),
            }
        )
            yield return Rest(
                c,
                $"REST {list} sort={sort}",
                HttpMethod.Get,
                path + "?sort=" + Uri.EscapeDataString(sort),
                null,
                RestError400("constraint_violation", "sort")
            );
        yield return Rest(
            c,
            "REST assets assignmentType=rental",
            HttpMethod.Get,
            CustomerAssets + "?assignmentType=rental",
            null,
            RestError400("constraint_violation", "assignmentType")
        );
        foreach (
            var (name, value, field) in new[]
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
            }
        )
            yield return Rest(
                c,
                $"REST customFields {name}",
                HttpMethod.Post,
                Customers,
                "{\"name\":\"A\",\"customFields\":" + value + "}",
                RestError400("constraint_violation", field)
            );
    }

    private static IEnumerable<HostileCase> NullCases()
    {
        const string c = NullInNonNull;
        var invalid = Error("GRAPHQL_VALIDATION_FAILED");
        yield return Post(c, "customer(id: null)", "{ customer(id: null) { name } }", null, invalid);
        yield return Post(c, "customer without id", "{ customer { name } }", null, invalid);
        yield return Post(
            c,
            "createCustomer(input: null)",
            "mutation { createCustomer(input: null) { customer { name } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "createCustomer name: null",
            "mutation { createCustomer(input: { name: null }) { customer { name } } }",
            null,
            invalid
        );
        yield return Post(c, "nodes(ids: [null])", "{ nodes(ids: [null]) { id } }", null, invalid);
        yield return Post(
            c,
            "sort by: null",
            "{ customers(sort: { by: null }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "types: [null]",
            "{ customers(filters: { types: [null] }) { pageInfo { count } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "variable id null",
            "query($id: ID!) { customer(id: $id) { name } }",
            """{"id":null}""",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable id missing",
            "query($id: ID!) { customer(id: $id) { name } }",
            "{}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable name null",
            CreateCustomer,
            """{"input":{"name":null}}""",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable input without name",
            CreateCustomer,
            """{"input":{"email":"a@example.com"}}""",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable assignment type null",
            "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { name } } }",
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"assign\":[{\"assetId\":\""
                + SeededRows.Asset
                + "\",\"assignmentType\":null}]}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable ids [null]",
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            """{"ids":[null]}""",
            Error("BAD_USER_INPUT")
        );
        yield return Get(
            c,
            "GET variable id null",
            "query($id: ID!) { customer(id: $id) { name } }",
            """{"id":null}""",
            Error("BAD_USER_INPUT")
        );
        yield return BatchRaw(
            c,
            "batch entry with a null id",
            "["
                + GraphQLBody("query($id: ID!) { customer(id: $id) { name } }", """{"id":null}""")
                + ","
                + """{"query":"{ __typename }"}"""
                + "]",
            Batch("BAD_USER_INPUT", null)
        );
        yield return Rest(
            c,
            "REST create name null",
            HttpMethod.Post,
            Customers,
            """{"name":null}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST create without name",
            HttpMethod.Post,
            Customers,
            """{"email":"a@example.com"}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST PATCH name null",
            HttpMethod.Patch,
            SeededCustomer,
            """{"name":null}""",
            RestError400("constraint_violation", "name")
        );
        yield return Post(
            c,
            "variable contact name null",
            CreateContact,
            "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"name\":null}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable assign entry null",
            UpdateAssets,
            "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"assign\":[null]}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "variable assetId null",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"assign\":[{\"assetId\":null,\"assignmentType\":\"RENTAL\"}]}}",
            Error("BAD_USER_INPUT")
        );
        yield return Post(
            c,
            "unassign: [null]",
            "mutation { updateCustomerAssets(input: { customerId: \""
                + SeededRows.Customer
                + "\", unassign: [null] }) { customer { name } } }",
            null,
            invalid
        );
        yield return Post(
            c,
            "updateCustomerContact contactId: null",
            "mutation { updateCustomerContact(input: { contactId: null, name: \"A\" }) { contact { name } } }",
            null,
            invalid
        );
        yield return Rest(
            c,
            "REST contact create name null",
            HttpMethod.Post,
            Contacts,
            """{"name":null,"role":"Buyer"}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST contact create without name",
            HttpMethod.Post,
            Contacts,
            """{"email":"a@example.com"}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST contact PATCH name null",
            HttpMethod.Patch,
            SeededContact,
            """{"name":null}""",
            RestError400("constraint_violation", "name")
        );
        yield return Rest(
            c,
            "REST assign entry null",
            HttpMethod.Post,
            CustomerAssets,
            """{"assign":[null]}""",
            RestError400("constraint_violation", "assign[0]")
        );
        yield return Rest(
            c,
            "REST assetId null",
            HttpMethod.Post,
            CustomerAssets,
            """{"assign":[{"assetId":null,"assignmentType":"RENTAL"}]}""",
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            c,
            "REST assignmentType null",
            HttpMethod.Post,
            CustomerAssets,
            "{\"assign\":[{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":null}]}",
            RestError400("constraint_violation", "assign[0].assignmentType")
        );
        yield return Rest(
            c,
            "REST empty assign entry",
            HttpMethod.Post,
            CustomerAssets,
            """{"assign":[{}]}""",
            RestError400("constraint_violation", "assign[0].assetId", "assign[0].assignmentType")
        );
        yield return Rest(
            c,
            "REST unassign [null]",
            HttpMethod.Post,
            CustomerAssets,
            """{"unassign":[null]}""",
            RestError400("constraint_violation", "unassign[0]")
        );
    }

    private static IEnumerable<HostileCase> AuthenticationCases()
    {
        const string c = Authentication;
        var now = DateTimeOffset.UtcNow;
        var account = DemoSeed.DemoAccountId.ToString("D");
        // The claims of a valid token as text, with the raw JSON of its expiry.
        string Claims(string exp) =>
            $"{{\"iss\":\"{TestTokens.Issuer}\",\"aud\":\"{TestTokens.Audience}\",\"sub\":\"test-user\",\"{TestTokens.AccountClaim}\":\"{account}\",\"exp\":{exp}}}";
        var validClaims = Claims(now.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        const string hs256 = """{"alg":"HS256","typ":"JWT"}""";
        var credentials = new (string Name, string? Header)[]
        {
            ("no Authorization header", ""),
            ("Basic credentials", "Basic " + Convert.ToBase64String("admin:admin"u8)),
            ("Bearer without a token", "Bearer"),
            ("Bearer with garbage", "Bearer not.a.jwt"),
            (
                "an expired token",
                Bearer(t =>
                    (t.IssuedAt, t.NotBefore, t.Expires) = (
                        now.UtcDateTime.AddHours(-2),
                        now.UtcDateTime.AddHours(-2),
                        now.UtcDateTime.AddMinutes(-5)
                    )
                )
            ),
            // A day ahead, so a slow run cannot reach the not-before before the case is sent; the expiry follows it,
            // so only the not-before is wrong.
            (
                "a token not valid yet",
                Bearer(t =>
                    (t.NotBefore, t.Expires) = (
                        now.UtcDateTime.AddDays(1),
                        now.UtcDateTime.AddDays(1).AddHours(1)
                    )
                )
            ),
            ("a token without expiry", Bearer(t => t.Expires = null)),
            ("another issuer", Bearer(t => t.Issuer = "https://issuer.elsewhere.test")),
            ("another audience", Bearer(t => t.Audience = "another-api")),
            (
                "a signature by another key",
                Bearer(t =>
                    t.SigningCredentials = TestTokens.SigningWith(
                        Convert.ToBase64String(SHA256.HashData("another key"u8))
                    )
                )
            ),
            ("alg: none", Bearer(t => t.SigningCredentials = null)),
            (
                "alg: none with the signature of the real key",
                "Bearer " + RawToken("""{"alg":"none","typ":"JWT"}""", validClaims)
            ),
            (
                "the signature cut off",
                "Bearer " + string.Join('.', TestTokens.For(DemoSeed.DemoAccountId).Split('.')[..2]) + "."
            ),
            ("a changed payload under the original signature", "Bearer " + Tampered()),
            ("no account claim", Bearer(t => t.Claims.Remove(TestTokens.AccountClaim))),
            (
                "an account claim that is no UUID",
                Bearer(t => t.Claims[TestTokens.AccountClaim] = "' OR 1=1 --")
            ),
            (
                "the empty UUID as account",
                Bearer(t => t.Claims[TestTokens.AccountClaim] = Guid.Empty.ToString("D"))
            ),
            ("an expiry that is text", "Bearer " + RawToken(hs256, Claims("\"tomorrow\""))),
            ("an expiry beyond any calendar", "Bearer " + RawToken(hs256, Claims("1e400"))),
            ("a payload that is no JSON object", "Bearer " + RawToken(hs256, "[1,2,3]")),
            ("a header that is no JSON", "Bearer " + RawToken("{alg:HS256", validClaims)),
            (
                "a kid that is a path",
                "Bearer "
                    + RawToken(
                        """{"alg":"HS256","typ":"JWT","kid":"../../../../etc/passwd"}""",
                        validClaims,
                        key: SHA256.HashData("another key"u8)
                    )
            ),
            (
                "five parts like an encrypted token",
                "Bearer "
                    + string.Join(
                        '.',
                        Enumerable.Repeat(Base64Url.EncodeToString("""{"alg":"dir","enc":"A256GCM"}"""u8), 5)
                    )
            ),
            ("a token of 24 KB", "Bearer " + new string('A', 24 * 1024)),
            ("the valid token twice", Bearer() + ", " + Bearer()),
        };
        foreach (var (name, header) in credentials)
            yield return Post(
                c,
                name,
                "{ customers(first: 1) { pageInfo { count } } }",
                null,
                Unauthenticated()
            ) with
            {
                Authorization = header,
            };
        // Kestrel refuses headers over its 32 KB limit before any authentication runs.
        var hugeHeader = "Bearer " + new string('A', 100 * 1024);
        yield return Get(
            c,
            "GET with an Authorization header of 100 KB",
            "{ __typename }",
            null,
            KestrelRejection(HttpStatusCode.RequestHeaderFieldsTooLarge)
        ) with
        {
            Authorization = hugeHeader,
        };
        yield return Get(c, "GET without a token", "{ __typename }", null, Unauthenticated()) with
        {
            Authorization = "",
        };
        yield return Get(
            c,
            "GET with the token in the query string",
            "{ __typename }",
            null,
            Unauthenticated()
        ) with
        {
            Path =
                "/graphql?query="
                + Uri.EscapeDataString("{ __typename }")
                + "&access_token="
                + TestTokens.For(DemoSeed.DemoAccountId),
            Authorization = "",
        };
        yield return BatchRaw(
            c,
            "batch without a token",
            """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""",
            Unauthenticated()
        ) with
        {
            Authorization = "",
        };
        yield return Post(
            c,
            "mutation with an expired token",
            UpdateAssets,
            "{\"input\":{\"customerId\":\""
                + SeededRows.Customer
                + "\",\"unassign\":[\""
                + SeededRows.Asset
                + "\"]}}",
            Unauthenticated()
        ) with
        {
            Authorization = credentials.Single(x => x.Name == "an expired token").Header,
        };
        // Every REST endpoint, each refusing one kind of bad credentials.
        var restEndpoints = new (HttpMethod Method, string Path, string? Body)[]
        {
            (HttpMethod.Get, Customers, null),
            (HttpMethod.Post, Customers, """{"name":"Intruder ApS"}"""),
            (HttpMethod.Get, SeededCustomer, null),
            (HttpMethod.Patch, SeededCustomer, """{"name":"Taken over"}"""),
            (HttpMethod.Delete, SeededCustomer, null),
            (HttpMethod.Get, Contacts, null),
            (HttpMethod.Post, Contacts, """{"name":"Intruder"}"""),
            (HttpMethod.Get, SeededContact, null),
            (HttpMethod.Patch, SeededContact, """{"name":"Taken over"}"""),
            (HttpMethod.Delete, SeededContact, null),
            (HttpMethod.Get, CustomerAssets, null),
            (HttpMethod.Post, CustomerAssets, "{\"unassign\":[\"" + SeededRows.Asset + "\"]}"),
        };
        for (var index = 0; index < credentials.Length; index++)
        {
            var (method, path, body) = restEndpoints[index % restEndpoints.Length];
            var (name, header) = credentials[index];
            yield return Rest(
                c,
                $"REST {method} {RestLabel(path)}: {name}",
                method,
                path,
                body,
                Unauthenticated()
            ) with
            {
                Authorization = header,
            };
        }
        foreach (
            var (method, path, body) in restEndpoints.Where(e =>
                e.Method == HttpMethod.Delete || e.Method == HttpMethod.Post
            )
        )
            yield return Rest(
                c,
                $"REST {method} {RestLabel(path)} without a token",
                method,
                path,
                body,
                Unauthenticated()
            ) with
            {
                Authorization = "",
            };
        yield return Rest(
            c,
            "REST an Authorization header of 100 KB",
            HttpMethod.Get,
            Contacts,
            null,
            KestrelRejection(HttpStatusCode.RequestHeaderFieldsTooLarge)
        ) with
        {
            Authorization = hugeHeader,
        };
        yield return Rest(
            c,
            "REST the token in the query string",
            HttpMethod.Get,
            CustomerAssets + "?access_token=" + TestTokens.For(DemoSeed.DemoAccountId),
            null,
            Unauthenticated()
        ) with
        {
            Authorization = "",
        };
    }

    /// <summary>A REST path for a case name: its resource, without the seeded ids.</summary>
    private static string RestLabel(string path) =>
        path == Customers ? "customers"
        : path == SeededCustomer ? "a customer"
        : path == Contacts ? "contacts"
        : path == SeededContact ? "a contact"
        : "assets";

    /// <summary>An Authorization header with a token for the demo account, changed by <paramref name="change"/>.</summary>
    private static string Bearer(Action<SecurityTokenDescriptor>? change = null) =>
        "Bearer " + TestTokens.For(DemoSeed.DemoAccountId, change);

    /// <summary>
    /// A JWT of exactly this header and payload text, signed with HMAC-SHA256 under the hosts' key (or
    /// <paramref name="key"/>), so only what the text says is wrong.
    /// </summary>
    private static string RawToken(string header, string payload, byte[]? key = null)
    {
        var signed =
            Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header))
            + "."
            + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var signature = HMACSHA256.HashData(
            key ?? Convert.FromBase64String(TestTokens.SigningKey),
            Encoding.ASCII.GetBytes(signed)
        );
        return signed + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>A valid token whose payload was swapped for another account's, keeping the original signature.</summary>
    private static string Tampered()
    {
        var parts = TestTokens.For(DemoSeed.DemoAccountId).Split('.');
        var other = TestTokens.For(Guid.Parse(Absent)).Split('.');
        return $"{parts[0]}.{other[1]}.{parts[2]}";
    }

    /// <summary>
    /// <paramref name="text"/> in every text field of the customer and contact inputs, in the assignment note, as a
    /// custom field key and option, in the preview header and in every path id and list parameter of the contacts and
    /// assets endpoints: the fields with a format refuse it, so nothing is stored, and the free-text fields carry it
    /// to the rules unharmed.
    /// </summary>
    private static IEnumerable<HostileCase> EveryTextField(string category, string text)
    {
        (string, string, string?)[] customerErrors =
        [
            ("ValidationError", "email", "INVALID_EMAIL"),
            ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER"),
            ("ValidationError", "website", "INVALID_URL"),
            ("ValidationError", "address.country", "INVALID_COUNTRY"),
        ];
        var customer = CustomerTextFields.Aggregate(
            new Dictionary<string, object?>(),
            (input, field) => Nest(field, text, [.. input.Select(p => (p.Key, p.Value))])
        );
        yield return Post(
            category,
            "createCustomer every text field",
            CreateCustomer,
            JsonSerializer.Serialize(new { input = customer }),
            PayloadErrors("createCustomer", customerErrors)
        );
        yield return Rest(
            category,
            "REST create every text field",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(customer),
            RestError400("constraint_violation", "email", "phoneNumber", "website", "address.country")
        );
        yield return Rest(
            category,
            "REST PATCH every text field",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(customer),
            RestError400("constraint_violation", "email", "phoneNumber", "website", "address.country")
        );
        customer["customerId"] = SeededRows.Customer;
        yield return Post(
            category,
            "updateCustomer every text field",
            UpdateCustomer,
            JsonSerializer.Serialize(new { input = customer }),
            PayloadErrors("updateCustomer", customerErrors)
        );
        var contact = ContactTextFields.ToDictionary(field => field, object? (_) => text);
        contact["customerId"] = SeededRows.Customer;
        yield return Post(
            category,
            "createCustomerContact every text field",
            CreateContact,
            JsonSerializer.Serialize(new { input = contact }),
            PayloadErrors(
                "createCustomerContact",
                ("ValidationError", "email", "INVALID_EMAIL"),
                ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER")
            )
        );
        contact.Remove("customerId");
        yield return Rest(
            category,
            "REST contact create every text field",
            HttpMethod.Post,
            Contacts,
            JsonSerializer.Serialize(contact),
            RestError400("constraint_violation", "email", "phoneNumber")
        );
        yield return Rest(
            category,
            "REST contact PATCH every text field",
            HttpMethod.Patch,
            SeededContact,
            JsonSerializer.Serialize(contact),
            RestError400("constraint_violation", "email", "phoneNumber")
        );
        contact["contactId"] = SeededRows.Contact;
        yield return Post(
            category,
            "updateCustomerContact every text field",
            UpdateContact,
            JsonSerializer.Serialize(new { input = contact }),
            PayloadErrors(
                "updateCustomerContact",
                ("ValidationError", "email", "INVALID_EMAIL"),
                ("ValidationError", "phoneNumber", "INVALID_PHONE_NUMBER")
            )
        );
        // The note is free text: an unknown asset beside it refuses the change.
        var assign = new[]
        {
            new
            {
                assetId = Absent,
                assignmentType = "RENTAL",
                note = text,
            },
        };
        yield return Rest(
            category,
            "REST assets note beside an unknown asset",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(new { assign }),
            RestError(HttpStatusCode.NotFound, "asset_not_found", "assign[0].assetId")
        );
        yield return Post(
            category,
            "updateCustomerAssets note beside an unknown asset",
            UpdateAssets,
            JsonSerializer.Serialize(new { input = new { customerId = SeededRows.Customer, assign } }),
            PayloadErrors("updateCustomerAssets", ("NotFoundError", "assign[0].assetId", null))
        );
        yield return Rest(
            category,
            "REST customFields key",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(
                new { name = "A", customFields = new Dictionary<string, object> { [text] = 1 } }
            ),
            RestError400("constraint_violation", "customFields." + text)
        );
        yield return Rest(
            category,
            "REST customFields dropdown option",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(new { customFields = new { contractTier = text } }),
            RestError400("constraint_violation", "customFields.contractTier")
        );
        yield return Post(
            category,
            "setCustomerCustomFieldValues key and option",
            SetCustomFields,
            JsonSerializer.Serialize(
                new
                {
                    input = new
                    {
                        customerId = SeededRows.Customer,
                        set = new object[]
                        {
                            new { key = text, value = new { booleanValue = true } },
                            new { key = "contractTier", value = new { selectedOptions = new[] { text } } },
                        },
                    },
                }
            ),
            PayloadErrors(
                "setCustomerCustomFieldValues",
                ("ValidationError", "set[0].key", "UNKNOWN_KEY"),
                ("ValidationError", "set[1].value", "INVALID_VALUE")
            )
        );
        yield return Post(
            category,
            "TU-PREVIEW header",
            PreviewQuery,
            null,
            Error("PREVIEW_NOT_ENABLED", Ok)
        ) with
        {
            Headers = [("TU-PREVIEW", text)],
        };
        var escaped = Uri.EscapeDataString(text);
        yield return Rest(
            category,
            "REST contact id",
            HttpMethod.Get,
            Contacts + "/" + escaped,
            null,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return Rest(
            category,
            "REST contact DELETE id",
            HttpMethod.Delete,
            Contacts + "/" + escaped,
            null,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return Rest(
            category,
            "REST assets of customer id",
            HttpMethod.Get,
            Customers + "/" + escaped + "/assets",
            null,
            RestError400("invalid_customer_id", "customerId")
        );
        yield return Rest(
            category,
            "REST contacts sort",
            HttpMethod.Get,
            Contacts + "?sort=" + escaped,
            null,
            RestError400("constraint_violation", "sort")
        );
        yield return Rest(
            category,
            "REST assets assignmentType filter",
            HttpMethod.Get,
            CustomerAssets + "?assignmentType=" + escaped,
            null,
            RestError400("constraint_violation", "assignmentType")
        );
        yield return Rest(
            category,
            "REST assign with it as the assetId",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(
                new { assign = new[] { new { assetId = text, assignmentType = "RENTAL" } } }
            ),
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            category,
            "REST assign with it as the assignmentType",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(
                new { assign = new[] { new { assetId = SeededRows.Asset, assignmentType = text } } }
            ),
            RestError400("constraint_violation", "assign[0].assignmentType")
        );
        yield return Rest(
            category,
            "REST unassign it",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(new { unassign = new[] { text } }),
            RestError400("constraint_violation", "unassign[0]")
        );
    }

    private const string CreateCustomer =
        "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { customerId } errors { __typename ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string UpdateCustomer =
        "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { customerId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string UpdateAssets =
        "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { customerId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string UpdateContact =
        "mutation($input: UpdateCustomerContactInput!) { updateCustomerContact(input: $input) { contact { contactId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string SetCustomFields =
        "mutation($input: SetCustomerCustomFieldValuesInput!) { setCustomerCustomFieldValues(input: $input) { customer { customerId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } } } }";

    /// <summary>The preview field <c>Customer.customFields</c>, which needs <c>TU-PREVIEW: custom-fields</c>.</summary>
    private const string PreviewQuery =
        "{ customer(id: \"" + SeededRows.Customer + "\") { name customFields { key } } }";

    private const string CreateContact =
        "mutation($input: CreateCustomerContactInput!) { createCustomerContact(input: $input) { contact { contactId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } } } }";

    /// <summary>The <c>errors</c> selection of a payload whose union has these members.</summary>
    private static string Errors(params string[] types) =>
        "errors { __typename "
        + string.Concat(
            types.Select(type =>
                type == "NotFoundError"
                    ? "... on NotFoundError { field } "
                    : $"... on {type} {{ field code }} "
            )
        )
        + "}";

    /// <summary>customers → nodes, then <paramref name="rounds"/> × contacts → nodes → customer: 2 + 3 × rounds + 1 levels.</summary>
    private static string DeepCustomers(int rounds) =>
        "{ customers(first: 1) { nodes { "
        + string.Concat(Enumerable.Repeat("contacts(first: 1) { nodes { customer { ", rounds))
        + "customerId "
        + new string('}', 3 * rounds)
        + "} } }";

    /// <summary><paramref name="count"/> aliases of a full page of customers: about 1,011 each against the limit of 50,000.</summary>
    private static string CostlyAliases(int count) =>
        "{"
        + string.Concat(
            Enumerable.Range(0, count).Select(i => $"c{i}:customers(first:1000){{nodes{{name}}}} ")
        )
        + "}";

    private static string FragmentChain(int length)
    {
        var document = new StringBuilder(
            $"{{ customers(first: 1) {{ nodes {{ ...F{length} }} }} }}\nfragment F0 on Customer {{ customerId }}\n"
        );
        for (var i = 1; i <= length; i++)
            document.Append(
                $"fragment F{i} on Customer {{ contacts(first: 1) {{ nodes {{ customer {{ ...F{i - 1} }} }} }} }}\n"
            );
        return document.ToString();
    }

    /// <summary>Fragments that double at every level: about 2^<paramref name="levels"/> fields once expanded.</summary>
    private static string Doubling(int levels)
    {
        var document = new StringBuilder($"query {{ ...Q{levels} }} fragment Q0 on Query {{ __typename }} ");
        for (var i = 1; i <= levels; i++)
            document.Append(
                $"fragment Q{i} on Query {{ a: __schema {{ queryType {{ name }} }} ...Q{i - 1} b{i}: __typename ...Q{i - 1} }} "
            );
        return document.ToString();
    }

    /// <summary>A UUID no seeded row has: its first group is <paramref name="number"/>, the rest zeros.</summary>
    private static string Uuid(int number) => new Guid(number, 0, 0, new byte[8]).ToString("D");

    private static string Cursor(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));

    private static int Count(JsonElement data) =>
        data.GetProperty("customers").GetProperty("pageInfo").GetProperty("count").GetInt32();

    /// <summary>An input object with <paramref name="value"/> at a dotted path, e.g. <c>address.city</c>, beside <paramref name="others"/>.</summary>
    private static Dictionary<string, object?> Nest(
        string path,
        string value,
        params (string Key, object? Value)[] others
    )
    {
        var input = others.ToDictionary(o => o.Key, o => o.Value);
        var parts = path.Split('.');
        var target = input;
        foreach (var part in parts[..^1])
        {
            if (target.GetValueOrDefault(part) is not Dictionary<string, object?> inner)
                target[part] = inner = [];
            target = inner;
        }
        target[parts[^1]] = value;
        return input;
    }

    private static byte[] Utf8Json(string before, byte[] raw, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. raw, .. Encoding.UTF8.GetBytes(after)];

    private static string GraphQLBody(string query, string? variables) =>
        variables is null
            ? JsonSerializer.Serialize(new { query })
            : $"{{\"query\":{JsonSerializer.Serialize(query)},\"variables\":{variables}}}";

    /// <summary>A request error; 400 under application/graphql-response+json unless data came back.</summary>
    private static Expectation Error(string code, HttpStatusCode status = BadRequest, string? field = null) =>
        GraphQLError(status, code, field);

    private static Expectation RestError400(string code, params string[] fields) =>
        RestError(BadRequest, code, fields);

    private static Expectation RestNothing() =>
        RestData("nothing matches", page => page.GetProperty("totalElements").GetInt32() == 0);

    private static HostileCase Post(
        string category,
        string name,
        string query,
        string? variables,
        Expectation expected
    ) => PostRaw(category, name, GraphQLBody(query, variables), expected);

    private static HostileCase PostRaw(
        string category,
        string name,
        string body,
        Expectation expected,
        string? contentType = "application/json"
    ) => PostBody(category, name, RequestBody.Text(body), expected, contentType);

    private static HostileCase PostBytes(string category, string name, byte[] body, Expectation expected) =>
        PostBody(category, name, RequestBody.Bytes(body), expected);

    private static HostileCase PostBody(
        string category,
        string name,
        RequestBody body,
        Expectation expected,
        string? contentType = "application/json"
    ) => new(category, name, Surface.GraphQLPost, HttpMethod.Post, "/graphql", contentType, body, expected);

    private static HostileCase BatchRaw(string category, string name, string body, Expectation expected) =>
        new(
            category,
            name,
            Surface.GraphQLBatch,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Text(body),
            expected
        );

    private static HostileCase Get(
        string category,
        string name,
        string query,
        string? variables,
        Expectation expected,
        bool encoded = false
    ) =>
        new(
            category,
            name,
            Surface.GraphQLGet,
            HttpMethod.Get,
            "/graphql?query="
                + (encoded ? query : Uri.EscapeDataString(query))
                + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables)),
            null,
            null,
            expected
        );

    private static HostileCase Rest(
        string category,
        string name,
        HttpMethod method,
        string path,
        string? json,
        Expectation expected,
        string? contentType = "application/json"
    ) =>
        new(
            category,
            name,
            Surface.Rest,
            method,
            path,
            contentType,
            json is null ? null : RequestBody.Text(json),
            expected
        );

    private static HostileCase RestBytes(
        string category,
        string name,
        HttpMethod method,
        string path,
        byte[] body,
        Expectation expected
    ) =>
        new(
            category,
            name,
            Surface.Rest,
            method,
            path,
            "application/json",
            RequestBody.Bytes(body),
            expected
        );

    private static HostileCase RestBody(
        string category,
        string name,
        HttpMethod method,
        string path,
        RequestBody body,
        Expectation expected
    ) => new(category, name, Surface.Rest, method, path, "application/json", body, expected);
}
