using System.Text.Json.Nodes;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>The customer graph's own queries answer the same through Hive Gateway as straight from its endpoint.</summary>
[Collection(SupergraphCollection.Name)]
public class GatewayParityTests(SupergraphStack stack)
{
    public static TheoryData<string, string> Queries() =>
        new()
        {
            {
                "customers page with contacts and assets",
                """
                    { customers(first: 25, sort: { by: NAME, direction: DESC }) {
                        pageInfo { hasNextPage endCursor count }
                        edges { cursor node { id customerId name type email phoneNumber website version createdAt
                          address { city country }
                          contacts(first: 3) { nodes { id contactId name role isPrimary customer { name } } }
                          assets(first: 2) { nodes { assignmentType assignedAt asset { assetId name assetType } } } } } } }
                    """
            },
            {
                "filtered customers and the last page",
                """
                    { first: customers(first: 5, filters: { search: "a" }) { nodes { name } pageInfo { endCursor } }
                      last: customers(first: null, last: 3) { nodes { name } pageInfo { hasPreviousPage } } }
                    """
            },
            {
                "assets page with their customers",
                """
                    { assets(first: 30) { pageInfo { count hasNextPage } nodes { id assetId name serialNumber brand model
                        productionYear assetType customers(first: 2) { nodes { customer { customerId name } } } } } }
                    """
            },
            {
                "custom field definitions",
                "{ customFieldDefinitions { id definitionId key title type options currency minimum maximum } }"
            },
            {
                "custom field values (preview)",
                "{ customers(first: 10) { nodes { name customFields { key type stringValue numberValue definition { key } } } } }"
            },
            {
                "node and nodes by global id",
                """
                    { customers(first: 3) { nodes { id } }
                      node(id: "Q3VzdG9tZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw") { id } }
                    """
            },
        };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_gateway_answers_as_the_customer_graph_does(string name, string query)
    {
        var direct = await stack.Client(stack.CustomerGraph, stack.Alpha, "custom-fields").PostAsync(query);
        var throughGateway = await stack.Client(stack.Gateway, stack.Alpha, "custom-fields").PostAsync(query);
        Assert.True(direct["errors"] is null, $"{name}: {direct.ToJsonString()}");
        Assert.True(
            JsonNode.DeepEquals(direct, throughGateway),
            $"{name}:\n{direct.ToJsonString()}\n{throughGateway.ToJsonString()}"
        );
    }

    [Fact]
    public async Task Through_the_gateway_last_needs_first_null_because_the_gateway_sends_argument_defaults()
    {
        const string Last = "{ customers(last: 3) { nodes { name } } }";
        var direct = await stack.Client(stack.CustomerGraph, stack.Alpha).QueryAsync(Last);
        Assert.Equal(3, direct["customers"]!["nodes"]!.AsArray().Count);

        // Hive Gateway writes out `first: 20`, the argument's default, and first with last is a paging error.
        var throughGateway = await stack.Client(stack.Gateway, stack.Alpha).PostAsync(Last);
        var error = throughGateway["errors"]!.AsArray().Single()!;
        Assert.Equal("first and last cannot be used together.", error["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Lookups_by_id_answer_the_same_through_the_gateway()
    {
        var page = await stack
            .Client(stack.CustomerGraph, stack.Alpha)
            .QueryAsync(
                "{ customers(first: 2) { nodes { id customerId contacts(first: 1) { nodes { id } } } } assets(first: 1) { nodes { assetId } } }"
            );
        var customer = page["customers"]!["nodes"]![0]!;
        var ids = new
        {
            customerId = customer["customerId"]!.GetValue<string>(),
            nodeIds = new[]
            {
                customer["id"]!.GetValue<string>(),
                customer["contacts"]!["nodes"]![0]!["id"]!.GetValue<string>(),
                "not a global id",
            },
            assetId = page["assets"]!["nodes"]![0]!["assetId"]!.GetValue<string>(),
        };
        const string Lookup = """
            query ($customerId: ID!, $nodeIds: [ID!]!, $assetId: ID!) {
              customer(id: $customerId) { name contacts { pageInfo { count } } }
              nodes(ids: $nodeIds) { __typename id ... on Customer { name } ... on CustomerContact { name customer { name } } }
              asset(id: $assetId) { name customers { pageInfo { count } } }
            }
            """;
        var direct = await stack.Client(stack.CustomerGraph, stack.Alpha).QueryAsync(Lookup, ids);
        var throughGateway = await stack.Client(stack.Gateway, stack.Alpha).QueryAsync(Lookup, ids);
        Assert.True(
            JsonNode.DeepEquals(direct, throughGateway),
            $"{direct.ToJsonString()}\n{throughGateway.ToJsonString()}"
        );
    }
}
