using System.Security.Cryptography;
using System.Text;
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
        // JSON-encoded for the script: the serializer escapes <, > and & too, so no text can close the tag.
        var script = $$"""
            const fetcher = GraphiQL.createFetcher({ url: {{endpoint}} });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(
              React.createElement(
                GraphiQL,
                { fetcher, defaultQuery: {{JsonSerializer.Serialize(
                _options.ExampleQuery
            )}}, defaultEditorToolsVisibility: true },
                React.createElement(GraphiQL.Logo, null, {{JsonSerializer.Serialize(_options.Title)}})
              )
            );
            """;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(script);
        return context.Response.WriteAsync(
            $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{title}} · GraphQL explorer</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.min.css">
              <style>{{Style}}</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}/react.production.min.js"></script>
              <script src="{{assets}}/react-dom.production.min.js"></script>
              <script src="{{assets}}/graphiql.min.js"></script>
              <script>{{script}}</script>
            </body>
            </html>
            """,
            context.RequestAborted
        );
    }

    private const string Style = "html, body, #graphiql { height: 100%; margin: 0; }";

    /// <summary>
    /// Everything from this host only; of inline code, exactly the page's own script and style (by hash). GraphiQL
    /// draws icons from data: URLs and talks to the endpoint on the same origin.
    /// </summary>
    private static string ContentSecurityPolicy(string script) =>
        $"default-src 'none'; script-src 'self' '{Hash(script)}'; style-src 'self' '{Hash(Style)}'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static string Hash(string inline) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
