using System.Text.Json;

namespace CustomerGraph.Api.Tests;

/// <summary>graphql-http's server audits (GraphQL-over-HTTP compliance) against the real host on a loopback socket.</summary>
public sealed class HttpAuditTests
{
    [Fact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        using var factory = new ApiFactory();
        var url = factory.StartOnLoopback();
        var (exitCode, output, error) = await NodeScript.RunAsync(
            "tests/http-audit/audit.mjs",
            TimeSpan.FromMinutes(2),
            new Uri(url, "/graphql").ToString()
        );
        Assert.True(exitCode == 0, error);
        var report = JsonDocument.Parse(output).RootElement;
        var counts = report.GetProperty("counts");
        var lines = counts
            .EnumerateObject()
            .Select(level =>
                $"{level.Name}: {level.Value.GetProperty("passed").GetInt32()} passed, {level.Value.GetProperty("failed").GetInt32()} failed"
            );
        await File.WriteAllTextAsync(
            Path.Combine(NodeScript.OutputDirectory("summaries"), "http-audit.txt"),
            "graphql-http 1.23.1 server audits against /graphql: "
                + string.Join("; ", lines)
                + Environment.NewLine
        );
        foreach (var level in new[] { "MUST", "SHOULD" })
        {
            Assert.True(counts.GetProperty(level).GetProperty("passed").GetInt32() > 0, level);
            Assert.True(counts.GetProperty(level).GetProperty("failed").GetInt32() == 0, output);
        }
    }
}
