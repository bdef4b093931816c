using System.Net;
using System.Text.Json;
using static CustomerGraph.Api.Tests.Expectation;

namespace CustomerGraph.Api.Tests;

public static partial class HostileInputCatalogue
{
    /// <summary>The cases of <see cref="HugeLists"/>: one row a case, stamped with the category by <see cref="All"/>.</summary>
    private static HostileCase[] HugeListRows() =>
        [
            Post(
                "100,000 ints for an Int variable",
                "query($first: Int) { customers(first: $first) { pageInfo { count } } }",
                "{\"first\":[" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]}",
                Error("BAD_USER_INPUT")
            ),
            Post(
                "5,000 declared variables",
                "query("
                    + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"$v{i}: Int "))
                    + ") { __typename }",
                null,
                Error("MAX_TOKENS_EXCEEDED")
            ),
            Post(
                "1,000 unused variables",
                "query("
                    + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"$v{i}: Int "))
                    + ") { __typename }",
                null,
                Error("GRAPHQL_VALIDATION_FAILED")
            ),
            Post(
                "50,000 undeclared variables are ignored",
                "{ __typename }",
                "{" + string.Join(",", Enumerable.Range(0, 50_000).Select(i => $"\"v{i}\":{i}")) + "}",
                GraphQLData(
                    "__typename answered",
                    data => data.GetProperty("__typename").GetString() == "Query"
                )
            ),
            Post(
                "30,000 garbage ids for nodes",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                "{\"ids\":[" + string.Join(",", Enumerable.Range(0, 30_000).Select(i => $"\"x{i}\"")) + "]}",
                GraphQLData(
                    "every node is null",
                    data =>
                        data.GetProperty("nodes").EnumerateArray().All(n => n.ValueKind == JsonValueKind.Null)
                )
            ),
            Post(
                "20,000 unknown customer ids in a filter",
                "query($ids: [ID!]) { customers(filters: { customerIds: $ids }) { pageInfo { count } } }",
                "{\"ids\":["
                    + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"{Uuid(i)}\""))
                    + "]}",
                Error("BAD_USER_INPUT", Ok, "filters.customerIds")
            ),
            Post(
                "50,000 repeated customer types",
                "query($types: [CustomerType!]) { customers(filters: { types: $types }) { pageInfo { count } } }",
                "{\"types\":[" + string.Join(",", Enumerable.Repeat("\"OEM\"", 50_000)) + "]}",
                GraphQLData("the demo seed's OEMs", data => Count(data) > 0)
            ),
            Post(
                "20,000 unknown country codes",
                "query($countries: [String!]) { customers(filters: { countries: $countries }) { pageInfo { count } } }",
                "{\"countries\":["
                    + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"X{i}\""))
                    + "]}",
                GraphQLData("nothing matches", data => Count(data) == 0)
            ),
            Post(
                "50,000 repeated asset types",
                "query($types: [AssetType!]) { assets(filters: { assetTypes: $types }) { nodes { assetId } } }",
                "{\"types\":[" + string.Join(",", Enumerable.Repeat("\"MACHINE\"", 50_000)) + "]}",
                GraphQLData(
                    "a page of assets",
                    data => data.GetProperty("assets").GetProperty("nodes").ValueKind == JsonValueKind.Array
                )
            ),
            Post(
                "5,000 unknown assets to assign",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"assign\":["
                    + string.Join(
                        ",",
                        Enumerable
                            .Range(1, 5_000)
                            .Select(i => $"{{\"assetId\":\"{Uuid(i)}\",\"assignmentType\":\"RENTAL\"}}")
                    )
                    + "]}}",
                PayloadErrors("updateCustomerAssets", ("ValidationError", "assign", "TOO_LONG"))
            ),
            Post(
                "1,000 unknown assets to unassign",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"unassign\":["
                    + string.Join(",", Enumerable.Range(1, 1_000).Select(i => $"\"{Uuid(i)}\""))
                    + "]}}",
                PayloadErrors("updateCustomerAssets", ("NotFoundError", "unassign[999]", null))
            ),
            Get(
                "GET with 400 garbage ids",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 400)) + "]}",
                GraphQLData("every node is null", data => data.GetProperty("nodes").GetArrayLength() == 400)
            ),
            Get(
                "GET with 20 KB of variables",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                "{\"ids\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 5_000)) + "]}",
                KestrelRejection(HttpStatusCode.RequestUriTooLong)
            ),
            BatchRaw("empty batch", "[]", Error("BAD_REQUEST")),
            BatchRaw(
                "batch of 21",
                "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", 21)) + "]",
                Error("BATCH_TOO_LARGE")
            ),
            BatchRaw(
                "batch of 50,000",
                "[" + string.Join(",", Enumerable.Repeat("{}", 50_000)) + "]",
                Error("BATCH_TOO_LARGE")
            ),
            RestGet(
                "1,500 garbage types",
                Customers + "?type=" + string.Join(",", Enumerable.Repeat("X", 1_500)),
                RestError400("constraint_violation", "type")
            ),
            RestGet(
                "1,500 repeated types",
                Customers + "?type=" + string.Join(",", Enumerable.Repeat("OEM", 1_500)),
                RestData("the demo seed's OEMs", page => page.GetProperty("totalElements").GetInt32() > 0)
            ),
            RestGet(
                "1,500 unknown country codes",
                Customers
                    + "?country="
                    + string.Join(",", Enumerable.Range(0, 1_500).Select(i => $"X{i % 100}")),
                RestNothing()
            ),
            RestGet(
                "query string of 20 KB",
                Customers + "?type=" + string.Join(",", Enumerable.Repeat("OEM", 5_000)),
                KestrelRejection(HttpStatusCode.RequestUriTooLong)
            ),
            RestGet(
                "1,000 sort keys",
                Customers + "?sort=" + string.Join(",", Enumerable.Repeat("name", 1_000)),
                RestError400("constraint_violation", "sort")
            ),
            Post(
                "5,000 unknown assets to unassign",
                UpdateAssets,
                "{\"input\":{\"customerId\":\""
                    + SeededRows.Customer
                    + "\",\"unassign\":["
                    + string.Join(",", Enumerable.Range(1, 5_000).Select(i => $"\"{Uuid(i)}\""))
                    + "]}}",
                PayloadErrors("updateCustomerAssets", ("ValidationError", "unassign", "TOO_LONG"))
            ),
            Post(
                "5,000 unknown custom field keys",
                SetCustomFields,
                JsonSerializer.Serialize(
                    new
                    {
                        input = new
                        {
                            customerId = SeededRows.Customer,
                            set = Enumerable
                                .Range(0, 5_000)
                                .Select(i => new { key = $"k{i}", value = new { booleanValue = true } }),
                        },
                    }
                ),
                PayloadErrors(
                    "setCustomerCustomFieldValues",
                    ("ValidationError", "set[0].key", "UNKNOWN_KEY"),
                    ("ValidationError", "set[4999].key", "UNKNOWN_KEY")
                )
            ),
            Rest(
                "assign 5,000 unknown assets",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":["
                    + string.Join(
                        ",",
                        Enumerable
                            .Range(1, 5_000)
                            .Select(i => $"{{\"assetId\":\"{Uuid(i)}\",\"assignmentType\":\"RENTAL\"}}")
                    )
                    + "]}",
                RestError400("constraint_violation", "assign")
            ),
            Rest(
                "unassign 5,000 unknown assets",
                HttpMethod.Post,
                CustomerAssets,
                "{\"unassign\":["
                    + string.Join(",", Enumerable.Range(1, 5_000).Select(i => $"\"{Uuid(i)}\""))
                    + "]}",
                RestError400("constraint_violation", "unassign")
            ),
            Rest(
                "assign the seeded asset 1,001 times",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":["
                    + string.Join(
                        ",",
                        Enumerable.Repeat(
                            "{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}",
                            1_001
                        )
                    )
                    + "]}",
                RestError400("constraint_violation", "assign")
            ),
            Rest(
                "assign the seeded asset 1,000 times",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":["
                    + string.Join(
                        ",",
                        Enumerable.Repeat(
                            "{\"assetId\":\"" + SeededRows.Asset + "\",\"assignmentType\":\"RENTAL\"}",
                            1_000
                        )
                    )
                    + "]}",
                RestError400("constraint_violation", "assign[1].assignmentType", "assign[999].assignmentType")
            ),
            Rest(
                "unassign 1,000 unknown assets",
                HttpMethod.Post,
                CustomerAssets,
                "{\"unassign\":["
                    + string.Join(",", Enumerable.Range(1, 1_000).Select(i => $"\"{Uuid(i)}\""))
                    + "]}",
                RestError404("asset_not_found", "unassign[0]", "unassign[999]")
            ),
            Rest(
                "unassign 5,000 ids that are no UUIDs",
                HttpMethod.Post,
                CustomerAssets,
                "{\"unassign\":["
                    + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"x{i}\""))
                    + "]}",
                RestError400("constraint_violation", "unassign[0]", "unassign[4999]")
            ),
            Rest(
                "assign 5,000 null entries",
                HttpMethod.Post,
                CustomerAssets,
                "{\"assign\":[" + string.Join(",", Enumerable.Repeat("null", 5_000)) + "]}",
                RestError400("constraint_violation", "assign[0]", "assign[4999]")
            ),
            RestGet(
                "contacts sorted by 1,000 keys",
                Contacts + "?sort=" + string.Join(",", Enumerable.Repeat("name", 1_000)),
                RestError400("constraint_violation", "sort")
            ),
            RestGet(
                "assets of 1,500 garbage assignment types",
                CustomerAssets + "?assignmentType=" + string.Join(",", Enumerable.Repeat("X", 1_500)),
                RestError400("constraint_violation", "assignmentType")
            ),
            RestGet(
                "assets of 1,000 repeated assignment types",
                CustomerAssets + "?assignmentType=" + string.Join(",", Enumerable.Repeat("RENTAL", 1_000)),
                RestData(
                    "a page of the customer's rentals",
                    page => page.GetProperty("content").ValueKind == JsonValueKind.Array
                )
            ),
            Rest(
                "customFields with 5,000 unknown keys",
                HttpMethod.Post,
                Customers,
                JsonSerializer.Serialize(
                    new
                    {
                        name = "A",
                        customFields = Enumerable.Range(0, 5_000).ToDictionary(i => $"k{i}", i => i),
                    }
                ),
                RestError400("constraint_violation", "customFields.k0", "customFields.k4999")
            ),
            RestGet(
                "contacts query string of 20 KB",
                Contacts + "?sort=" + string.Join(",", Enumerable.Repeat("name", 5_000)),
                KestrelRejection(HttpStatusCode.RequestUriTooLong)
            ),
        ];
}
