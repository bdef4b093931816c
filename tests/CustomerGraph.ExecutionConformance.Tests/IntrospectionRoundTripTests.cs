using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// Our answer to graphql-js's full introspection query, rebuilt by graphql-js's buildClientSchema, must
/// print exactly as graphql-js prints the schema built from the same SDL.
/// </summary>
public sealed class IntrospectionRoundTripTests
{
    [Fact]
    public async Task Full_introspection_result_rebuilds_the_schema_graphql_js_prints()
    {
        var query = RepositoryFiles.RunOracle(null, "introspection-query");
        var response = await ConformanceEngine.ExecuteAsync(query);
        using (var document = JsonDocument.Parse(response))
            Assert.False(document.RootElement.TryGetProperty("errors", out var errors), $"errors: {errors}");

        using var printed = JsonDocument.Parse(RepositoryFiles.RunOracle(response, "client-schema"));
        Assert.Equal(
            printed.RootElement.GetProperty("expected").GetString(),
            printed.RootElement.GetProperty("actual").GetString()
        );
    }
}
