using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The hostile-input catalogue: bad requests over GraphQL (POST, GET, batches) and the REST customer API, each with
/// the specific documented answer it must get. Rows for the REST contact and asset endpoints and for authentication
/// slot into the same table.
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

    private const string Customers = "/customer/v1/customers";
    private const string SeededCustomer = Customers + "/" + SeededRows.Customer;
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
    }

    /// <summary>
    /// <paramref name="text"/> in every text field of the customer and contact inputs: the fields with a format
    /// refuse it, so nothing is stored, and the free-text fields carry it to the rules unharmed.
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
    }

    private const string CreateCustomer =
        "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { customerId } errors { __typename ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string UpdateCustomer =
        "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { customerId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } ... on ConflictError { field code } } } }";

    private const string UpdateAssets =
        "mutation($input: UpdateCustomerAssetsInput!) { updateCustomerAssets(input: $input) { customer { customerId } errors { __typename ... on NotFoundError { field } ... on ValidationError { field code } ... on ConflictError { field code } } } }";

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
