using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>The response media types of GraphQL over HTTP and the negotiation between them.</summary>
internal enum ResponseMediaType
{
    /// <summary>The Accept header allows neither GraphQL media type (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors apart.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for legacy clients: GraphQL responses are 200.</summary>
    Json,
}

internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string ContentTypeOf(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson
            ? GraphQLResponseJson + "; charset=utf-8"
            : Json + "; charset=utf-8";

    /// <summary>
    /// The acceptable media type of highest quality, the first listed among equals. No Accept header,
    /// <c>*/*</c> and <c>application/*</c> mean <c>application/json</c>; a charset other than UTF-8 is not acceptable.
    /// </summary>
    public static ResponseMediaType Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return ResponseMediaType.Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return ResponseMediaType.None;
        var best = ResponseMediaType.None;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= bestQuality || !IsUtf8(range.Charset))
                continue;
            var candidate = MatchOf(range);
            if (candidate == ResponseMediaType.None)
                continue;
            best = candidate;
            bestQuality = quality;
        }
        return best;
    }

    /// <summary>Whether a browser is asking for a page (Accept lists <c>text/html</c>).</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(range =>
            range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && range.Quality is not <= 0
        );

    /// <summary>Whether a request body is JSON in UTF-8, the only request encoding this endpoint reads.</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8(parsed.Charset);

    private static ResponseMediaType MatchOf(MediaTypeHeaderValue range)
    {
        var mediaType = range.MediaType;
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            return ResponseMediaType.GraphQLResponseJson;
        if (
            mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase)
        )
            return ResponseMediaType.Json;
        return ResponseMediaType.None;
    }

    private static bool IsUtf8(StringSegment charset)
    {
        if (!charset.HasValue)
            return true;
        var name = HeaderUtilities.RemoveQuotes(charset);
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
