using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.Json;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary>Custom field values in the REST customer body: read in every response, set on POST and PATCH.</summary>
public sealed class RestCustomFieldsTests(RestHost host) : IClassFixture<RestHost>
{
    private readonly HttpClient _client = host.Client;

    // Keys are unique per account, so every test defines its own.
    private async Task<string> DefineAsync(string type, object? settings = null)
    {
        var key = "f" + Guid.NewGuid().ToString("N")[..12];
        var input = new Dictionary<string, object?>
        {
            ["key"] = key,
            ["title"] = key,
            ["type"] = type,
        };
        foreach (var property in settings?.GetType().GetProperties() ?? [])
            input[property.Name] = property.GetValue(settings);
        var data = await _client.GraphQLAsync(
            "mutation($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { key } errors { __typename } } }",
            new { input }
        );
        Assert.Equal(
            key,
            data.GetProperty("createCustomFieldDefinition")
                .GetProperty("customFieldDefinition")
                .GetProperty("key")
                .GetString()
        );
        return key;
    }

    private static JsonElement Fields(JsonElement customer) => customer.GetProperty("customFields");

    [Fact]
    public async Task Post_sets_custom_fields_and_every_response_shows_them()
    {
        var vip = await DefineAsync("BOOLEAN");
        var hours = await DefineAsync("NUMBER", new { number = new { unit = "h" } });
        var tags = await DefineAsync(
            "DROPDOWN",
            new { dropdown = new { options = new[] { "a", "b", "c" }, multiSelect = true } }
        );
        var since = await DefineAsync("DATE");
        var name = "Fields " + Guid.NewGuid().ToString("N")[..8];

        var created = await _client.CreateAsync(
            CustomersPath,
            $$$"""{"name":"{{{name}}}","customFields":{"{{{vip}}}":true,"{{{hours}}}":12.5,"{{{tags}}}":["b","a"],"{{{since}}}":"2026-01-31"}}"""
        );

        var id = created.GetProperty("id").GetString();
        var expected =
            $$$"""{"{{{vip}}}":true,"{{{hours}}}":12.5,"{{{tags}}}":["b","a"],"{{{since}}}":"2026-01-31"}""";
        AssertSameFields(expected, Fields(created));
        AssertSameFields(expected, Fields(await _client.GetJsonAsync($"{CustomersPath}/{id}")));
        var listed = await _client.GetJsonAsync($"{CustomersPath}?search={Uri.EscapeDataString(name)}");
        AssertSameFields(expected, Fields(listed.GetProperty("content")[0]));
    }

    [Fact]
    public async Task A_customer_without_values_has_an_empty_custom_fields_object()
    {
        var created = await _client.CreateAsync(CustomersPath, """{"name":"No Fields ApS"}""");
        Assert.Equal(JsonValueKind.Object, Fields(created).ValueKind);
        Assert.Empty(Fields(created).EnumerateObject());
    }

