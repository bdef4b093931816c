using System.Net;
using System.Text.Json;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// Idempotent sync by external reference through the host: the GraphQL mutation <c>upsertCustomers</c> and the REST
/// <c>PUT /customers/by-external-reference/{externalReference}</c>, on the SQLite file of the host and on PostgreSQL.
/// </summary>
public sealed class UpsertByExternalReferenceTests(RestHost host) : IClassFixture<RestHost>
{
    private const string Upsert = """
        mutation Upsert($input: UpsertCustomersInput!) {
          upsertCustomers(input: $input) {
            createdCount updatedCount unchangedCount failedCount
            errors { __typename ... on ValidationError { field code message } }
            results {
              index externalReference outcome
              customer { customerId version name }
              errors {
                __typename
                ... on ValidationError { field code message }
                ... on ConflictError { field code message }
              }
            }
          }
        }
        """;

    private static string Unique() => "ERP-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>An ERP export row: its fields follow from its number; the edition changes the name.</summary>
    private static Dictionary<string, object?> Row(string prefix, int number, string edition = "") =>
        new()
        {
            ["externalReference"] = $"{prefix}-{number:D4}",
            ["name"] = $"Customer {number:D4}{edition}",
            ["type"] = "DEALER",
            ["email"] = $"c{number}@example.com",
            ["phoneNumber"] = $"+45{10000000 + number}",
            ["address"] = new
            {
                streetAddress = "Main Street 1",
                city = "Aarhus",
                country = "DK",
            },
        };

    private static List<Dictionary<string, object?>> Rows(
        string prefix,
        int from,
        int count,
        string edition = ""
    ) => [.. Enumerable.Range(from, count).Select(number => Row(prefix, number, edition))];

    private static async Task<JsonElement> UpsertAsync(HttpClient client, object rows) =>
        (await client.GraphQLAsync(Upsert, new { input = new { customers = rows } })).GetProperty(
            "upsertCustomers"
        );

    private static List<JsonElement> Results(JsonElement payload) =>
        [.. payload.GetProperty("results").EnumerateArray()];

    private static (string Id, int Version) Stored(JsonElement result) =>
        (
            result.GetProperty("customer").GetProperty("customerId").GetString()!,
            result.GetProperty("customer").GetProperty("version").GetInt32()
        );

    [Fact]
    public async Task Upserting_the_same_1000_rows_twice_creates_them_then_leaves_them_unchanged_with_their_versions()
    {
        var rows = Rows(Unique(), 1, 1000);
        using var sql = new SqlRecorder(host.Factory.DataFolder);

        var first = await UpsertAsync(host.Client, rows);
        sql.Clear();
        var second = await UpsertAsync(host.Client, rows);

        Assert.Equal(1000, first.GetProperty("createdCount").GetInt32());
        Assert.All(Results(first), r => Assert.Equal("CREATED", r.GetProperty("outcome").GetString()));
        Assert.Equal(
            Enumerable.Range(0, 1000),
            Results(first).Select(r => r.GetProperty("index").GetInt32())
        );
        Assert.All(Results(first), r => Assert.Equal(1, Stored(r).Version));
        Assert.Equal(1000, second.GetProperty("unchangedCount").GetInt32());
        Assert.Equal(
            0,
            second.GetProperty("createdCount").GetInt32() + second.GetProperty("updatedCount").GetInt32()
        );
        Assert.All(Results(second), r => Assert.Equal("UNCHANGED", r.GetProperty("outcome").GetString()));
        Assert.Equal(Results(first).Select(Stored), Results(second).Select(Stored));
        // The unchanged pass reads the stored rows one statement per 100 rows and writes nothing.
        var customerStatements = sql.Commands.Where(text => text.Contains("\"Customers\"")).ToList();
        Assert.Equal(10, customerStatements.Count);
        Assert.All(sql.Commands, text => Assert.StartsWith("SELECT", text.TrimStart()));
    }

    [Fact]
    public async Task A_changed_row_is_updated_beside_unchanged_ones_and_its_contacts_are_replaced_as_a_set()
    {
        var prefix = Unique();
        var rows = Rows(prefix, 1, 3);
        rows[1]["contacts"] = new[]
        {
            new
            {
                name = "Mette",
                email = "mette@example.com",
                isPrimary = true,
            },
        };
        var first = Results(await UpsertAsync(host.Client, rows));
        rows[1]["name"] = "Customer 0002 renamed";
        rows[1]["contacts"] = new[]
        {
            new
            {
                name = "Jonas",
                email = "jonas@example.com",
                isPrimary = false,
            },
        };

        var second = await UpsertAsync(host.Client, rows);

        var outcomes = Results(second).Select(r => r.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["UNCHANGED", "UPDATED", "UNCHANGED"], outcomes);
        Assert.Equal((Stored(first[1]).Id, 2), Stored(Results(second)[1]));
        var id = Stored(first[1]).Id;
        var contacts = await host.Client.GetJsonAsync($"{RestCalls.CustomersPath}/{id}/contacts");
        Assert.Equal(["Jonas"], RestCalls.Column(contacts, "name"));
    }

