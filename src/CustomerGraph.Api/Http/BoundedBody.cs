using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace CustomerGraph.Api.Http;

/// <summary>Reads a request body up to a size limit, for the GraphQL endpoint and the REST API alike.</summary>
public static class BoundedBody
{
    /// <summary>
    /// The body in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the caller returns it) and its length, or
    /// a null buffer when the body is larger than <paramref name="maxBytes"/>. A body without a Content-Length that
    /// turns out too large is still read to its end and dropped (Kestrel bounds that by its own MaxRequestBodySize):
    /// closing the connection under a client that is still sending would reset it before the client reads the 413.
    /// Kestrel drains a declared Content-Length itself after the response.
    /// </summary>
    public static async Task<(byte[]? Buffer, int Length)> ReadAsync(
        HttpContext context,
        long maxBytes,
        CancellationToken cancellationToken
    )
    {
        if (context.Request.ContentLength > maxBytes)
            return (null, 0);
        // Kestrel's own limit only bounds the draining; a configured maximum above it must still be readable.
        if (
            context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && limit.MaxRequestBodySize < maxBytes
        )
            limit.MaxRequestBodySize = maxBytes;
        var reader = context.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(buffer.End);
                    while (!read.IsCompleted)
                    {
                        read = await reader.ReadAsync(cancellationToken);
                        reader.AdvanceTo(read.Buffer.End);
                    }
                    return (null, 0);
                }
                if (read.IsCompleted)
                {
                    var length = (int)buffer.Length;
                    var copy = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                    buffer.CopyTo(copy);
                    reader.AdvanceTo(buffer.End);
                    return (copy, length);
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException exception)
            when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, 0);
        }
    }
}
