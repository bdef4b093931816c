using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="AliasFlood"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] AliasFloodRows()
    {
        var tooMany = Error("MAX_FIELDS_EXCEEDED");
        // Aliases of costly fields: each alias is cheap to write and costs a full page to answer.
        var tooCostly = Error("QUERY_COMPLEXITY_REACHED");
        return
        [
            Post(
                "3,000 aliases of __typename",
                "{ " + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"a{i}: __typename ")) + "}",
                null,
                tooMany
            ),
            Post(
                "600 aliases of customers(first: 1000)",
                "{ "
                    + string.Concat(
                        Enumerable.Range(0, 600).Select(i => $"c{i}: customers(first: 1000) {{ ...N }} ")
                    )
                    + "} fragment N on CustomerConnection { nodes { name email } }",
                null,
                tooMany
            ),
            Post("fragments doubling 30 times", Doubling(30), null, tooMany),
            Post(
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
            ),
            Post(
                "1,000 repeated directives",
                "{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 1_000)) + "}",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "20,000 bare fields",
                "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}",
                null,
                Error("MAX_TOKENS_EXCEEDED")
            ),
            Get("GET fragments doubling 30 times", Doubling(30), null, tooMany),
            BatchRaw(
                "batch of 20 doubling fragments",
                "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(Doubling(30), null), 20)) + "]",
                Batch([.. Enumerable.Repeat("MAX_FIELDS_EXCEEDED", 20)])
            ),
            Post("60 aliases of customers(first: 1000)", CostlyAliases(60), null, tooCostly),
            Post(
                "60 aliases of a customer's contacts(first: 1000)",
                "{ customer(id: \""
                    + SeededRows.Customer
                    + "\") { "
                    + string.Concat(
                        Enumerable
                            .Range(0, 60)
                            .Select(i => $"k{i}: contacts(first: 1000) {{ nodes {{ name email }} }} ")
                    )
                    + "} }",
                null,
                tooCostly
            ),
            Post(
                "100 aliases of nodes with 1,000 ids",
                "query($ids: [ID!]!) { "
                    + string.Concat(Enumerable.Range(0, 100).Select(i => $"n{i}: nodes(ids: $ids) {{ id }} "))
                    + "}",
                "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 1_000)) + "]}",
                tooCostly
            ),
            // Had it run, each alias would have changed the seeded customer's assets.
            Post(
                "100 aliased updateCustomerAssets each reading 1,000 assignments",
                "mutation($input: UpdateCustomerAssetsInput!) { "
                    + string.Concat(
                        Enumerable
                            .Range(0, 100)
                            .Select(i =>
                                $"u{i}: updateCustomerAssets(input: $input) {{ customer {{ assets(first: 1000) {{ nodes {{ note }} }} }} }} "
                            )
                    )
                    + "}",
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"assign\":[{\"assetId\":\""
                    + SeededRows.Asset
                    + "\",\"assignmentType\":\"SERVICE\",\"note\":\"aliased\"}]}}",
                tooCostly
            ),
            Post(
                "100 aliased createCustomerContact each reading 1,000 contacts",
                "mutation($input: CreateCustomerContactInput!) { "
                    + string.Concat(
                        Enumerable
                            .Range(0, 100)
                            .Select(i =>
                                $"k{i}: createCustomerContact(input: $input) {{ contact {{ customer {{ contacts(first: 1000) {{ nodes {{ name }} }} }} }} }} "
                            )
                    )
                    + "}",
                "{\"input\":{\"customerId\":\"" + SeededRows.Customer + "\",\"name\":\"Aliased\"}}",
                tooCostly
            ),
            Get("GET 60 aliases of customers(first: 1000)", CostlyAliases(60), null, tooCostly),
            BatchRaw(
                "batch of 20 costly alias sets",
                "[" + string.Join(",", Enumerable.Repeat(GraphQLBody(CostlyAliases(60), null), 20)) + "]",
                Batch([.. Enumerable.Repeat("QUERY_COMPLEXITY_REACHED", 20)])
            ),
        ];
    }
}
