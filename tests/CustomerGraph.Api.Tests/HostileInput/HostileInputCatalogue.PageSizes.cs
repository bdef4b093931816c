using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="PageSizes"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] PageSizeRows()
    {
        // Page numbers and sizes the REST lists refuse, each with the parameter it names.
        (string Query, string Field)[] badPages =
        [
            ("size=-1", "size"),
            ("size=0", "size"),
            ("size=1001", "size"),
            ("size=2147483648", "size"),
            ("size=1e3", "size"),
            ("page=-1", "page"),
            ("page=99999999999999999999", "page"),
        ];
        return
        [
            .. Each(
                new[]
                {
                    ("first: -1", "first: -1", "first"),
                    ("first: 1001", "first: 1001", "first"),
                    ("first: 2147483647", "first: 2147483647", "first"),
                    ("last: -5", "last: -5", "last"),
                    ("first and last together", "first: 5, last: 5", "first"),
                },
                (name, arguments, field) =>
                    Post(
                        name,
                        $"{{ customers({arguments}) {{ pageInfo {{ count }} }} }}",
                        null,
                        Error("BAD_USER_INPUT", Ok, field)
                    )
            ),
            Post(
                "first: 2147483648",
                "{ customers(first: 2147483648) { pageInfo { count } } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "first: 1e100",
                "{ customers(first: 1e100) { pageInfo { count } } }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            .. Each(
                new[]
                {
                    ("variable first 99999999999999999999", "99999999999999999999"),
                    ("variable first -2147483649", "-2147483649"),
                    ("variable first \"10\"", "\"10\""),
                    ("variable first 2.5", "2.5"),
                },
                (name, value) =>
                    Post(
                        name,
                        "query($first: Int) { customers(first: $first) { pageInfo { count } } }",
                        $"{{\"first\":{value}}}",
                        Error("BAD_USER_INPUT")
                    )
            ),
            Post(
                "nested contacts(first: -1)",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { name contacts(first: -1) { nodes { name } } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "first")
            ),
            Post(
                "assets(first: 100000)",
                "{ assets(first: 100000) { nodes { name } } }",
                null,
                Error("QUERY_COMPLEXITY_REACHED")
            ),
            Get(
                "GET first: -1",
                "{ customers(first: -1) { pageInfo { count } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "first")
            ),
            .. Each(
                badPages,
                (query, field) =>
                    RestGet($"{query}", $"{Customers}?{query}", RestError400("constraint_violation", field))
            ),
            RestGet(
                "page=2147483647&size=1000",
                Customers + "?page=2147483647&size=1000",
                RestData(
                    "an empty page past the end",
                    page =>
                        page.GetProperty("content").GetArrayLength() == 0
                        && page.GetProperty("totalElements").GetInt32() > 0
                )
            ),
            Post(
                "customer assets(first: -1)",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { name assets(first: -1) { nodes { note } } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "first")
            ),
            Post(
                "customer contacts(last: 1001)",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { name contacts(last: 1001) { nodes { name } } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "last")
            ),
            Post(
                "asset customers(first: 2000)",
                "{ asset(id: \""
                    + SeededRows.Asset
                    + "\") { name customers(first: 2000) { nodes { note } } } }",
                null,
                Error("BAD_USER_INPUT", Ok, "first")
            ),
            .. new[] { ("contacts", Contacts), ("assets", CustomerAssets) }.SelectMany(resource =>
                (HostileCase[])
                    [
                        .. Each(
                            badPages,
                            (query, field) =>
                                RestGet(
                                    $"{resource.Item1} {query}",
                                    $"{resource.Item2}?{query}",
                                    RestError400("constraint_violation", field)
                                )
                        ),
                        RestGet(
                            $"{resource.Item1} page=2147483647&size=1000",
                            resource.Item2 + "?page=2147483647&size=1000",
                            RestData(
                                "an empty page past the end",
                                page =>
                                    page.GetProperty("content").GetArrayLength() == 0
                                    && page.GetProperty("number").GetInt32() == int.MaxValue
                            )
                        ),
                    ]
            ),
        ];
    }
}
