using static CustomerGraph.Api.Tests.RestCalls;

namespace CustomerGraph.Api.Tests;

/// <summary><c>DISTRIBUTOR</c> is a customer type on both surfaces: created, read and filtered by over GraphQL and REST.</summary>
public sealed class CustomerTypeTests(RestHost host) : IClassFixture<RestHost>
{
    private readonly HttpClient _client = host.Client;

    [Fact]
    public async Task A_distributor_created_on_either_surface_is_found_by_its_type_on_both()
    {
        var marker = "Distrib" + Guid.NewGuid().ToString("N")[..8];
        var created = await _client.GraphQLAsync(
            """
            mutation($input: CreateCustomerInput!) {
              createCustomer(input: $input) { customer { customerId type } errors { __typename } }
            }
            """,
            new { input = new { name = marker + " Graph", type = "DISTRIBUTOR" } }
        );
        var payload = created.GetProperty("createCustomer");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("DISTRIBUTOR", payload.GetProperty("customer").GetProperty("type").GetString());
        var rest = await _client.CreateAsync(
            CustomersPath,
            $$"""{"name":"{{marker}} Rest","type":"DISTRIBUTOR"}"""
        );
        Assert.Equal("DISTRIBUTOR", rest.GetProperty("type").GetString());
        await _client.CreateCustomerAsync($$"""{"name":"{{marker}} Dealer","type":"DEALER"}""");

        var graphPage = await _client.GraphQLAsync(
            """
            query($search: String) {
              customers(first: 10, filters: { search: $search, types: [DISTRIBUTOR] }, sort: { by: NAME }) {
                nodes { name type }
              }
            }
            """,
            new { search = marker }
        );
        var nodes = graphPage.GetProperty("customers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(
            [marker + " Graph", marker + " Rest"],
            nodes.Select(node => node.GetProperty("name").GetString())
        );
        Assert.All(nodes, node => Assert.Equal("DISTRIBUTOR", node.GetProperty("type").GetString()));

        var restPage = await _client.GetJsonAsync(
            $"{CustomersPath}?type=DISTRIBUTOR&search={marker}&sort=name"
        );
        Assert.Equal([marker + " Graph", marker + " Rest"], Column(restPage, "name"));
        Assert.Equal(["DISTRIBUTOR", "DISTRIBUTOR"], Column(restPage, "type"));
    }
}
