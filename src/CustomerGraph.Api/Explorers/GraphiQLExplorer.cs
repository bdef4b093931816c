using System.Text.Json;
using CustomerGraph.Api.GraphQLHttp;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Explorers;

/// <summary>
/// GraphiQL 3 from its UMD build and React 18's UMD files, all served locally: it works with no internet.
/// The page declares UTF-8, without which the result pane garbles non-ASCII text.
/// </summary>
internal sealed class GraphiQLExplorer(IOptions<ExplorerOptions> options, string graphQLPath)
    : IGraphQLEndpointExplorer
{
    public const string Folder = "graphiql";

    private readonly ExplorerOptions _options = options.Value;

    public async Task<bool> TryServeAsync(HttpContext context)
    {
        await WritePageAsync(context);
        return true;
    }

    /// <summary>Writes the page, its assets under the GraphiQL path and its fetcher aimed at the GraphQL endpoint.</summary>
    public Task WritePageAsync(HttpContext context)
    {
        if (!ExplorerAssets.IsInstalled(Folder))
            return ExplorerAssets.NotInstalledAsync(context);
        var pathBase = context.Request.PathBase.Value ?? "";
        var assets = System.Net.WebUtility.HtmlEncode(pathBase + _options.GraphiQLPath.TrimEnd('/'));
        var endpoint = JsonSerializer.Serialize(pathBase + graphQLPath);
        var title = System.Net.WebUtility.HtmlEncode(_options.Title);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(
            $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}} · GraphiQL</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}/react.production.min.js"></script>
              <script src="{{assets}}/react-dom.production.min.js"></script>
              <script src="{{assets}}/graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({ url: {{endpoint}} });
                ReactDOM.createRoot(document.getElementById('graphiql')).render(
                  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true })
                );
              </script>
            </body>
            </html>
            """,
            context.RequestAborted
        );
    }
}
