using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

/// <summary>The host with the customer graph over a fresh seeded SQLite file, shared by the REST tests.</summary>
public sealed class RestHost : IDisposable
{
    private readonly string _dataFolder = Path.Combine(
        Path.GetTempPath(),
        "customergraph-rest-" + Guid.NewGuid().ToString("N")
    );

    public RestHost()
    {
        Factory = new ApiFactory(
            ApiFactory.CustomerGraph,
            ("GraphQL:SchemaDirectory", "schema"),
            ("Database:DataFolder", _dataFolder)
        );
        Client = Factory.CreateClient();
    }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Factory.Dispose();
        if (Directory.Exists(_dataFolder))
            Directory.Delete(_dataFolder, recursive: true);
    }
}

/// <summary>REST Customer API v1 over HTTP: every endpoint, status and Trackunit error code.</summary>
public sealed class RestCustomersTests(RestHost host) : IClassFixture<RestHost>
{
    private const string Customers = "/customer/v1/customers";

    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task Post_creates_a_customer_with_201_location_and_etag()
    {
        var (response, json) = await SendAsync(
            HttpMethod.Post,
            Customers,
            """{"name":"  Rest Create ApS ","type":"DEALER","address":{"country":"dk"}}"""
        );
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = json.GetProperty("id").GetString();
        Assert.Equal($"{Customers}/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Rest Create ApS", json.GetProperty("name").GetString());
        Assert.Equal("DEALER", json.GetProperty("type").GetString());
        Assert.Equal("DK", json.GetProperty("address").GetProperty("country").GetString());
    }

