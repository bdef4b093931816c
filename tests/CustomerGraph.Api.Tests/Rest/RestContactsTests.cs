using System.Net;
using System.Text.Json;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>REST contacts of a customer over HTTP: every endpoint, status and error code.</summary>
public sealed class RestContactsTests(RestHost host) : IClassFixture<RestHost>
{
    private readonly HttpClient _client = host.Client;

    private static string ContactsOf(string customerId) => $"{CustomersPath}/{customerId}/contacts";

    private async Task<(string CustomerId, string ContactId)> ContactAsync(string body = """{"name":"Ann"}""")
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Contact Holder ApS"}""");
        var contact = await _client.CreateAsync(ContactsOf(customerId), body);
        return (customerId, contact.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task Post_creates_a_contact_with_201_location_and_etag()
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Contacts ApS"}""");
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            ContactsOf(customerId),
            """{"name":" Ann Jensen ","type":"DEPARTMENT","role":"Fleet manager","email":"ann@example.com","phoneNumber":"+4512345678","isPrimary":true,"note":"Mornings"}"""
        );

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = json.GetProperty("id").GetString();
        Assert.Equal($"{ContactsOf(customerId)}/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(customerId, json.GetProperty("customerId").GetString());
        Assert.Equal("Ann Jensen", json.GetProperty("name").GetString());
        Assert.Equal("DEPARTMENT", json.GetProperty("type").GetString());
        Assert.Equal("Fleet manager", json.GetProperty("role").GetString());
        Assert.True(json.GetProperty("isPrimary").GetBoolean());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_contact_without_a_type_is_a_person_and_not_primary()
    {
        var (customerId, contactId) = await ContactAsync();
        var json = await _client.GetJsonAsync($"{ContactsOf(customerId)}/{contactId}");
        Assert.Equal("PERSON", json.GetProperty("type").GetString());
        Assert.False(json.GetProperty("isPrimary").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Get_reads_a_contact_with_its_version_as_etag()
    {
        var (customerId, contactId) = await ContactAsync("""{"name":"Bo","email":"bo@example.com"}""");
        var (response, json) = await _client.SendAsync(
            HttpMethod.Get,
            $"{ContactsOf(customerId)}/{contactId}"
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(contactId, json.GetProperty("id").GetString());
        Assert.Equal("bo@example.com", json.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Patch_is_a_merge_patch_absent_fields_stay_and_null_clears()
    {
        var (customerId, contactId) = await ContactAsync(
            """{"name":"Cy","role":"Buyer","email":"cy@example.com","type":"CALL_CENTER","note":"n"}"""
        );
        var (response, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{ContactsOf(customerId)}/{contactId}",
            """{"email":null,"type":null,"role":"Owner","isPrimary":true}""",
            "application/merge-patch+json"
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal("Cy", json.GetProperty("name").GetString());
        Assert.Equal("Owner", json.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("email").ValueKind);
        Assert.Equal("PERSON", json.GetProperty("type").GetString());
        Assert.Equal("n", json.GetProperty("note").GetString());
        Assert.True(json.GetProperty("isPrimary").GetBoolean());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_new_primary_contact_makes_the_previous_one_ordinary()
    {
        var (customerId, first) = await ContactAsync("""{"name":"First","isPrimary":true}""");
        await _client.CreateAsync(ContactsOf(customerId), """{"name":"Second","isPrimary":true}""");
        var json = await _client.GetJsonAsync($"{ContactsOf(customerId)}/{first}");
        Assert.False(json.GetProperty("isPrimary").GetBoolean());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Delete_answers_204_and_the_contact_is_gone()
    {
        var (customerId, contactId) = await ContactAsync();
        var (deleted, _) = await _client.SendAsync(
            HttpMethod.Delete,
            $"{ContactsOf(customerId)}/{contactId}"
        );
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var (response, json) = await _client.SendAsync(
            HttpMethod.Get,
            $"{ContactsOf(customerId)}/{contactId}"
        );
        AssertError(response, json, HttpStatusCode.NotFound, "contact_not_found");
    }

    [Fact]
    public async Task List_pages_by_number_sorted_by_name_with_totals()
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Many Contacts ApS"}""");
        foreach (var name in new[] { "Eve", "Bob", "Dan", "Ann", "Cid" })
            await _client.CreateAsync(ContactsOf(customerId), $$"""{"name":"{{name}}"}""");

        var page = await _client.GetJsonAsync($"{ContactsOf(customerId)}?size=2&page=1");
        Assert.Equal(["Cid", "Dan"], Column(page, "name"));
        Assert.Equal(5, page.GetProperty("totalElements").GetInt32());
        Assert.Equal(3, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(1, page.GetProperty("number").GetInt32());
        Assert.Equal(2, page.GetProperty("size").GetInt32());
        Assert.Equal(2, page.GetProperty("numberOfElements").GetInt32());

        var all = await _client.GetJsonAsync(ContactsOf(customerId));
        Assert.Equal(["Ann", "Bob", "Cid", "Dan", "Eve"], Column(all, "name"));
        Assert.Equal(20, all.GetProperty("size").GetInt32());
        var newest = await _client.GetJsonAsync($"{ContactsOf(customerId)}?sort=-createdAt");
        Assert.Equal(["Cid", "Ann", "Dan", "Bob", "Eve"], Column(newest, "name"));
        var past = await _client.GetJsonAsync($"{ContactsOf(customerId)}?page=9");
        Assert.Equal(0, past.GetProperty("numberOfElements").GetInt32());
        Assert.Equal(5, past.GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public async Task A_customer_without_contacts_has_an_empty_list()
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Lonely ApS"}""");
        var page = await _client.GetJsonAsync(ContactsOf(customerId));
        Assert.Equal(0, page.GetProperty("totalElements").GetInt32());
        Assert.Equal(0, page.GetProperty("totalPages").GetInt32());
        Assert.Equal(0, page.GetProperty("content").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("GET", "/{contact}")]
    [InlineData("PATCH", "/{contact}")]
    [InlineData("DELETE", "/{contact}")]
    public async Task An_unknown_customer_is_404_customer_not_found(string method, string rest)
    {
        var (_, contactId) = await ContactAsync();
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            ContactsOf(Guid.NewGuid().ToString()) + rest.Replace("{contact}", contactId),
            method is "POST" or "PATCH" ? """{"name":"x"}""" : null
        );
        AssertError(response, json, HttpStatusCode.NotFound, "customer_not_found");
    }

    [Theory]
    [InlineData("GET", false)]
    [InlineData("PATCH", false)]
    [InlineData("DELETE", false)]
    [InlineData("GET", true)]
    [InlineData("PATCH", true)]
    [InlineData("DELETE", true)]
    public async Task An_unknown_contact_or_one_of_another_customer_is_404_contact_not_found(
        string method,
        bool ofAnotherCustomer
    )
    {
        var (foreignCustomer, foreignContact) = await ContactAsync();
        var customerId = await _client.CreateCustomerAsync("""{"name":"Asking ApS"}""");
        var contactId = ofAnotherCustomer ? foreignContact : Guid.NewGuid().ToString();
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            $"{ContactsOf(customerId)}/{contactId}",
            method == "PATCH" ? """{"name":"Taken over"}""" : null
        );

        AssertError(response, json, HttpStatusCode.NotFound, "contact_not_found");
        if (ofAnotherCustomer)
        {
            var untouched = await _client.GetJsonAsync($"{ContactsOf(foreignCustomer)}/{foreignContact}");
            Assert.Equal("Ann", untouched.GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("GET", "not-a-uuid", "", "invalid_customer_id", "customerId")]
    [InlineData("POST", "not-a-uuid", "", "invalid_customer_id", "customerId")]
    [InlineData("GET", "not-a-uuid", "/{contact}", "invalid_customer_id", "customerId")]
    [InlineData("PATCH", "not-a-uuid", "/{contact}", "invalid_customer_id", "customerId")]
    [InlineData("DELETE", "not-a-uuid", "/{contact}", "invalid_customer_id", "customerId")]
    [InlineData("GET", "{customer}", "/42", "invalid_contact_id", "contactId")]
    [InlineData("PATCH", "{customer}", "/42", "invalid_contact_id", "contactId")]
    [InlineData("DELETE", "{customer}", "/42", "invalid_contact_id", "contactId")]
    public async Task A_path_id_that_is_no_uuid_is_400_naming_it(
        string method,
        string customer,
        string rest,
        string code,
        string field
    )
    {
        var (customerId, contactId) = await ContactAsync();
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            ContactsOf(customer.Replace("{customer}", customerId)) + rest.Replace("{contact}", contactId),
            method is "POST" or "PATCH" ? """{"name":"x"}""" : null
        );
        AssertError(response, json, HttpStatusCode.BadRequest, code);
        Assert.Equal([field], ViolationFields(json));
    }

    [Fact]
    public async Task Broken_rules_are_400_constraint_violation_listing_every_field()
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Strict ApS"}""");
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            ContactsOf(customerId),
            """{"name":"","email":"nope","phoneNumber":"12"}"""
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["name", "email", "phoneNumber"], ViolationFields(json));
        Assert.StartsWith("value 'nope' was rejected: ", ViolationMessage(json, "email"));
    }

    [Fact]
    public async Task A_patch_that_breaks_a_rule_changes_nothing()
    {
        var (customerId, contactId) = await ContactAsync();
        var (response, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{ContactsOf(customerId)}/{contactId}",
            """{"name":null,"role":"Boss"}"""
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["name"], ViolationFields(json));
        var stored = await _client.GetJsonAsync($"{ContactsOf(customerId)}/{contactId}");
        Assert.Equal(
            ("Ann", 1),
            (stored.GetProperty("name").GetString(), stored.GetProperty("version").GetInt32())
        );
    }

    [Theory]
    [InlineData("POST", """{"name":42}""", "name")]
    [InlineData("POST", """{"name":"A","type":"BOSS"}""", "type")]
    [InlineData("POST", """{"name":"A","isPrimary":"yes"}""", "isPrimary")]
    [InlineData("PATCH", """{"isPrimary":1}""", "isPrimary")]
    [InlineData("PATCH", """{"type":"person"}""", "type")]
    [InlineData("PATCH", """{"note":["a"]}""", "note")]
    public async Task A_wrong_type_or_unknown_enum_value_is_400_naming_the_field(
        string method,
        string body,
        string field
    )
    {
        var (customerId, contactId) = await ContactAsync();
        var path = method == "POST" ? ContactsOf(customerId) : $"{ContactsOf(customerId)}/{contactId}";
        var (response, json) = await _client.SendAsync(new HttpMethod(method), path, body);
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal([field], ViolationFields(json));
    }

    [Theory]
    [InlineData("POST", "{\"name\":", "application/json", HttpStatusCode.BadRequest, "malformed_json")]
    [InlineData("PATCH", "[]", "application/json", HttpStatusCode.BadRequest, "malformed_json")]
    [InlineData(
        "POST",
        "name=A",
        "text/plain",
        HttpStatusCode.UnsupportedMediaType,
        "unsupported_media_type"
    )]
    [InlineData(
        "PATCH",
        "name=A",
        "application/x-www-form-urlencoded",
        HttpStatusCode.UnsupportedMediaType,
        "unsupported_media_type"
    )]
    public async Task A_body_that_is_no_json_object_is_refused(
        string method,
        string body,
        string contentType,
        HttpStatusCode status,
        string code
    )
    {
        var (customerId, contactId) = await ContactAsync();
        var path = method == "POST" ? ContactsOf(customerId) : $"{ContactsOf(customerId)}/{contactId}";
        var (response, json) = await _client.SendAsync(new HttpMethod(method), path, body, contentType);
        AssertError(response, json, status, code);
    }

    [Theory]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_stale_if_match_is_412_version_conflict_and_changes_nothing(string method)
    {
        var (customerId, contactId) = await ContactAsync();
        var path = $"{ContactsOf(customerId)}/{contactId}";
        await _client.SendAsync(HttpMethod.Patch, path, """{"role":"Changed"}""");
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            path,
            method == "PATCH" ? """{"name":"Late"}""" : null,
            ifMatch: "\"1\""
        );
        AssertError(response, json, HttpStatusCode.PreconditionFailed, "version_conflict");
        var stored = await _client.GetJsonAsync(path);
        Assert.Equal(
            ("Ann", 2),
            (stored.GetProperty("name").GetString(), stored.GetProperty("version").GetInt32())
        );
    }

    [Fact]
    public async Task A_current_if_match_lets_the_change_through()
    {
        var (customerId, contactId) = await ContactAsync();
        var path = $"{ContactsOf(customerId)}/{contactId}";
        var (patched, _) = await _client.SendAsync(
            HttpMethod.Patch,
            path,
            """{"name":"Anna"}""",
            ifMatch: "\"1\""
        );
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var (deleted, _) = await _client.SendAsync(HttpMethod.Delete, path, ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=1001", "size")]
    [InlineData("page=first", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("sort=email", "sort")]
    public async Task Bad_list_parameters_are_400_constraint_violation(string query, string field)
    {
        var customerId = await _client.CreateCustomerAsync("""{"name":"Listed ApS"}""");
        var (response, json) = await _client.SendAsync(HttpMethod.Get, $"{ContactsOf(customerId)}?{query}");
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal([field], ViolationFields(json));
        Assert.StartsWith($"value '{query.Split('=')[1]}' was rejected: ", ViolationMessage(json, field));
    }
}
