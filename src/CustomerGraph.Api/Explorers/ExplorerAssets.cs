using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CustomerGraph.Api.Explorers;

/// <summary>
/// The explorers' files, copied by the build from the pinned npm packages into <c>explorers/</c> beside
/// the binaries (never committed).
/// </summary>
internal static class ExplorerAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "explorers");

    /// <summary>Whether the build found and copied an explorer's package.</summary>
    public static bool IsInstalled(string explorer) => Directory.Exists(Path.Combine(Root, explorer));

    /// <summary>
    /// Sends one file of an explorer's folder, or 404; paths cannot leave the folder. Files that run as pages or
    /// workers carry the explorer's <paramref name="contentSecurityPolicy"/>; without one the host's default applies.
    /// </summary>
    public static async Task ServeAsync(
        HttpContext context,
        string explorer,
        string relativePath,
        string? contentSecurityPolicy = null
    )
    {
        var folder = Path.Combine(Root, explorer);
        if (!Directory.Exists(folder))
        {
            await NotInstalledAsync(context);
            return;
        }
        using var files = new PhysicalFileProvider(folder);
        var file = files.GetFileInfo(relativePath);
        if (!file.Exists || file.IsDirectory)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file.Name, out var contentType)
            ? contentType
            : "application/octet-stream";
        context.Response.Headers.CacheControl = "public, max-age=3600";
        if (contentSecurityPolicy is not null)
            context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        await context.Response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>Says how to install the explorers when the build ran without <c>node_modules</c>.</summary>
    public static Task NotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(
            "The explorer's files are not installed: run `npm ci` at the repository root, then build again.",
            context.RequestAborted
        );
    }
}