    [Fact]
    public async Task Get_reads_a_customer_with_its_version_as_etag()
    {
        var id = await CreateAsync("""{"name":"Rest Get ApS","email":"get@example.com"}""");
        var (response, json) = await SendAsync(HttpMethod.Get, $"{Customers}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("get@example.com", json.GetProperty("email").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Patch_is_a_merge_patch_absent_fields_stay_and_null_clears()
    {
        var id = await CreateAsync(
            """{"name":"Rest Patch ApS","email":"patch@example.com","website":"https://patch.example","address":{"city":"Aarhus","country":"DK"}}"""
        );
        var (response, json) = await SendAsync(
            HttpMethod.Patch,
            $"{Customers}/{id}",
            """{"email":null,"address":{"city":"Odense"}}""",
            "application/merge-patch+json"
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("Rest Patch ApS", json.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("email").ValueKind);
        Assert.Equal("https://patch.example", json.GetProperty("website").GetString());
        Assert.Equal("Odense", json.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal("DK", json.GetProperty("address").GetProperty("country").GetString());
    }

    [Fact]
    public async Task Delete_answers_204_and_the_customer_is_gone()
    {
        var id = await CreateAsync("""{"name":"Rest Delete ApS"}""");
        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"{Customers}/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var (response, json) = await SendAsync(HttpMethod.Get, $"{Customers}/{id}");
        AssertError(response, json, HttpStatusCode.NotFound, "customer_not_found");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task An_unknown_customer_is_404_customer_not_found(string method)
    {
        var (response, json) = await SendAsync(
            new HttpMethod(method),
            $"{Customers}/{Guid.NewGuid():D}",
            method == "PATCH" ? """{"name":"x"}""" : null
        );
        AssertError(response, json, HttpStatusCode.NotFound, "customer_not_found");
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_path_id_that_is_no_uuid_is_400_invalid_customer_id(string method)
    {
        var (response, json) = await SendAsync(
            new HttpMethod(method),
            $"{Customers}/not-a-uuid",
            method == "PATCH" ? """{"name":"x"}""" : null
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "invalid_customer_id");
        Assert.Equal("customerId", json.GetProperty("violations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Broken_rules_are_400_constraint_violation_listing_every_field()
    {
        var (response, json) = await SendAsync(
            HttpMethod.Post,
            Customers,
            """{"name":"","email":"not-an-email"}"""
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.Equal("Constraint violation", json.GetProperty("message").GetString());
        var violations = json.GetProperty("violations").EnumerateArray().ToList();
        var name = violations.Single(v => v.GetProperty("field").GetString() == "name");
        Assert.StartsWith("value '' was rejected: ", name.GetProperty("message").GetString());
        Assert.Contains(violations, v => v.GetProperty("field").GetString() == "email");
    }

    [Theory]
    [InlineData("""{"name":42}""", "name")]
    [InlineData("""{"name":"A","type":"WHOLESALER"}""", "type")]
    [InlineData("""{"name":"A","address":"Main street"}""", "address")]
    [InlineData("""{"name":"A","address":{"city":7}}""", "address.city")]
    public async Task A_wrong_type_or_unknown_enum_value_is_400_naming_the_field(string body, string field)
    {
        var (response, json) = await SendAsync(HttpMethod.Post, Customers, body);
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(field, json.GetProperty("violations")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("{\"name\":")]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"name\":\"A\",\"name\":\"B\"}")]
    [InlineData("{\"name\":\"A\",\"address\":{\"city\":\"X\",\"c\\u0069ty\":\"Y\"}}")]
    public async Task A_body_that_is_no_json_object_or_repeats_a_name_is_400_malformed_json(string body)
    {
        var (response, json) = await SendAsync(HttpMethod.Post, Customers, body);
        AssertError(response, json, HttpStatusCode.BadRequest, "malformed_json");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_unsupported_media_type()
    {
        var (response, json) = await SendAsync(HttpMethod.Post, Customers, "name=A", "text/plain");
        AssertError(response, json, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task A_taken_external_reference_is_409_duplicate_external_reference()
    {
        var reference = "ERP-" + Guid.NewGuid().ToString("N");
        await CreateAsync($$"""{"name":"First","externalReference":"{{reference}}"}""");
        var (response, json) = await SendAsync(
            HttpMethod.Post,
            Customers,
            $$"""{"name":"Second","externalReference":"{{reference}}"}"""
        );
        AssertError(response, json, HttpStatusCode.Conflict, "duplicate_external_reference");
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_stale_if_match_is_412_version_conflict(string method)
    {
        var id = await CreateAsync("""{"name":"Rest Stale ApS"}""");
        await SendAsync(HttpMethod.Patch, $"{Customers}/{id}", """{"description":"changed"}""");
        var (response, json) = await SendAsync(
            new HttpMethod(method),
            $"{Customers}/{id}",
            method == "PATCH" ? """{"name":"Late"}""" : null,
            ifMatch: "\"1\""
        );
        AssertError(response, json, HttpStatusCode.PreconditionFailed, "version_conflict");
    }

    [Fact]
    public async Task A_current_if_match_lets_the_change_through()
    {
        var id = await CreateAsync("""{"name":"Rest Fresh ApS"}""");
        var (patched, _) = await SendAsync(
            HttpMethod.Patch,
            $"{Customers}/{id}",
            """{"name":"Rest Fresh 2 ApS"}""",
            ifMatch: "\"1\""
        );
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var (deleted, _) = await SendAsync(HttpMethod.Delete, $"{Customers}/{id}", ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task List_pages_by_number_with_totals()
    {
        var (response, json) = await SendAsync(HttpMethod.Get, $"{Customers}?size=7&page=1&sort=createdAt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = json.GetProperty("totalElements").GetInt32();
        Assert.True(total >= 200);
        Assert.Equal((total + 6) / 7, json.GetProperty("totalPages").GetInt32());
        Assert.Equal(1, json.GetProperty("number").GetInt32());
        Assert.Equal(7, json.GetProperty("size").GetInt32());
        Assert.Equal(7, json.GetProperty("numberOfElements").GetInt32());
        Assert.Equal(7, json.GetProperty("content").GetArrayLength());

        var (_, first) = await SendAsync(HttpMethod.Get, $"{Customers}?size=14&sort=createdAt");
        var firstIds = first
            .GetProperty("content")
            .EnumerateArray()
            .Select(c => c.GetProperty("id").GetString());
        var secondPageIds = json.GetProperty("content")
            .EnumerateArray()
            .Select(c => c.GetProperty("id").GetString());
        Assert.Equal(firstIds.Skip(7), secondPageIds);
    }

    [Fact]
    public async Task List_defaults_to_20_sorted_by_name_and_sorts_by_several_keys()
    {
        var (_, json) = await SendAsync(HttpMethod.Get, Customers);
        Assert.Equal(20, json.GetProperty("size").GetInt32());
        Assert.Equal(0, json.GetProperty("number").GetInt32());
        var names = Names(json);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var tag = Guid.NewGuid().ToString("N")[..10];
        await CreateAsync($$"""{"name":"B {{tag}}"}""");
        await CreateAsync($$"""{"name":"A {{tag}}"}""");
        await CreateAsync($$"""{"name":"A {{tag}}"}""");
        var (_, sorted) = await SendAsync(HttpMethod.Get, $"{Customers}?search={tag}&sort=-name,-createdAt");
        Assert.Equal([$"B {tag}", $"A {tag}", $"A {tag}"], Names(sorted));
        var created = sorted
            .GetProperty("content")
            .EnumerateArray()
            .Skip(1)
            .Select(c => c.GetProperty("createdAt").GetDateTime())
            .ToList();
        Assert.True(created[0] >= created[1]);
    }

    [Fact]
    public async Task List_filters_by_search_type_country_and_updated_since()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await CreateAsync($$$"""{"name":"Filter {{{tag}}} one","type":"OEM","address":{"country":"SE"}}""");
        await CreateAsync(
            $$$"""{"name":"Filter {{{tag}}} two","type":"DEALER","address":{"country":"SE"}}"""
        );
        await CreateAsync($$$"""{"name":"Filter {{{tag}}} three","type":"OEM","address":{"country":"NO"}}""");

        var (_, byType) = await SendAsync(HttpMethod.Get, $"{Customers}?search={tag}&type=OEM&country=SE");
        Assert.Equal([$"Filter {tag} one"], Names(byType));
        var (_, byCountries) = await SendAsync(HttpMethod.Get, $"{Customers}?search={tag}&country=SE,NO");
        Assert.Equal(3, byCountries.GetProperty("totalElements").GetInt32());
        var (_, future) = await SendAsync(
            HttpMethod.Get,
            $"{Customers}?search={tag}&updatedSince=2999-01-01T00:00:00Z"
        );
        Assert.Equal(0, future.GetProperty("totalElements").GetInt32());
        Assert.Equal(0, future.GetProperty("totalPages").GetInt32());
    }

    [Fact]
    public async Task List_filters_by_ids()
    {
        var first = await CreateAsync("""{"name":"Ids One ApS"}""");
        await CreateAsync("""{"name":"Ids Two ApS"}""");
        var third = await CreateAsync("""{"name":"Ids Three ApS"}""");
        var (_, json) = await SendAsync(HttpMethod.Get, $"{Customers}?ids={first},{third}");
        Assert.Equal(["Ids One ApS", "Ids Three ApS"], Names(json));
    }

    [Theory]
    [InlineData("size=1001", "size")]
    [InlineData("size=0", "size")]
    [InlineData("size=ten", "size")]
    [InlineData("page=-1", "page")]
    [InlineData("sort=colour", "sort")]
    [InlineData("type=WHOLESALER", "type")]
    [InlineData("updatedSince=yesterday", "updatedSince")]
    [InlineData("ids=not-a-uuid", "ids")]
    public async Task Bad_list_parameters_are_400_constraint_violation(string query, string field)
    {
        var (response, json) = await SendAsync(HttpMethod.Get, $"{Customers}?{query}");
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(field, json.GetProperty("violations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task What_rest_creates_graphql_reads_identically()
    {
        var (_, created) = await SendAsync(
            HttpMethod.Post,
            Customers,
            """{"name":"Cross Surface ApS","type":"RENTAL_COMPANY","email":"cross@example.com","externalReference":"X-1","address":{"city":"Vejle","country":"DK"}}"""
        );
        var id = created.GetProperty("id").GetString();
        var query = JsonSerializer.Serialize(
            new
            {
                query = "query($id: ID!) { customer(id: $id) { customerId name type email externalReference version address { city country } } }",
                variables = new { id },
            }
        );
        var answer = await Http.PostAsync(_client, query);
        var customer = answer.Json.GetProperty("data").GetProperty("customer");
        Assert.Equal(id, customer.GetProperty("customerId").GetString());
        foreach (var field in new[] { "name", "type", "email", "externalReference" })
            Assert.Equal(created.GetProperty(field).GetString(), customer.GetProperty(field).GetString());
        Assert.Equal(created.GetProperty("version").GetInt32(), customer.GetProperty("version").GetInt32());
        Assert.Equal("Vejle", customer.GetProperty("address").GetProperty("city").GetString());
        Assert.Equal("DK", customer.GetProperty("address").GetProperty("country").GetString());
    }

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();

    private static void AssertError(
        HttpResponseMessage response,
        JsonElement json,
        HttpStatusCode status,
        string code
    )
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("message").GetString()));
    }

    private async Task<string> CreateAsync(string body)
    {
        var (response, json) = await SendAsync(HttpMethod.Post, Customers, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return json.GetProperty("id").GetString()!;
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string contentType = "application/json",
        string? ifMatch = null
    )
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response, json);
    }
}
