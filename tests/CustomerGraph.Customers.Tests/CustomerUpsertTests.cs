using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

/// <summary>Idempotent sync by external reference, on SQLite and on the PostgreSQL server ./test.sh starts.</summary>
public sealed class CustomerUpsertTests
{
    public static TheoryData<DatabaseProvider> Providers() =>
        new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    /// <summary>An ERP export row: deterministic fields from its number and an edition that changes the name.</summary>
    public static UpsertCustomerInput ErpRow(int number, string edition = "") =>
        new($"ERP-{number:D5}", $"Customer {number:D5}{edition}")
        {
            Type = CustomerType.Dealer,
            Email = $"c{number}@example.com",
            PhoneNumber = $"+45{10000000 + number}",
            Address = new AddressInput("Main Street 1", "8000", "Aarhus", Country: "DK"),
        };

    private static List<UpsertCustomerInput> ErpRows(int from, int count, string edition = "") =>
        Enumerable.Range(from, count).Select(number => ErpRow(number, edition)).ToList();

    private static async Task<IReadOnlyList<CustomerUpsertResult>> UpsertAsync(
        TestDatabase db,
        IReadOnlyList<UpsertCustomerInput> rows
    )
    {
        var result = await db.Customers.UpsertByExternalReferenceAsync(rows);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }

