namespace CustomerGraph.Customers.Tests;

public sealed class CustomerQueriesTests
{
    // Seven customers; two share the name "Delta" so the id has to break the tie.
    private static readonly string[] Names =
    [
        "Echo",
        "Alpha",
        "Delta",
        "Charlie",
        "Delta",
        "Bravo",
        "Foxtrot",
    ];

    private static async Task<List<Customer>> SeedAsync(TestDatabase db)
    {
        var customers = new List<Customer>();
        foreach (var name in Names)
        {
            db.Clock.Advance(TimeSpan.FromMinutes(1));
            customers.Add((await db.Customers.CreateAsync(new CreateCustomerInput(name))).Value!);
        }
        return customers;
    }

    private static async Task<List<Customer>> ReadAllAsync(
        TestDatabase db,
        int pageSize,
        CustomerSort sort,
        bool backward = false
    )
    {
        var all = new List<Customer>();
        Cursor? cursor = null;
        while (true)
        {
            var request = backward
                ? new PageRequest(Last: pageSize, Before: cursor)
                : new PageRequest(pageSize, cursor);
            var page = (await db.CustomerQueries.ListAsync(request, sort: sort)).Value!;
            Assert.InRange(page.Edges.Count, 0, pageSize);
            if (backward)
            {
                all.InsertRange(0, page.Nodes);
                Assert.Equal(cursor is not null, page.HasNextPage);
                if (!page.HasPreviousPage)
                    return all;
                cursor = page.StartCursor;
            }
            else
            {
                all.AddRange(page.Nodes);
                Assert.Equal(cursor is not null, page.HasPreviousPage);
                if (!page.HasNextPage)
                    return all;
                cursor = page.EndCursor;
            }
        }
    }

    private static List<Customer> Expected(List<Customer> customers, CustomerSort sort)
    {
        var ordered = sort.Field switch
        {
            CustomerSortField.Name => customers.OrderBy(c => c.Name, StringComparer.Ordinal),
            CustomerSortField.CreatedAt => customers.OrderBy(c => c.CreatedAt),
            _ => customers.OrderBy(c => c.UpdatedAt),
        };
        // SQLite stores Guids as upper-case text and compares it byte by byte.
        var list = ordered.ThenBy(c => c.Id.ToString().ToUpperInvariant(), StringComparer.Ordinal).ToList();
        if (sort.Descending)
            list.Reverse();
        return list;
    }

    public static TheoryData<CustomerSortField, bool, int> Sorts()
    {
        var data = new TheoryData<CustomerSortField, bool, int>();
        foreach (var field in Enum.GetValues<CustomerSortField>())
        foreach (var descending in new[] { false, true })
        foreach (var size in new[] { 1, 3, 7, 10 })
            data.Add(field, descending, size);
        return data;
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Paging_forwards_and_backwards_visits_every_customer_once_in_sort_order(
        CustomerSortField field,
        bool descending,
        int pageSize
    )
    {
        await using var db = await TestDatabase.CreateAsync();
        var customers = await SeedAsync(db);
        // Make update times differ from creation order.
        await db.Customers.UpdateAsync(customers[0].Id, new CustomerPatch { Description = "touched" });
        customers[0] = (await db.CustomerQueries.GetByIdAsync(customers[0].Id))!;
        var sort = new CustomerSort(field, descending);
        var expected = Expected(customers, sort).Select(c => c.Id).ToList();

        var forwards = await ReadAllAsync(db, pageSize, sort);
        var backwards = await ReadAllAsync(db, pageSize, sort, backward: true);

        Assert.Equal(expected, forwards.Select(c => c.Id));
        Assert.Equal(expected, backwards.Select(c => c.Id));
    }

    [Fact]
    public async Task The_default_order_is_name_ascending_and_the_default_size_is_twenty()
    {
        await using var db = await TestDatabase.CreateAsync();
        for (var i = 0; i < 25; i++)
            await db.Customers.CreateAsync(new CreateCustomerInput($"Customer {i:D2}"));
        var page = (await db.CustomerQueries.ListAsync(new PageRequest())).Value!;
        Assert.Equal(20, page.Edges.Count);
        Assert.Equal("Customer 00", page.Nodes.First().Name);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task A_last_page_that_exactly_fills_has_no_next_page()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var first = (await db.CustomerQueries.ListAsync(new PageRequest(4))).Value!;
        var second = (await db.CustomerQueries.ListAsync(new PageRequest(3, first.EndCursor))).Value!;
        Assert.True(first.HasNextPage);
        Assert.Equal(3, second.Edges.Count);
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
        Assert.Equal(second.Edges[^1].Cursor, second.EndCursor);
    }

    [Fact]
    public async Task After_and_before_together_bound_a_range()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var all = (await db.CustomerQueries.ListAsync(new PageRequest(7))).Value!;
        var between = (
            await db.CustomerQueries.ListAsync(
                new PageRequest(10, all.Edges[1].Cursor, Before: all.Edges[5].Cursor)
            )
        ).Value!;
        Assert.Equal(all.Nodes.Skip(2).Take(3).Select(c => c.Id), between.Nodes.Select(c => c.Id));
    }