    [Fact]
    public async Task One_bad_row_fails_alone_with_the_typed_errors_createCustomer_gives()
    {
        var prefix = Unique();
        var rows = Rows(prefix, 1, 4);
        rows[1]["email"] = "fleet@";
        rows[2]["externalReference"] = rows[0]["externalReference"];
        rows[3]["contacts"] = new[] { new { name = "", email = "mette@example.com" } };

        var payload = await UpsertAsync(host.Client, rows);
        var created = await host.Client.GraphQLAsync(
            """mutation { createCustomer(input: { name: "Mail", email: "fleet@" }) { errors { ... on ValidationError { field code message } } } }"""
        );

        var results = Results(payload);
        Assert.Equal(
            ["CREATED", "FAILED", "FAILED", "FAILED"],
            results.Select(r => r.GetProperty("outcome").GetString())
        );
        Assert.Equal(
            (1, 3),
            (payload.GetProperty("createdCount").GetInt32(), payload.GetProperty("failedCount").GetInt32())
        );
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("customer").ValueKind);
        var createError = created.GetProperty("createCustomer").GetProperty("errors")[0];
        Assert.Equal(
            createError.GetRawText(),
            results[1]
                .GetProperty("errors")[0]
                .GetRawText()
                .Replace("\"__typename\":\"ValidationError\",", "")
        );
        var duplicate = results[2].GetProperty("errors")[0];
        Assert.Equal(
            ("externalReference", "DUPLICATE"),
            (duplicate.GetProperty("field").GetString(), duplicate.GetProperty("code").GetString())
        );
        var contact = results[3].GetProperty("errors")[0];
        Assert.Equal(
            ("contacts[0].name", "REQUIRED"),
            (contact.GetProperty("field").GetString(), contact.GetProperty("code").GetString())
        );
    }

    [Fact]
    public async Task More_than_1000_rows_are_refused_with_TOO_LONG_and_nothing_is_written()
    {
        var prefix = Unique();

        var refused = await UpsertAsync(host.Client, Rows(prefix, 1, 1001));
        var later = await UpsertAsync(host.Client, Rows(prefix, 1, 1));

        var error = refused.GetProperty("errors")[0];
        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(
            ("customers", "TOO_LONG"),
            (error.GetProperty("field").GetString(), error.GetProperty("code").GetString())
        );
        Assert.Empty(Results(refused));
        Assert.Equal(0, refused.GetProperty("createdCount").GetInt32());
        Assert.Equal("CREATED", Results(later)[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task A_stale_expectedVersion_fails_the_row_with_a_version_conflict()
    {
        var rows = Rows(Unique(), 1, 1);
        await UpsertAsync(host.Client, rows);
        rows[0]["expectedVersion"] = 7;
        rows[0]["name"] = "Late";

        var result = Results(await UpsertAsync(host.Client, rows))[0];

        Assert.Equal("FAILED", result.GetProperty("outcome").GetString());
        var error = result.GetProperty("errors")[0];
        Assert.Equal(
            ("ConflictError", "expectedVersion", "VERSION_CONFLICT"),
            (
                error.GetProperty("__typename").GetString(),
                error.GetProperty("field").GetString(),
                error.GetProperty("code").GetString()
            )
        );
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Concurrent_overlapping_upserts_lose_nothing_and_duplicate_nothing(string provider)
    {
        await using var database = await UpsertDatabase.CreateAsync(provider, host);
        var prefix = Unique();
        await UpsertAsync(database.Client, Rows(prefix, 1, 200));
        // Both writers change rows 101-300; each also has rows of its own, new and existing.
        var left = Rows(prefix, 1, 300, " (left)");
        var right = Rows(prefix, 101, 300, " (right)");

        var payloads = await Task.WhenAll(
            Task.Run(() => UpsertAsync(database.Client, left)),
            Task.Run(() => UpsertAsync(database.Client, right))
        );

        var results = payloads.SelectMany(Results).ToList();
        Assert.All(results, r => Assert.NotEqual("FAILED", r.GetProperty("outcome").GetString()));
        Assert.Equal(200, results.Count(r => r.GetProperty("outcome").GetString() == "CREATED"));
        var updates = results
            .Where(r => r.GetProperty("outcome").GetString() == "UPDATED")
            .GroupBy(r => r.GetProperty("externalReference").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        await using var db = await database.Contexts.CreateDbContextAsync();
        var stored = await db
            .Customers.AsNoTracking()
            .Where(c => c.ExternalReference!.StartsWith(prefix))
            .ToListAsync();
        Assert.Equal(400, stored.Count);
        Assert.Equal(400, stored.Select(c => c.ExternalReference).Distinct().Count());
        // Every acknowledged write shows in the version: 1 when stored first, plus one per update.
        Assert.All(stored, c => Assert.Equal(1 + updates.GetValueOrDefault(c.ExternalReference!), c.Version));
        Assert.All(stored, c => Assert.True(c.Name.EndsWith("(left)") || c.Name.EndsWith("(right)"), c.Name));
    }

    [Fact]
    public async Task PUT_creates_with_201_then_the_same_body_answers_200_with_the_same_version_and_a_change_a_new_one()
    {
        var path = $"{RestCalls.CustomersPath}/by-external-reference/{Unique()}";
        const string body = """
            {"name":"Nordic Lift Rental ApS","type":"RENTAL_COMPANY","email":"fleet@nordiclift.example",
             "address":{"city":"Aarhus","country":"DK"},"contacts":[{"name":"Mette","isPrimary":true}]}
            """;

        var (created, createdJson) = await host.Client.SendAsync(HttpMethod.Put, path, body);
        var (again, againJson) = await host.Client.SendAsync(HttpMethod.Put, path, body);
        var (changed, changedJson) = await host.Client.SendAsync(
            HttpMethod.Put,
            path,
            """{"name":"Nordic Lift Rental ApS","contacts":[{"name":"Jonas"}]}""",
            ifMatch: "\"1\""
        );

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = createdJson.GetProperty("id").GetString();
        Assert.Equal($"{RestCalls.CustomersPath}/{id}", created.Headers.Location?.ToString());
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("\"1\"", again.Headers.ETag?.Tag);
        Assert.Equal(createdJson.GetRawText(), againJson.GetRawText());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal(id, changedJson.GetProperty("id").GetString());
        // A replacement: what the body leaves out is cleared, and the contacts are the body's set.
        Assert.Equal(JsonValueKind.Null, changedJson.GetProperty("email").ValueKind);
        Assert.Equal("OTHER", changedJson.GetProperty("type").GetString());
        var contacts = await host.Client.GetJsonAsync($"{RestCalls.CustomersPath}/{id}/contacts");
        Assert.Equal(["Jonas"], RestCalls.Column(contacts, "name"));
    }

    [Fact]
    public async Task PUT_refuses_a_stale_If_Match_a_bad_field_and_another_reference_in_the_body()
    {
        var reference = Unique();
        var path = $"{RestCalls.CustomersPath}/by-external-reference/{reference}";
        await host.Client.SendAsync(HttpMethod.Put, path, """{"name":"Scenario ApS"}""");

        var (stale, staleJson) = await host.Client.SendAsync(
            HttpMethod.Put,
            path,
            """{"name":"Late ApS"}""",
            ifMatch: "\"7\""
        );
        var (invalid, invalidJson) = await host.Client.SendAsync(
            HttpMethod.Put,
            path,
            """{"name":"Scenario ApS","email":"fleet@","contacts":[{"name":"Mette","email":"nope"}]}"""
        );
        var (other, otherJson) = await host.Client.SendAsync(
            HttpMethod.Put,
            path,
            """{"name":"Scenario ApS","externalReference":"ERP-OTHER"}"""
        );

        RestCalls.AssertError(stale, staleJson, HttpStatusCode.PreconditionFailed, "version_conflict");
        RestCalls.AssertError(invalid, invalidJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["email", "contacts[0].email"], RestCalls.ViolationFields(invalidJson));
        Assert.StartsWith(
            "value 'nope' was rejected",
            RestCalls.ViolationMessage(invalidJson, "contacts[0].email")
        );
        RestCalls.AssertError(other, otherJson, HttpStatusCode.BadRequest, "constraint_violation");
        Assert.Equal(["externalReference"], RestCalls.ViolationFields(otherJson));
        var stored = await host.Client.GetJsonAsync($"{RestCalls.CustomersPath}?size=1&search={reference}");
        Assert.Equal(["Scenario ApS"], RestCalls.Column(stored, "name"));
    }
}