    private static async Task<List<Customer>> StoredAsync(TestDatabase db)
    {
        await using var context = await db.Contexts.CreateDbContextAsync();
        return await context.Customers.AsNoTracking().OrderBy(c => c.ExternalReference).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Upserting_the_same_1000_rows_twice_creates_them_then_leaves_them_unchanged(
        DatabaseProvider provider
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var rows = ErpRows(1, 1000);

        var first = await UpsertAsync(db, rows);
        var afterFirst = await StoredAsync(db);
        db.Statements.Reset();
        var second = await UpsertAsync(db, rows);

        Assert.All(first, r => Assert.Equal(UpsertOutcome.Created, r.Outcome));
        Assert.Equal(Enumerable.Range(0, 1000), first.Select(r => r.Index));
        Assert.All(second, r => Assert.Equal(UpsertOutcome.Unchanged, r.Outcome));
        // The second call only reads: one statement per 100 rows, no write at all.
        Assert.Equal(10, db.Statements.Count);
        Assert.All(db.Statements.Texts, text => Assert.StartsWith("SELECT", text.TrimStart()));
        var afterSecond = await StoredAsync(db);
        Assert.Equal(1000, afterSecond.Count);
        Assert.Equal(
            afterFirst.Select(c => (c.Id, c.Version, c.UpdatedAt)),
            afterSecond.Select(c => (c.Id, c.Version, c.UpdatedAt))
        );
        Assert.All(afterSecond, c => Assert.Equal(1, c.Version));
        Assert.Equal(rows[999].Name, afterSecond[999].Name);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_chunk_of_100_rows_is_one_read_and_one_save(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await UpsertAsync(db, ErpRows(1, 150));
        db.Statements.Reset();

        // 100 existing rows changed and 50 new ones in chunks of 100: two reads, then the writes of each chunk.
        var results = await UpsertAsync(db, ErpRows(51, 200, edition: " v2"));

        Assert.Equal(100, results.Count(r => r.Outcome == UpsertOutcome.Updated));
        Assert.Equal(100, results.Count(r => r.Outcome == UpsertOutcome.Created));
        var texts = db.Statements.Texts;
        var reads = texts.Count(text => text.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));
        Assert.Equal(2, reads);
        // PostgreSQL sends each chunk's writes as one batch; EF Core's SQLite provider never batches (the database
        // is in-process, there is no round trip to save), so there each row is its own statement.
        Assert.Equal(provider == DatabaseProvider.PostgreSql ? 2 : 200, texts.Count - reads);
    }

    [Fact]
    public async Task A_changed_row_is_updated_with_a_new_version_and_unchanged_rows_beside_it_are_not_written()
    {
        await using var db = await TestDatabase.CreateAsync();
        await UpsertAsync(db, ErpRows(1, 3));
        var rows = ErpRows(1, 3);
        rows[1] = rows[1] with { Name = "Renamed", Address = null };

        var results = await UpsertAsync(db, rows);

        Assert.Equal(
            [UpsertOutcome.Unchanged, UpsertOutcome.Updated, UpsertOutcome.Unchanged],
            results.Select(r => r.Outcome)
        );
        var stored = await StoredAsync(db);
        Assert.Equal([1, 2, 1], stored.Select(c => c.Version));
        Assert.Equal(("Renamed", null), (stored[1].Name, stored[1].Address.City));
        Assert.Equal(2, results[1].Customer!.Version);
    }

    [Fact]
    public async Task One_bad_row_fails_alone_with_its_typed_errors()
    {
        await using var db = await TestDatabase.CreateAsync();
        var rows = ErpRows(1, 4);
        rows[1] = rows[1] with { Name = " ", Email = "nope" };
        rows[2] = rows[2] with { Contacts = [new("A") { IsPrimary = true }, new("") { IsPrimary = true }] };
        rows[3] = new UpsertCustomerInput("ERP-00001", "Same reference as row 0");

        var results = await UpsertAsync(db, rows);

        Assert.Equal(
            [UpsertOutcome.Created, UpsertOutcome.Failed, UpsertOutcome.Failed, UpsertOutcome.Failed],
            results.Select(r => r.Outcome)
        );
        Assert.Equal(
            [("name", DomainErrorCodes.Required), ("email", DomainErrorCodes.InvalidEmail)],
            results[1].Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        Assert.Equal(
            [("contacts[1].name", DomainErrorCodes.Required), ("contacts", DomainErrorCodes.InvalidValue)],
            results[2].Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        var duplicate = Assert.IsType<ValidationError>(Assert.Single(results[3].Errors));
        Assert.Equal(("externalReference", DomainErrorCodes.Duplicate), (duplicate.Field, duplicate.Code));
        Assert.Null(results[1].Customer);
        Assert.Equal(["ERP-00001"], (await StoredAsync(db)).Select(c => c.ExternalReference));
    }

    [Fact]
    public async Task More_than_1000_rows_are_refused_before_anything_is_read()
    {
        await using var db = await TestDatabase.CreateAsync();

        var result = await db.Customers.UpsertByExternalReferenceAsync(ErpRows(1, 1001));

        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(
            ("customers", DomainErrorCodes.TooLong, "customers may list at most 1000 customers."),
            (error.Field, error.Code, error.Message)
        );
        Assert.Equal(0, db.Statements.Count);
    }

    [Fact]
    public async Task A_single_upsert_creates_then_replaces_then_keeps_and_honours_an_expected_version()
    {
        await using var db = await TestDatabase.CreateAsync();
        var row = ErpRow(7);

        var created = await db.Customers.UpsertByExternalReferenceAsync(row);
        var replaced = await db.Customers.UpsertByExternalReferenceAsync(
            row with
            {
                Email = null,
                ExpectedVersion = 1,
            }
        );
        var same = await db.Customers.UpsertByExternalReferenceAsync(row with { Email = null });
        var stale = await db.Customers.UpsertByExternalReferenceAsync(row with { ExpectedVersion = 1 });
        var notThere = await db.Customers.UpsertByExternalReferenceAsync(
            ErpRow(8) with
            {
                ExpectedVersion = 1,
            }
        );
        var invalid = await db.Customers.UpsertByExternalReferenceAsync(row with { Website = "ftp://x" });

        Assert.Equal((UpsertOutcome.Created, 1), (created.Value!.Outcome, created.Value.Customer!.Version));
        Assert.Equal((UpsertOutcome.Updated, 2), (replaced.Value!.Outcome, replaced.Value.Customer!.Version));
        Assert.Null(replaced.Value.Customer.Email);
        Assert.Equal((UpsertOutcome.Unchanged, 2), (same.Value!.Outcome, same.Value.Customer!.Version));
        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(stale.Errors)).Code
        );
        Assert.Equal(
            DomainErrorCodes.VersionConflict,
            Assert.IsType<ConflictError>(Assert.Single(notThere.Errors)).Code
        );
        Assert.Equal("website", Assert.IsType<ValidationError>(Assert.Single(invalid.Errors)).Field);
        Assert.Single(await StoredAsync(db));
    }

    [Fact]
    public async Task Inline_contacts_replace_the_stored_set_keeping_the_equal_ones()
    {
        await using var db = await TestDatabase.CreateAsync();
        var row = ErpRow(1) with
        {
            Contacts = [new("Ann") { IsPrimary = true, Email = "ann@example.com" }, new("Bob")],
        };
        var created = (await db.Customers.UpsertByExternalReferenceAsync(row)).Value!;
        var ann = created.Customer!.Contacts.Single(c => c.Name == "Ann");

        var again = (await db.Customers.UpsertByExternalReferenceAsync(row)).Value!;
        var replaced = (
            await db.Customers.UpsertByExternalReferenceAsync(
                row with
                {
                    Contacts = [new("Ann") { IsPrimary = true, Email = "ann@example.com" }, new("Cleo")],
                }
            )
        ).Value!;
        var untouched = (
            await db.Customers.UpsertByExternalReferenceAsync(row with { Contacts = null })
        ).Value!;

        Assert.Equal(UpsertOutcome.Unchanged, again.Outcome);
        Assert.Equal((UpsertOutcome.Updated, 2), (replaced.Outcome, replaced.Customer!.Version));
        Assert.Equal(UpsertOutcome.Unchanged, untouched.Outcome);
        var stored = (await db.ContactQueries.ListPageAsync(created.Customer.Id, 0, 10)).Value!.Content;
        Assert.Equal(["Ann", "Cleo"], stored.Select(c => c.Name).Order());
        var keptAnn = stored.Single(c => c.Name == "Ann");
        Assert.Equal((ann.Id, 1, true), (keptAnn.Id, keptAnn.Version, keptAnn.IsPrimary));
    }

    [Fact]
    public async Task Custom_field_values_are_set_by_key_with_the_row_and_checked_like_create()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.CustomFields.CreateDefinitionAsync(
            new("hours", "Hours", CustomFieldType.Number) { Maximum = 10 }
        );
        JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
        var good = ErpRow(1) with { CustomFields = [new("hours", Json("5"))] };
        var bad = ErpRow(2) with { CustomFields = [new("hours", Json("50")), new("nope", Json("1"))] };

        var first = await UpsertAsync(db, [good, bad]);
        var again = await UpsertAsync(db, [good]);
        var changed = await UpsertAsync(db, [good with { CustomFields = [new("hours", Json("6"))] }]);

        Assert.Equal([UpsertOutcome.Created, UpsertOutcome.Failed], first.Select(r => r.Outcome));
        Assert.Equal(
            [
                ("customFields[0].value", DomainErrorCodes.OutOfRange),
                ("customFields[1].key", DomainErrorCodes.UnknownKey),
            ],
            first[1].Errors.Cast<ValidationError>().Select(e => (e.Field, e.Code))
        );
        Assert.Equal(UpsertOutcome.Unchanged, again[0].Outcome);
        Assert.Equal((UpsertOutcome.Updated, 2), (changed[0].Outcome, changed[0].Customer!.Version));
        var value = Assert.Single(
            await db.CustomFieldQueries.GetValuesForCustomerAsync(first[0].Customer!.Id)
        );
        Assert.Equal("6", value.Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_upserts_of_overlapping_rows_lose_nothing_and_duplicate_nothing(
        DatabaseProvider provider
    )
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        await UpsertAsync(db, ErpRows(1, 200));
        // Both writers change rows 101-300; each also has rows of its own, new and existing.
        var left = ErpRows(1, 300, edition: " (left)");
        var right = ErpRows(101, 300, edition: " (right)");

        var results = await Task.WhenAll(
            Task.Run(() => UpsertAsync(db, left)),
            Task.Run(() => UpsertAsync(db, right))
        );

        Assert.All(results.SelectMany(r => r), r => Assert.NotEqual(UpsertOutcome.Failed, r.Outcome));
        var stored = await StoredAsync(db);
        Assert.Equal(400, stored.Count);
        Assert.Equal(400, stored.Select(c => c.ExternalReference).Distinct().Count());
        // Every acknowledged write is counted in the version: created (1) or existing (1), plus one per update.
        var updates = results
            .SelectMany(r => r)
            .Where(r => r.Outcome == UpsertOutcome.Updated)
            .GroupBy(r => r.ExternalReference!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(stored, c => Assert.Equal(1 + updates.GetValueOrDefault(c.ExternalReference!), c.Version));
        Assert.All(stored, c => Assert.True(c.Name.EndsWith("(left)") || c.Name.EndsWith("(right)")));
        var creations = results.SelectMany(r => r).Count(r => r.Outcome == UpsertOutcome.Created);
        Assert.Equal(200, creations);
    }
}
