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

    /// <summary>
    /// Banana Cake Pop's own scripts, styles and workers from this host; the styles it injects at run time; its
    /// vendor's services (activation, sign-in) and endpoints over HTTPS. No inline script; eval only because its
    /// bundled JSON-schema validator (ajv) compiles validators with <c>new Function</c> on start.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: https:; "
        + "font-src 'self' data:; connect-src 'self' https:; worker-src 'self' blob:; "
        + "base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

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
        await ExplorerAssets.ServeAsync(context, Folder, "index.html", ContentSecurityPolicy);
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
