using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

/// <summary>The DataLoader-shaped batch reads: one statement per call, however many parents, and correct windows.</summary>
public sealed class BatchLoaderTests
{
    private sealed record Graph(List<Customer> Customers, List<Asset> Assets);

    // Customer i has i contacts (named in reverse so name order differs from insertion order) and i assignments.
    private static async Task<Graph> SeedAsync(TestDatabase db, int customerCount)
    {
        var customers = new List<Customer>();
        var assets = await AssetFactory.AddAssetsAsync(db, customerCount + 1);
        await db.CustomFields.CreateDefinitionAsync(new("flag", "Flag", CustomFieldType.Boolean));
        await db.CustomFields.CreateDefinitionAsync(new("hours", "Hours", CustomFieldType.Number));
        for (var i = 0; i < customerCount; i++)
        {
            var customer = (
                await db.Customers.CreateAsync(new CreateCustomerInput($"Customer {i:D3}"))
            ).Value!;
            customers.Add(customer);
            for (var c = i; c > 0; c--)
                await db.Contacts.CreateAsync(customer.Id, new CreateContactInput($"Contact {c:D2}"));
            await db.Assignments.UpdateCustomerAssetsAsync(
                customer.Id,
                new UpdateCustomerAssetsInput
                {
                    Assign = Enumerable
                        .Range(0, i)
                        .Select(a => new AssetAssignmentInput(
                            assets[a].Id,
                            a % 2 == 0 ? AssignmentType.Rental : AssignmentType.Service
                        ))
                        .ToList(),
                }
            );
            if (i % 2 == 1)
                await db.CustomFields.SetCustomerValuesAsync(
                    customer.Id,
                    [
                        new("flag", JsonDocument.Parse("true").RootElement),
                        new("hours", JsonDocument.Parse("3").RootElement),
                    ]
                );
        }
        db.Statements.Reset();
        return new Graph(customers, assets);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(40)]
    public async Task Each_loader_issues_exactly_one_statement_whatever_the_number_of_parents(int parents)
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 40);
        var customerIds = graph.Customers.Take(parents).Select(c => c.Id).ToList();
        var assetIds = graph.Assets.Take(parents).Select(a => a.Id).ToList();

        async Task<int> Statements(Func<Task> load)
        {
            db.Statements.Reset();
            await load();
            return db.Statements.Count;
        }

        Assert.Equal(
            1,
            await Statements(() => db.ContactQueries.GetContactsForCustomersAsync(customerIds, new(5)))
        );
        Assert.Equal(
            1,
            await Statements(() => db.AssignmentQueries.GetAssignmentsForCustomersAsync(customerIds, new(5)))
        );
        Assert.Equal(
            1,
            await Statements(() =>
                db.AssignmentQueries.GetAssignmentsForCustomersAsync(
                    customerIds,
                    new(5),
                    [AssignmentType.Service]
                )
            )
        );
        Assert.Equal(
            1,
            await Statements(() => db.AssignmentQueries.GetAssignmentsForAssetsAsync(assetIds, new(5)))
        );
        Assert.Equal(
            1,
            await Statements(() => db.CustomFieldQueries.GetValuesForCustomersAsync(customerIds))
        );
        Assert.Equal(1, await Statements(() => db.CustomerQueries.GetByIdsAsync(customerIds)));
        Assert.Equal(1, await Statements(() => db.AssetQueries.GetByIdsAsync(assetIds)));
    }

    [Fact]
    public async Task The_windowed_statement_filters_parents_inside_the_window()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 3);
        await db.ContactQueries.GetContactsForCustomersAsync(
            graph.Customers.Select(c => c.Id).ToList(),
            new(2)
        );
        var sql = Assert.Single(db.Statements.Texts);
        var window = sql.IndexOf("ROW_NUMBER()", StringComparison.Ordinal);
        var filter = sql.IndexOf("\"CustomerId\" IN (", StringComparison.Ordinal);
        var windowEnd = sql.IndexOf(") AS w", StringComparison.Ordinal);
        Assert.True(window >= 0 && window < filter && filter < windowEnd, sql);
    }

    [Fact]
    public async Task Contacts_come_first_n_per_customer_in_name_order_with_page_info()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 6);
        var ids = graph.Customers.Select(c => c.Id).ToList();

        var pages = (await db.ContactQueries.GetContactsForCustomersAsync(ids, new(3))).Value!;

        for (var i = 0; i < ids.Count; i++)
        {
            var page = pages[ids[i]];
            var expected = Enumerable.Range(1, Math.Min(i, 3)).Select(c => $"Contact {c:D2}");
            Assert.Equal(expected, page.Nodes.Select(c => c.Name));
            Assert.Equal(i > 3, page.HasNextPage);
            Assert.False(page.HasPreviousPage);
            Assert.All(page.Nodes, contact => Assert.Equal(ids[i], contact.CustomerId));
        }
    }

    [Fact]
    public async Task Contacts_page_on_from_a_cursor_and_backwards_from_the_end()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 6);
        var id = graph.Customers[5].Id;

        var first = (await db.ContactQueries.GetContactsForCustomersAsync([id], new(2))).Value![id];
        var next = (
            await db.ContactQueries.GetContactsForCustomersAsync([id], new(2, first.EndCursor))
        ).Value![id];
        var last = (await db.ContactQueries.GetContactsForCustomersAsync([id], new(Last: 2))).Value![id];
        var beforeLast = (
            await db.ContactQueries.GetContactsForCustomersAsync([id], new(Last: 2, Before: last.StartCursor))
        ).Value![id];

        Assert.Equal(["Contact 03", "Contact 04"], next.Nodes.Select(c => c.Name));
        Assert.True(next.HasNextPage && next.HasPreviousPage);
        Assert.Equal(["Contact 04", "Contact 05"], last.Nodes.Select(c => c.Name));
        Assert.True(last.HasPreviousPage);
        Assert.False(last.HasNextPage);
        Assert.Equal(["Contact 02", "Contact 03"], beforeLast.Nodes.Select(c => c.Name));
    }

    [Fact]
    public async Task Parents_without_children_and_unknown_parents_get_empty_pages()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 2);
        var unknown = Guid.NewGuid();
        var pages = (
            await db.ContactQueries.GetContactsForCustomersAsync([graph.Customers[0].Id, unknown], new(5))
        ).Value!;
        Assert.Empty(pages[graph.Customers[0].Id].Edges);
        Assert.Empty(pages[unknown].Edges);
    }

    [Fact]
    public async Task A_bad_child_cursor_is_a_validation_error()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 2);
        var assignmentCursor = AssetAssignmentQueries.CursorOf(
            new CustomerAssetAssignment { Id = Guid.NewGuid(), AssignedAt = DateTime.UtcNow }
        );
        var result = await db.ContactQueries.GetContactsForCustomersAsync(
            [graph.Customers[1].Id],
            new(2, assignmentCursor)
        );
        Assert.Equal(
            DomainErrorCodes.InvalidCursor,
            Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Code
        );
    }

    [Fact]
    public async Task Assignments_come_per_customer_with_their_asset_and_can_be_filtered_by_type()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 6);
        var ids = graph.Customers.Select(c => c.Id).ToList();

        var all = (await db.AssignmentQueries.GetAssignmentsForCustomersAsync(ids, new(4))).Value!;
        var service = (
            await db.AssignmentQueries.GetAssignmentsForCustomersAsync(ids, new(10), [AssignmentType.Service])
        ).Value!;

        // One change assigns them all at the same instant, so the id breaks the tie.
        var expected = await AssignmentOrderAsync(db, ids[5]);
        Assert.Equal(expected.Take(4), all[ids[5]].Nodes.Select(a => a.Id));
        Assert.True(all[ids[5]].HasNextPage);
        Assert.All(all[ids[5]].Nodes, a => Assert.Equal(a.AssetId, a.Asset!.Id));
        Assert.Equal(
            new[] { graph.Assets[1].Id, graph.Assets[3].Id }.Order(),
            service[ids[5]].Nodes.Select(a => a.AssetId).Order()
        );
        Assert.All(
            service.Values.SelectMany(p => p.Nodes),
            a => Assert.Equal(AssignmentType.Service, a.AssignmentType)
        );
    }

    [Fact]
    public async Task Assignments_page_on_from_a_time_cursor()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 6);
        var id = graph.Customers[5].Id;
        var first = (await db.AssignmentQueries.GetAssignmentsForCustomersAsync([id], new(2))).Value![id];
        var rest = (
            await db.AssignmentQueries.GetAssignmentsForCustomersAsync([id], new(10, first.EndCursor))
        ).Value![id];
        Assert.Equal((await AssignmentOrderAsync(db, id)).Skip(2), rest.Nodes.Select(a => a.Id));
        Assert.False(rest.HasNextPage);
    }

    // The order the database keeps: assignment time, then id (Guids compare as upper-case text on SQLite).
    private static async Task<List<Guid>> AssignmentOrderAsync(TestDatabase db, Guid customerId)
    {
        await using var context = await db.Contexts.CreateDbContextAsync();
        var rows = await context.Assignments.Where(a => a.CustomerId == customerId).ToListAsync();
        return rows.OrderBy(a => a.AssignedAt)
            .ThenBy(a => a.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal)
            .Select(a => a.Id)
            .ToList();
    }

    [Fact]
    public async Task The_reverse_lookup_lists_each_assets_customers()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 6);
        var assetIds = graph.Assets.Select(a => a.Id).ToList();

        var pages = (await db.AssignmentQueries.GetAssignmentsForAssetsAsync(assetIds, new(3))).Value!;

        // Asset a is assigned to every customer i > a.
        Assert.Equal(
            graph.Customers.Skip(1).Take(3).Select(c => c.Name),
            pages[assetIds[0]].Nodes.Select(a => a.Customer!.Name)
        );
        Assert.True(pages[assetIds[0]].HasNextPage);
        Assert.Equal([graph.Customers[5].Id], pages[assetIds[4]].Nodes.Select(a => a.CustomerId));
        Assert.Empty(pages[assetIds[6]].Edges);
    }

    [Fact]
    public async Task Custom_field_values_come_per_customer_with_their_definitions()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 4);
        var ids = graph.Customers.Select(c => c.Id).ToList();
        var values = await db.CustomFieldQueries.GetValuesForCustomersAsync(ids);
        Assert.Empty(values[ids[0]]);
        Assert.Equal(["flag", "hours"], values[ids[1]].Select(v => v.Definition!.Key));
        Assert.Equal(["true", "3"], values[ids[3]].Select(v => v.Value));
    }

    [Fact]
    public async Task Loaders_running_in_parallel_each_use_their_own_context()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 10);
        var ids = graph.Customers.Select(c => c.Id).ToList();
        var loads = Enumerable
            .Range(0, 8)
            .Select(_ => db.ContactQueries.GetContactsForCustomersAsync(ids, new(2)))
            .ToList();
        var results = await Task.WhenAll(loads);
        Assert.All(results, result => Assert.Equal(2, result.Value![ids[9]].Edges.Count));
    }

    [Fact]
    public async Task Deleting_a_customer_cascades_to_contacts_assignments_and_values()
    {
        await using var db = await TestDatabase.CreateAsync();
        var graph = await SeedAsync(db, 4);
        var doomed = graph.Customers[3];

        Assert.Equal(doomed.Id, (await db.Customers.DeleteAsync(doomed.Id)).Value);

        await using var context = await db.Contexts.CreateDbContextAsync();
        Assert.False(await context.Contacts.AnyAsync(c => c.CustomerId == doomed.Id));
        Assert.False(await context.Assignments.AnyAsync(a => a.CustomerId == doomed.Id));
        Assert.False(await context.CustomFieldValues.AnyAsync(v => v.CustomerId == doomed.Id));
        // Other customers and the assets themselves stay.
        Assert.Equal(2, await context.Contacts.CountAsync(c => c.CustomerId == graph.Customers[2].Id));
        Assert.Equal(graph.Assets.Count, await context.Assets.CountAsync());
    }
}
