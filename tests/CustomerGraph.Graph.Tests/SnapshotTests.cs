using System.Text.Json.Nodes;

namespace CustomerGraph.Graph.Tests;

/// <summary>Representative responses over the deterministic demo seed, pinned as snapshots in __snapshots__/.</summary>
public class SnapshotTests(SeededGraph graph) : IClassFixture<SeededGraph>
{
    [Fact]
    public async Task A_customer_page_with_every_nested_list()
    {
        var response = await graph.Host.ExecuteAsync(
            """
            {
              customers(first: 2, filters: { hasAssets: true }, sort: { by: NAME }) {
                pageInfo { hasPreviousPage hasNextPage count }
                edges {
                  node {
                    id customerId name type email phoneNumber website externalReference version createdAt updatedAt
                    address { streetAddress postalCode city region country }
                    contacts(first: 2) { nodes { id name type role email phoneNumber isPrimary } pageInfo { count hasNextPage } }
                    assets(first: 2) {
                      nodes { assignmentType assignedAt note asset { id assetId name serialNumber brand model productionYear assetType } }
                      pageInfo { count hasNextPage }
                    }
                    customFields { key type booleanValue numberValue selectedOptions stringValue dateValue updatedAt }
                  }
                }
              }
            }
            """
        );
        Snapshot.Match(response, "customer-page");
    }

    [Fact]
    public async Task The_custom_field_definitions()
    {
        var response = await graph.Host.ExecuteAsync(
            "{ customFieldDefinitions { id definitionId entityType key title description type uiVisible uiEditable options multiSelect currency minimum maximum unit maxLength pattern createdAt updatedAt } }"
        );
        Snapshot.Match(response, "custom-field-definitions");
    }

    [Fact]
    public async Task A_bad_page_argument_error()
    {
        var response = await graph.Host.ExecuteAsync(
            "{ customers(first: 5, last: 2000) { nodes { name } } }"
        );
        Snapshot.Match(response, "bad-page-arguments");
    }

    [Fact]
    public async Task A_mutation_failing_validation()
    {
        var response = await graph.Host.ExecuteAsync(
            """
            mutation {
              createCustomer(input: { name: "", email: "nope", address: { country: "ZZ" } }) {
                customer { id }
                errors { __typename ... on ValidationError { field code message } ... on ConflictError { field code message } }
              }
            }
            """
        );
        Snapshot.Match(response, "create-customer-validation-errors");
    }

    [Fact]
    public void The_diff_shows_changed_lines_with_context()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
        Assert.Equal("  b\n  c\n- d\n+ D\n  e\n  f\n", diff.ReplaceLineEndings("\n"));
    }
}