    [Fact]
    public async Task First_zero_returns_no_items_but_tells_whether_any_exist()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var page = (await db.CustomerQueries.ListAsync(new PageRequest(0))).Value!;
        Assert.Empty(page.Edges);
        Assert.True(page.HasNextPage);
        Assert.Null(page.StartCursor);
    }

    [Fact]
    public async Task Pages_never_use_OFFSET()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var first = (await db.CustomerQueries.ListAsync(new PageRequest(2))).Value!;
        db.Statements.Reset();
        await db.CustomerQueries.ListAsync(new PageRequest(2, first.EndCursor));
        var sql = Assert.Single(db.Statements.Texts);
        Assert.DoesNotContain("OFFSET", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", sql, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<PageRequest, string, string> InvalidPages() =>
        new()
        {
            { new PageRequest(First: 1, Last: 1), "first", DomainErrorCodes.InvalidPagingArguments },
            { new PageRequest(First: -1), "first", DomainErrorCodes.InvalidPageSize },
            { new PageRequest(Last: -1), "last", DomainErrorCodes.InvalidPageSize },
            { new PageRequest(First: 1001), "first", DomainErrorCodes.InvalidPageSize },
            {
                new PageRequest(First: 1, After: new Cursor("not a cursor")),
                "after",
                DomainErrorCodes.InvalidCursor
            },
            {
                new PageRequest(Last: 1, Before: new Cursor("bnxub3Rob2luZw")),
                "before",
                DomainErrorCodes.InvalidCursor
            },
        };

    [Theory]
    [MemberData(nameof(InvalidPages))]
    public async Task Invalid_page_arguments_are_validation_errors(
        PageRequest request,
        string field,
        string code
    )
    {
        await using var db = await TestDatabase.CreateAsync();
        var result = await db.CustomerQueries.ListAsync(request);
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_page_of_1000_is_allowed()
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.True((await db.CustomerQueries.ListAsync(new PageRequest(1000))).Succeeded);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_is_rejected()
    {
        await using var db = await TestDatabase.CreateAsync();
        await SeedAsync(db);
        var byName = (await db.CustomerQueries.ListAsync(new PageRequest(2))).Value!;
        var result = await db.CustomerQueries.ListAsync(
            new PageRequest(2, byName.EndCursor),
            sort: new CustomerSort(CustomerSortField.CreatedAt)
        );
        Assert.Equal(
            DomainErrorCodes.InvalidCursor,
            Assert.IsType<ValidationError>(Assert.Single(result.Errors)).Code
        );
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_count_alike()
    {
        await using var db = await TestDatabase.CreateAsync();
        var dealer = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Big Dealer")
                {
                    Type = CustomerType.Dealer,
                    Email = "sales@bigdealer.example.com",
                    Address = new AddressInput(Country: "DE"),
                }
            )
        ).Value!;
        var rental = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Rent It")
                {
                    Type = CustomerType.RentalCompany,
                    ExternalReference = "ERP-DEALER-7",
                    Address = new AddressInput(Country: "DK"),
                }
            )
        ).Value!;
        db.Clock.Advance(TimeSpan.FromHours(1));
        var since = db.Clock.GetUtcNow().UtcDateTime;
        var plain = (await db.Customers.CreateAsync(new CreateCustomerInput("Plain"))).Value!;
        var asset = await AssetFactory.AddAssetsAsync(db, 1);
        await db.Assignments.UpdateCustomerAssetsAsync(
            rental.Id,
            new UpdateCustomerAssetsInput
            {
                Assign = [new AssetAssignmentInput(asset[0].Id, AssignmentType.Rental)],
            }
        );

        async Task Check(CustomerFilters filters, params Customer[] expected)
        {
            var page = (await db.CustomerQueries.ListAsync(new PageRequest(10), filters)).Value!;
            Assert.Equal(expected.Select(c => c.Id).Order(), page.Nodes.Select(c => c.Id).Order());
            Assert.Equal(expected.Length, await db.CustomerQueries.CountAsync(filters));
        }

        await Check(new CustomerFilters(), dealer, rental, plain);
        await Check(new CustomerFilters { Search = "DEALER" }, dealer, rental);
        await Check(new CustomerFilters { Search = "bigdealer.example" }, dealer);
        await Check(new CustomerFilters { Search = "erp-dealer" }, rental);
        await Check(new CustomerFilters { Types = [CustomerType.Dealer, CustomerType.Oem] }, dealer);
        await Check(new CustomerFilters { Countries = ["dk", "SE"] }, rental);
        await Check(new CustomerFilters { HasAssets = true }, rental);
        await Check(new CustomerFilters { HasAssets = false }, dealer, plain);
        await Check(new CustomerFilters { UpdatedSince = since }, plain);
        await Check(
            new CustomerFilters { CustomerIds = [dealer.Id, plain.Id, Guid.NewGuid()] },
            dealer,
            plain
        );
        await Check(new CustomerFilters { Search = "dealer", Types = [CustomerType.RentalCompany] }, rental);
    }

    [Fact]
    public async Task Filter_lists_shrink_to_the_values_that_can_match_so_a_flood_stays_a_small_statement()
    {
        await using var db = await TestDatabase.CreateAsync();
        var dealer = (
            await db.Customers.CreateAsync(
                new CreateCustomerInput("Dealer")
                {
                    Type = CustomerType.Dealer,
                    Address = new AddressInput(Country: "DK"),
                }
            )
        ).Value!;
        await db.Customers.CreateAsync(new CreateCustomerInput("Other"));
        var filters = new CustomerFilters
        {
            Types = [.. Enumerable.Repeat(CustomerType.Dealer, 50_000)],
            Countries = [.. Enumerable.Range(0, 5_000).Select(i => $"X{i}"), "dk", "DK"],
            CustomerIds = [.. Enumerable.Repeat(dealer.Id, 20_000)],
        };
        db.Statements.Reset();

        var page = (await db.CustomerQueries.ListAsync(new PageRequest(10), filters)).Value!;
        var numbered = (await db.CustomerQueries.ListPageAsync(0, 10, filters: filters)).Value!;

        Assert.Equal([dealer.Id], page.Nodes.Select(c => c.Id));
        Assert.Equal([dealer.Id], numbered.Content.Select(c => c.Id));
        Assert.Equal(1, await db.CustomerQueries.CountAsync(filters));
        Assert.All(db.Statements.Commands, command => Assert.InRange(command.Parameters.Count, 0, 10));
    }

    [Fact]
    public async Task More_than_1000_distinct_customer_ids_are_refused()
    {
        await using var db = await TestDatabase.CreateAsync();
        var ids = Enumerable.Range(0, 1_001).Select(_ => Guid.NewGuid()).ToList();

        var result = await db.CustomerQueries.ListAsync(
            new PageRequest(10),
            new CustomerFilters { CustomerIds = ids }
        );

        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal(("filters.customerIds", DomainErrorCodes.TooLong), (error.Field, error.Code));
        var atTheLimit = new CustomerFilters { CustomerIds = ids[..1_000] };
        Assert.True((await db.CustomerQueries.ListAsync(new PageRequest(10), atTheLimit)).Succeeded);
        Assert.False(
            (await db.CustomerQueries.ListPageAsync(0, 10, filters: new() { CustomerIds = ids })).Succeeded
        );
    }

    [Fact]
    public async Task Batch_lookup_by_ids_returns_known_customers_in_one_statement()
    {
        await using var db = await TestDatabase.CreateAsync();
        var customers = await SeedAsync(db);
        db.Statements.Reset();
        var found = await db.CustomerQueries.GetByIdsAsync([
            customers[0].Id,
            customers[3].Id,
            Guid.NewGuid(),
        ]);
        Assert.Equal(1, db.Statements.Count);
        Assert.Equal(2, found.Count);
        Assert.Equal("Charlie", found[customers[3].Id].Name);
    }
}
