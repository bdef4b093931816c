using System.Text.Json;
using CustomerGraph.Api.GraphQLHttp;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Explorers;

/// <summary>
/// Banana Cake Pop, self-hosted under the endpoint's path (<c>/graphql/</c>): its page loads its assets
/// relative to itself and fetches <c>bcp-config.json</c> beside it, which aims it at the endpoint. On start
/// it activates itself with its vendor over the internet, which is left exactly as shipped.
/// </summary>
internal sealed class BananaCakePopExplorer(IOptions<ExplorerOptions> options, string graphQLPath)
    : IGraphQLEndpointExplorer
{
    public const string Folder = "bananacakepop";

    private readonly ExplorerOptions _options = options.Value;

    /// <summary>The page must be addressed with a trailing slash so its relative asset paths stay under the endpoint.</summary>
    public async Task<bool> TryServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(request.PathBase + request.Path + "/" + request.QueryString);
            return true;
        }
        context.Response.Headers.CacheControl = "no-cache";
        await ExplorerAssets.ServeAsync(context, Folder, "index.html");
        return true;
    }

    /// <summary>The settings Banana Cake Pop reads on start: the endpoint's absolute URL and a title.</summary>
    public Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        var config = new Dictionary<string, object>
        {
            ["endpoint"] = $"{request.Scheme}://{request.Host}{request.PathBase}{graphQLPath}",
            ["useBrowserUrlAsEndpoint"] = false,
            ["title"] = _options.Title,
            ["useGet"] = false,
            ["includeCookies"] = false,
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(config), context.RequestAborted);
    }
}