    [Fact]
    public async Task Patch_merges_custom_fields_absent_keys_stay_null_clears_and_the_etag_moves()
    {
        var vip = await DefineAsync("BOOLEAN");
        var note = await DefineAsync("STRING");
        var email = await DefineAsync("EMAIL");
        var id = await _client.CreateCustomerAsync(
            $$$"""{"name":"Merge ApS","customFields":{"{{{vip}}}":true,"{{{note}}}":"first"}}"""
        );

        var (response, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{id}",
            $$$"""{"customFields":{"{{{vip}}}":null,"{{{email}}}":"ops@example.com"}}""",
            ifMatch: "\"1\""
        );

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        AssertSameFields($$$"""{"{{{email}}}":"ops@example.com","{{{note}}}":"first"}""", Fields(json));
        var (again, _) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{id}",
            $$$"""{"customFields":{"{{{note}}}":"first"}}"""
        );
        Assert.Equal("\"2\"", again.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Custom_fields_null_clears_every_value()
    {
        var vip = await DefineAsync("BOOLEAN");
        var note = await DefineAsync("STRING");
        var id = await _client.CreateCustomerAsync(
            $$$"""{"name":"Clear ApS","customFields":{"{{{vip}}}":false,"{{{note}}}":"x"}}"""
        );
        var (response, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{id}",
            """{"customFields":null}"""
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Fields(json).EnumerateObject());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_unknown_key_or_a_wrong_value_is_400_naming_customFields_key_and_creates_nothing()
    {
        var hours = await DefineAsync("NUMBER", new { number = new { maximum = 100.0 } });
        var site = await DefineAsync("WEB_ADDRESS");
        var name = "Rejected " + Guid.NewGuid().ToString("N")[..8];

        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            CustomersPath,
            $$$"""{"name":"{{{name}}}","customFields":{"{{{hours}}}":"many","colour":"red","{{{site}}}":"example.com"}}"""
        );

        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(
            [$"customFields.{hours}", "customFields.colour", $"customFields.{site}"],
            ViolationFields(json)
        );
        Assert.StartsWith("value 'many' was rejected: ", ViolationMessage(json, $"customFields.{hours}"));
        Assert.StartsWith("value 'red' was rejected: ", ViolationMessage(json, "customFields.colour"));
        var listed = await _client.GetJsonAsync($"{CustomersPath}?search={name}");
        Assert.Equal(0, listed.GetProperty("totalElements").GetInt32());
    }

    [Fact]
    public async Task Keys_that_read_like_field_paths_are_each_named_and_quoted_as_given()
    {
        var (response, json) = await _client.SendAsync(
            HttpMethod.Post,
            CustomersPath,
            """{"name":"Paths ApS","customFields":{"a":[1],"a[":2,"a[0]":3,"a[-1]":4,"a.b":5,"[":6,".":7}}"""
        );

        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        string[] keys = ["a", "a[", "a[0]", "a[-1]", "a.b", "[", "."];
        Assert.Equal([.. keys.Select(key => "customFields." + key)], ViolationFields(json));
        string[] values = ["[1]", "2", "3", "4", "5", "6", "7"];
        for (var index = 0; index < keys.Length; index++)
            Assert.StartsWith(
                $"value '{values[index]}' was rejected: No custom field has the key '{keys[index]}'",
                ViolationMessage(json, "customFields." + keys[index])
            );
    }

    [Fact]
    public async Task A_patch_with_a_bad_value_changes_neither_the_customer_nor_its_values()
    {
        var hours = await DefineAsync("NUMBER", new { number = new { maximum = 100.0 } });
        var id = await _client.CreateCustomerAsync(
            $$$"""{"name":"Kept ApS","customFields":{"{{{hours}}}":5}}"""
        );

        var (response, json) = await _client.SendAsync(
            HttpMethod.Patch,
            $"{CustomersPath}/{id}",
            $$$"""{"name":"Renamed ApS","customFields":{"{{{hours}}}":101}}"""
        );

        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal([$"customFields.{hours}"], ViolationFields(json));
        Assert.StartsWith("value '101' was rejected: ", ViolationMessage(json, $"customFields.{hours}"));
        var stored = await _client.GetJsonAsync($"{CustomersPath}/{id}");
        Assert.Equal("Kept ApS", stored.GetProperty("name").GetString());
        AssertSameFields($$$"""{"{{{hours}}}":5}""", Fields(stored));
    }

    [Theory]
    [InlineData("POST", "[1]")]
    [InlineData("PATCH", "\"vip\"")]
    public async Task Custom_fields_that_are_no_object_are_400_naming_the_field(string method, string value)
    {
        var id = await _client.CreateCustomerAsync("""{"name":"Shape ApS"}""");
        var path = method == "POST" ? CustomersPath : $"{CustomersPath}/{id}";
        var (response, json) = await _client.SendAsync(
            new HttpMethod(method),
            path,
            $$$"""{"name":"Shape ApS","customFields":{{{value}}}}"""
        );
        AssertError(response, json, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["customFields"], ViolationFields(json));
    }

    [Fact]
    public async Task The_list_reads_a_page_of_customers_with_their_custom_fields_in_three_statements()
    {
        var counter = new StatementCounter();
        using var counted = host.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
                services.AddSingleton<IDbContextFactory<CustomerDbContext>>(
                    provider => new CustomerDbContextFactory(
                        provider.GetRequiredService<CustomerDatabaseOptions>(),
                        options => options.AddInterceptors(counter)
                    )
                )
            )
        );
        var client = counted.CreateClient();
        await client.GetJsonAsync($"{CustomersPath}?size=1");

        foreach (var size in new[] { 5, 100 })
        {
            counter.Reset();
            var page = await client.GetJsonAsync($"{CustomersPath}?size={size}");
            Assert.Equal(size, page.GetProperty("numberOfElements").GetInt32());
            // The count, the page, and the custom field values of the whole page.
            Assert.Equal(3, counter.Count);
            if (size == 100)
                Assert.Contains(
                    page.GetProperty("content").EnumerateArray(),
                    c => Fields(c).EnumerateObject().Any()
                );
        }
    }

    private static void AssertSameFields(string expected, JsonElement actual)
    {
        var want = JsonDocument
            .Parse(expected)
            .RootElement.EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetRawText());
        var got = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        Assert.Equal(want.OrderBy(p => p.Key), got.OrderBy(p => p.Key));
    }

    /// <summary>Counts the SQL statements EF sends.</summary>
    private sealed class StatementCounter : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _commands = new();

        public int Count => _commands.Count;

        public void Reset() => _commands.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<DbDataReader> result,
            CancellationToken cancellationToken = default
        )
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command,
            CommandEventData eventData,
            InterceptionResult<object> result,
            CancellationToken cancellationToken = default
        )
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
