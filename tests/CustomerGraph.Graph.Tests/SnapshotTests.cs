using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace CustomerGraph.Graph.Tests;

/// <summary>
/// Representative responses over the deterministic demo seed, pinned by Snapshooter in
/// <c>__snapshots__/SnapshotTests.&lt;test&gt;.snap</c>.
/// </summary>
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
        Snapshot.Match(AsSnapshot(response));
    }

    [Fact]
    public async Task The_custom_field_definitions()
    {
        var response = await graph.Host.ExecuteAsync(
            "{ customFieldDefinitions { id definitionId entityType key title description type uiVisible uiEditable options multiSelect currency minimum maximum unit maxLength pattern createdAt updatedAt } }"
        );
        Snapshot.Match(AsSnapshot(response));
    }

    [Fact]
    public async Task A_bad_page_argument_error()
    {
        var response = await graph.Host.ExecuteAsync(
            "{ customers(first: 5, last: 2000) { nodes { name } } }"
        );
        Snapshot.Match(AsSnapshot(response));
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
        Snapshot.Match(AsSnapshot(response));
    }

    [Fact]
    public async Task A_changed_response_fails_against_the_committed_snapshot()
    {
        var response = await graph.Host.ExecuteAsync(
            "{ customers(first: 5, last: 2000) { nodes { name } } }"
        );
        response["errors"]![0]!["message"] = "another message";
        var committed = new SnapshotFullName(
            "SnapshotTests.A_bad_page_argument_error.snap",
            Snapshot.FullName().FolderPath
        );
        try
        {
            Assert.ThrowsAny<XunitException>(() => Snapshot.Match(AsSnapshot(response), committed));
        }
        finally
        {
            // Snapshooter keeps the rejected result in __mismatch__/ for review; this one was made up.
            var mismatches = Path.Combine(committed.FolderPath, "__snapshots__", "__mismatch__");
            File.Delete(Path.Combine(mismatches, committed.Filename));
            if (Directory.Exists(mismatches) && !Directory.EnumerateFileSystemEntries(mismatches).Any())
                Directory.Delete(mismatches);
        }
    }

    /// <summary>The response as Newtonsoft's tree, which Snapshooter writes as is (dates stay the strings they are).</summary>
    private static JToken AsSnapshot(JsonNode response)
    {
        using var reader = new JsonTextReader(new StringReader(response.ToJsonString()))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JToken.ReadFrom(reader);
    }
}
