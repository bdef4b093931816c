using System.Text.Json;
using CustomerGraph.Api.Explorers;

namespace CustomerGraph.Api.Tests;

/// <summary>The explorers in headless Chromium (Debian's, driven by playwright-core) against the real host.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task GraphiQL_in_development_loads_the_schema_and_runs_a_customers_query_offline_without_a_token()
    {
        // As `./run.sh` starts it: Development, whose settings let requests without a token act for the demo
        // account, so the explorer works out of the box.
        using var factory = new ApiFactory { ServesCustomerGraph = true, Environment = "Development" };
        var url = factory.StartOnLoopback();
        var screenshot = Path.Combine(NodeScript.OutputDirectory("screenshots"), "graphiql.png");
        // The demo seed is deterministic: its first customer by name is always the same.
        var report = await RunAsync(
            "graphiql",
            url,
            screenshot,
            "{ customers(first: 2) { pageInfo { count } nodes { name type } } }",
            "Anderson and Sons"
        );
        Assert.Equal("CustomerGraph · GraphQL explorer", report.GetProperty("pageTitle").GetString());
        Assert.Equal("CustomerGraph", report.GetProperty("logo").GetString());
        // The editor opens with the example page of customers, not GraphiQL's generic welcome text.
        var initialQuery = report.GetProperty("initialQuery").GetString();
        Assert.Equal(
            ExplorerOptions.DefaultExampleQuery.ReplaceLineEndings("\n"),
            initialQuery?.ReplaceLineEndings("\n")
        );
        Assert.Contains("customers(first: 10", initialQuery);
        Assert.Contains("contacts(first: 3)", initialQuery);
        Assert.Contains("pageInfo", initialQuery);
        Assert.DoesNotContain("Welcome to GraphiQL", initialQuery);
        Assert.Contains("Query", report.GetProperty("docsExplorer").GetString());
        var result = report.GetProperty("result").GetString();
        Assert.Contains("\"name\": \"Anderson and Sons\"", result);
        Assert.Contains("\"count\": 200", result);
        Assert.Equal(0, report.GetProperty("externalRequests").GetArrayLength());
        Assert.Equal(0, report.GetProperty("cspViolations").GetArrayLength());
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact]
    public async Task Swagger_ui_shows_every_operation_of_the_rest_api_document_offline()
    {
        using var factory = new ApiFactory { ServesCustomerGraph = true };
        var url = factory.StartOnLoopback();
        var screenshot = Path.Combine(NodeScript.OutputDirectory("screenshots"), "swagger-ui.png");
        var report = await RunAsync("swaggerui", url, screenshot, TestTokens.For(factory.DefaultAccountId));
        Assert.StartsWith("Customer API", report.GetProperty("title").GetString());
        var operations = report
            .GetProperty("operations")
            .EnumerateArray()
            .Select(o => o.GetString())
            .ToList();
        Assert.Contains("GET /customer/v1/customers", operations);
        Assert.Contains("PATCH /customer/v1/customers/{customerId}", operations);
        Assert.Contains("PATCH /customer/v1/customers/{customerId}/contacts/{contactId}", operations);
        Assert.Contains("POST /customer/v1/customers/{customerId}/assets", operations);
        Assert.Contains("DELETE /custom-fields/v1/definitions/{definitionId}", operations);
        Assert.Contains("POST /custom-fields/v1/set-values", operations);
        Assert.Contains("PUT /customer/v1/customers/by-external-reference/{externalReference}", operations);
        // 13 of the Customer API, 9 of the Custom Fields API.
        Assert.Equal(22, operations.Count);
        Assert.StartsWith("200", report.GetProperty("executedStatus").GetString());
        Assert.Equal(0, report.GetProperty("externalRequests").GetArrayLength());
        Assert.Equal(0, report.GetProperty("pageErrors").GetArrayLength());
        Assert.Equal(0, report.GetProperty("cspViolations").GetArrayLength());
    }

    [Fact]
    public async Task Banana_cake_pop_page_assets_and_config_are_served_and_aim_at_the_endpoint()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "BananaCakePop"));
        var url = factory.StartOnLoopback();
        var report = await RunAsync("bananacakepop", url);
        Assert.Equal("/graphql/", report.GetProperty("pageUrl").GetString());
        Assert.Equal(
            new Uri(url, "/graphql").ToString(),
            report.GetProperty("config").GetProperty("endpoint").GetString()
        );
        var served = report
            .GetProperty("served")
            .EnumerateArray()
            .Select(entry => entry.GetProperty("url").GetString())
            .ToList();
        Assert.Contains("/graphql/bcp-config.json", served);
        Assert.Contains(
            served,
            path => path!.StartsWith("/graphql/static/js/main.", StringComparison.Ordinal)
        );
        Assert.Contains(served, path => path!.StartsWith("/graphql/static/css/", StringComparison.Ordinal));
        Assert.Equal(0, report.GetProperty("cspViolations").GetArrayLength());
    }

    private static async Task<JsonElement> RunAsync(string mode, Uri url, params string[] more)
    {
        var (exitCode, output, error) = await NodeScript.RunAsync(
            "tests/browser/explorers.mjs",
            TimeSpan.FromMinutes(2),
            [mode, url.ToString().TrimEnd('/'), .. more]
        );
        Assert.True(exitCode == 0, output + error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
