using System.Net;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Explorers at the endpoint for browsers (Accept: text/html) and GraphiQL at its own path; files from the npm packages.</summary>
public sealed class ExplorerTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Browsers_get_graphiql_at_the_endpoint_and_at_its_own_path()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        foreach (var path in new[] { "/graphql", "/graphiql" })
        {
            var page = await Http.GetAsync(client, path, BrowserAccept);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal("text/html", page.MediaType);
            Assert.Contains("<meta charset=\"utf-8\">", page.Body);
            Assert.Contains("createFetcher({ url: \"/graphql\" })", page.Body);
            Assert.Contains("<title>CustomerGraph · GraphQL explorer</title>", page.Body);
            Assert.Contains("defaultQuery: \"# Welcome to CustomerGraph.", page.Body);
        }
        foreach (
            var asset in new[]
            {
                "graphiql.min.js",
                "graphiql.min.css",
                "react.production.min.js",
                "react-dom.production.min.js",
            }
        )
        {
            var file = await client.GetAsync("/graphiql/" + asset);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync("/graphiql/..%2Fbananacakepop%2Findex.html")).StatusCode
        );
    }

    [Fact]
    public async Task Clients_asking_for_json_still_get_graphql_at_the_endpoint()
    {
        using var factory = new ApiFactory();
        var answer = await Http.GetAsync(
            factory.CreateClient(),
            "/graphql?query=%7B%20hello%20%7D",
            BrowserAccept
        );
        Assert.Equal("application/json", answer.MediaType);
        Assert.Equal("""{"data":{"hello":"Hello world"}}""", answer.Body);
    }

    [Fact]
    public async Task Without_an_explorer_a_browser_visit_is_an_ordinary_get()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "None"));
        var client = factory.CreateClient();
        var answer = await Http.GetAsync(client, "/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphiql")).StatusCode);
    }

    [Fact]
    public async Task Banana_cake_pop_is_served_under_the_endpoint_with_its_config()
    {
        using var factory = new ApiFactory(("GraphQL:Explorer:Kind", "BananaCakePop"));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var redirect = await Http.GetAsync(client, "/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.Redirect, redirect.Status);
        Assert.Equal("/graphql/", redirect.Message.Headers.Location!.ToString());

        var page = await Http.GetAsync(client, "/graphql/", BrowserAccept);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", page.Body);
        foreach (
            System.Text.RegularExpressions.Match asset in System.Text.RegularExpressions.Regex.Matches(
                page.Body,
                "(?:src|href)=\"(static/[^\"]+)\""
            )
        )
            Assert.Equal(
                HttpStatusCode.OK,
                (await client.GetAsync("/graphql/" + asset.Groups[1].Value)).StatusCode
            );

        var config = await Http.GetAsync(client, "/graphql/bcp-config.json", accept: null);
        Assert.Equal("application/json", config.MediaType);
        Assert.Equal("http://localhost/graphql", config.Json.GetProperty("endpoint").GetString());
        Assert.False(config.Json.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());

        var sdl = await Http.GetAsync(client, "/graphql/schema.graphql", accept: null);
        Assert.Contains("type Query", sdl.Body);
        var graphiQL = await Http.GetAsync(client, "/graphiql", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, graphiQL.Status);
    }
}
