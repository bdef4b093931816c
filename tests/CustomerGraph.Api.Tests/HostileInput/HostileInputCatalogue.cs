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
public static partial class HostileInputCatalogue
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
        .. InCategory(MalformedJson, MalformedJsonRows()),
        .. InCategory(WrongContentType, ContentTypeRows()),
        .. InCategory(InvalidUtf8, InvalidUtf8Rows()),
        .. InCategory(HugeBody, HugeBodyRows()),
        .. InCategory(HugeLists, HugeListRows()),
        .. InCategory(DeepNesting, DeepNestingRows()),
        .. InCategory(AliasFlood, AliasFloodRows()),
        .. InCategory(IntrospectionLoop, IntrospectionRows()),
        .. InCategory(SqlText, SqlRows()),
        .. InCategory(ScriptText, ScriptRows()),
        .. InCategory(Overlong, OverlongRows()),
        .. InCategory(BadIds, BadIdRows()),
        .. InCategory(PageSizes, PageSizeRows()),
        .. InCategory(EnumGarbage, EnumRows()),
        .. InCategory(NullInNonNull, NullRows()),
        .. InCategory(Authentication, AuthenticationRows()),
    ];

    public static HostileCase Find(string displayName) => All.Single(c => c.DisplayName == displayName);

    /// <summary>The category a row builder leaves blank: <see cref="InCategory"/> fills it in from the table.</summary>
    private const string Unstamped = "";

    /// <summary>One category's table: its rows, each stamped with the category.</summary>
    private static IEnumerable<HostileCase> InCategory(string category, IEnumerable<HostileCase> rows) =>
        rows.Select(row => row with { Category = category });

    /// <summary>A row for each entry of a table of pairs.</summary>
    private static IEnumerable<HostileCase> Each<T1, T2>(
        IEnumerable<(T1, T2)> entries,
        Func<T1, T2, HostileCase> row
    ) => entries.Select(entry => row(entry.Item1, entry.Item2));

    /// <summary>A row for each entry of a table of triples.</summary>
    private static IEnumerable<HostileCase> Each<T1, T2, T3>(
        IEnumerable<(T1, T2, T3)> entries,
        Func<T1, T2, T3, HostileCase> row
    ) => entries.Select(entry => row(entry.Item1, entry.Item2, entry.Item3));

    /// <summary>A row for each entry of a table of quadruples.</summary>
    private static IEnumerable<HostileCase> Each<T1, T2, T3, T4>(
        IEnumerable<(T1, T2, T3, T4)> entries,
        Func<T1, T2, T3, T4, HostileCase> row
    ) => entries.Select(entry => row(entry.Item1, entry.Item2, entry.Item3, entry.Item4));

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
    private static IEnumerable<HostileCase> EveryTextField(string text)
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
            "createCustomer every text field",
            CreateCustomer,
            JsonSerializer.Serialize(new { input = customer }),
            PayloadErrors("createCustomer", customerErrors)
        );
        yield return Rest(
            "create every text field",
            HttpMethod.Post,
            Customers,
            JsonSerializer.Serialize(customer),
            RestError400("constraint_violation", "email", "phoneNumber", "website", "address.country")
        );
        yield return Rest(
            "PATCH every text field",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(customer),
            RestError400("constraint_violation", "email", "phoneNumber", "website", "address.country")
        );
        customer["customerId"] = SeededRows.Customer;
        yield return Post(
            "updateCustomer every text field",
            UpdateCustomer,
            JsonSerializer.Serialize(new { input = customer }),
            PayloadErrors("updateCustomer", customerErrors)
        );
        var contact = ContactTextFields.ToDictionary(field => field, object? (_) => text);
        contact["customerId"] = SeededRows.Customer;
        yield return Post(
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
            "contact create every text field",
            HttpMethod.Post,
            Contacts,
            JsonSerializer.Serialize(contact),
            RestError400("constraint_violation", "email", "phoneNumber")
        );
        yield return Rest(
            "contact PATCH every text field",
            HttpMethod.Patch,
            SeededContact,
            JsonSerializer.Serialize(contact),
            RestError400("constraint_violation", "email", "phoneNumber")
        );
        contact["contactId"] = SeededRows.Contact;
        yield return Post(
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
            "assets note beside an unknown asset",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(new { assign }),
            RestError404("asset_not_found", "assign[0].assetId")
        );
        yield return Post(
            "updateCustomerAssets note beside an unknown asset",
            UpdateAssets,
            JsonSerializer.Serialize(new { input = new { customerId = SeededRows.Customer, assign } }),
            PayloadErrors("updateCustomerAssets", ("NotFoundError", "assign[0].assetId", null))
        );
        yield return Rest(
            "customFields key",
            HttpMethod.Post,
            Customers,
            CustomFieldKeyBody(text),
            RestError400("constraint_violation", "customFields." + text)
        );
        yield return Rest(
            "customFields dropdown option",
            HttpMethod.Patch,
            SeededCustomer,
            JsonSerializer.Serialize(new { customFields = new { contractTier = text } }),
            RestError400("constraint_violation", "customFields.contractTier")
        );
        yield return Post(
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
        yield return Post("TU-PREVIEW header", PreviewQuery, null, Error("PREVIEW_NOT_ENABLED", Ok)) with
        {
            Headers = [("TU-PREVIEW", text)],
        };
        var escaped = Uri.EscapeDataString(text);
        yield return RestGet(
            "contact id",
            Contacts + "/" + escaped,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return RestDelete(
            "contact DELETE id",
            Contacts + "/" + escaped,
            RestError400("invalid_contact_id", "contactId")
        );
        yield return RestGet(
            "assets of customer id",
            Customers + "/" + escaped + "/assets",
            RestError400("invalid_customer_id", "customerId")
        );
        yield return RestGet(
            "contacts sort",
            Contacts + "?sort=" + escaped,
            RestError400("constraint_violation", "sort")
        );
        yield return RestGet(
            "assets assignmentType filter",
            CustomerAssets + "?assignmentType=" + escaped,
            RestError400("constraint_violation", "assignmentType")
        );
        yield return Rest(
            "assign with it as the assetId",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(
                new { assign = new[] { new { assetId = text, assignmentType = "RENTAL" } } }
            ),
            RestError400("constraint_violation", "assign[0].assetId")
        );
        yield return Rest(
            "assign with it as the assignmentType",
            HttpMethod.Post,
            CustomerAssets,
            JsonSerializer.Serialize(
                new { assign = new[] { new { assetId = SeededRows.Asset, assignmentType = text } } }
            ),
            RestError400("constraint_violation", "assign[0].assignmentType")
        );
        yield return Rest(
            "unassign it",
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

    /// <summary>A customer body whose <paramref name="field"/> holds objects nested <paramref name="depth"/> deep.</summary>
    private static string NestedField(string field, int depth) =>
        $"{{\"name\":\"A\",\"{field}\":"
        + string.Concat(Enumerable.Repeat("{\"a\":", depth))
        + "1"
        + new string('}', depth + 1);

    /// <summary>One service assignment of the seeded asset with this note, as the <c>assign</c> list.</summary>
    private static object[] ServiceNote(string note) =>
        [
            new
            {
                assetId = SeededRows.Asset,
                assignmentType = "SERVICE",
                note,
            },
        ];

    /// <summary>A new customer with one custom field value under <paramref name="key"/>.</summary>
    private static string CustomFieldKeyBody(string key) =>
        JsonSerializer.Serialize(
            new { name = "A", customFields = new Dictionary<string, object> { [key] = 1 } }
        );

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

    private static Expectation RestError404(string code, params string[] fields) =>
        RestError(HttpStatusCode.NotFound, code, fields);

    private static Expectation RestNothing() =>
        RestData("nothing matches", page => page.GetProperty("totalElements").GetInt32() == 0);

    private static HostileCase Post(string name, string query, string? variables, Expectation expected) =>
        PostRaw(name, GraphQLBody(query, variables), expected);

    private static HostileCase PostRaw(
        string name,
        string body,
        Expectation expected,
        string? contentType = "application/json"
    ) => PostBody(name, RequestBody.Text(body), expected, contentType);

    private static HostileCase PostBytes(string name, byte[] body, Expectation expected) =>
        PostBody(name, RequestBody.Bytes(body), expected);

    private static HostileCase PostBody(
        string name,
        RequestBody body,
        Expectation expected,
        string? contentType = "application/json"
    ) => new(Unstamped, name, Surface.GraphQLPost, HttpMethod.Post, "/graphql", contentType, body, expected);

    private static HostileCase BatchRaw(string name, string body, Expectation expected) =>
        new(
            Unstamped,
            name,
            Surface.GraphQLBatch,
            HttpMethod.Post,
            "/graphql",
            "application/json",
            RequestBody.Text(body),
            expected
        );

    private static HostileCase Get(
        string name,
        string query,
        string? variables,
        Expectation expected,
        bool encoded = false
    ) =>
        new(
            Unstamped,
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
        string name,
        HttpMethod method,
        string path,
        string? json,
        Expectation expected,
        string? contentType = "application/json"
    ) =>
        new(
            Unstamped,
            "REST " + name,
            Surface.Rest,
            method,
            path,
            contentType,
            json is null ? null : RequestBody.Text(json),
            expected
        );

    /// <summary>A REST GET without a body.</summary>
    private static HostileCase RestGet(string name, string path, Expectation expected) =>
        Rest(name, HttpMethod.Get, path, null, expected);

    /// <summary>A REST customer list with one query parameter, named after it, e.g. <c>sort name; DROP TABLE Customers</c>.</summary>
    private static HostileCase RestQuery(string parameter, string value, Expectation expected) =>
        RestGet($"{parameter} {value}", $"{Customers}?{parameter}={Uri.EscapeDataString(value)}", expected);

    /// <summary>A REST DELETE without a body.</summary>
    private static HostileCase RestDelete(string name, string path, Expectation expected) =>
        Rest(name, HttpMethod.Delete, path, null, expected);

    private static HostileCase RestBytes(
        string name,
        HttpMethod method,
        string path,
        byte[] body,
        Expectation expected
    ) =>
        new(
            Unstamped,
            "REST " + name,
            Surface.Rest,
            method,
            path,
            "application/json",
            RequestBody.Bytes(body),
            expected
        );

    private static HostileCase RestBody(
        string name,
        HttpMethod method,
        string path,
        RequestBody body,
        Expectation expected
    ) => new(Unstamped, "REST " + name, Surface.Rest, method, path, "application/json", body, expected);
}
