using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using CustomerGraph.Api.Http;
using Microsoft.Net.Http.Headers;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// The transport checks of a REST request body: JSON in UTF-8 (the media type and charset), at most
/// <see cref="MaxBodyBytes"/>, valid UTF-8 without escaped unpaired surrogates, one JSON object, no member named twice.
/// What the body means is read by <see cref="RestRequest"/> into a request record.
/// </summary>
public static class RestBody
{
    /// <summary>The largest body read: the REST API's limit, which Kestrel enforces too.</summary>
    public const long MaxBodyBytes = RestApi.MaxBodyBytes;

    /// <summary>
    /// Parses the request body: a content type other than JSON in UTF-8 is 415, a body over
    /// <see cref="MaxBodyBytes"/> 413 payload_too_large, invalid UTF-8 (or escapes of unpaired surrogates) and
    /// unparsable or non-object JSON 400 malformed_json.
    /// </summary>
    public static async Task<(JsonElement? Body, RestError? Error)> ReadAsync(
        HttpRequest request,
        CancellationToken cancellationToken
    )
    {
        if (!IsJson(request.ContentType))
            return (null, RestError.UnsupportedMediaType(request.ContentType));
        var (buffer, length) = await BoundedBody.ReadAsync(
            request.HttpContext,
            MaxBodyBytes,
            cancellationToken
        );
        if (buffer is null)
            return (null, RestError.RequestTooLarge(MaxBodyBytes));
        try
        {
            return Parse(buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (JsonElement? Body, RestError? Error) Parse(ReadOnlyMemory<byte> bytes)
    {
        if (!Utf8.IsValid(bytes.Span))
            return (null, RestError.MalformedJson("the body is not valid UTF-8."));
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, RestError.MalformedJson("the body must be a JSON object."));
            if (!IsUnicodeText(document.RootElement))
                return (
                    null,
                    RestError.MalformedJson("the body escapes an unpaired surrogate (like \\ud800).")
                );
            if (DuplicateName(document.RootElement) is { } duplicate)
                return (null, RestError.MalformedJson($"the body names '{duplicate}' twice in one object."));
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException exception)
        {
            return (null, RestError.MalformedJson(exception.Message));
        }
    }

    /// <summary>
    /// False when a name or string escapes an unpaired surrogate (<c>"\ud800"</c>): that is no Unicode text, and
    /// reading it would fail later, so the body is refused like invalid UTF-8.
    /// </summary>
    private static bool IsUnicodeText(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!IsUnicodeText(property.Value))
                            return false;
                    }
                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                        if (!IsUnicodeText(item))
                            return false;
                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The first member name an object of the body repeats, or null. RFC 8259 leaves duplicates' meaning open; a
    /// parser keeping the last one would let two readers of one body disagree, so such a body is refused.
    /// </summary>
    private static string? DuplicateName(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                        return property.Name;
                    if (DuplicateName(property.Value) is { } nested)
                        return nested;
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (DuplicateName(item) is { } nested)
                        return nested;
                return null;
            default:
                return null;
        }
    }

    // JSON in UTF-8, the only encoding JSON may be exchanged in (RFC 8259); a declared charset must say so.
    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return false;
        var charset = HeaderUtilities.RemoveQuotes(parsed.Charset);
        return (
                parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || parsed.MediaType.Equals("application/merge-patch+json", StringComparison.OrdinalIgnoreCase)
            )
            && (
                !charset.HasValue
                || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            );
    }
}
