using System.Net;
using System.Text;

namespace CustomerGraph.Api.Tests;

/// <summary>A request body: exact bytes, text with placeholders, or bytes generated while they are sent.</summary>
public abstract record RequestBody
{
    public abstract HttpContent CreateContent(SeededRows seeded);

    /// <summary>UTF-8 text; placeholders of <see cref="SeededRows"/> are filled in.</summary>
    public static RequestBody Text(string text) => new TextBody(text);

    /// <summary>Exactly these bytes (invalid UTF-8 and all).</summary>
    public static RequestBody Bytes(params byte[] bytes) => new BytesBody(bytes);

    /// <summary>
    /// <paramref name="prefix"/>, then <paramref name="fillerLength"/> copies of <paramref name="filler"/>, then
    /// <paramref name="suffix"/>, produced while sending; <paramref name="chunked"/> leaves out the Content-Length.
    /// </summary>
    public static RequestBody Generated(
        string prefix,
        byte filler,
        long fillerLength,
        string suffix,
        bool chunked = false
    ) => new GeneratedBody(prefix, filler, fillerLength, suffix, chunked);

    private sealed record TextBody(string Value) : RequestBody
    {
        public override HttpContent CreateContent(SeededRows seeded) =>
            new ByteArrayContent(Encoding.UTF8.GetBytes(seeded.Fill(Value)));
    }

    private sealed record BytesBody(byte[] Value) : RequestBody
    {
        public override HttpContent CreateContent(SeededRows seeded) => new ByteArrayContent(Value);
    }

    private sealed record GeneratedBody(
        string Prefix,
        byte Filler,
        long FillerLength,
        string Suffix,
        bool Chunked
    ) : RequestBody
    {
        public override HttpContent CreateContent(SeededRows seeded) =>
            new GeneratedContent(
                Encoding.UTF8.GetBytes(Prefix),
                Filler,
                FillerLength,
                Encoding.UTF8.GetBytes(Suffix),
                Chunked
            );
    }

    /// <summary>Streams a large body in 64 KB writes instead of holding it in memory.</summary>
    private sealed class GeneratedContent(
        byte[] prefix,
        byte filler,
        long fillerLength,
        byte[] suffix,
        bool chunked
    ) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(prefix);
            var block = new byte[64 * 1024];
            Array.Fill(block, filler);
            for (var left = fillerLength; left > 0; left -= block.Length)
                await stream.WriteAsync(block.AsMemory(0, (int)Math.Min(left, block.Length)));
            await stream.WriteAsync(suffix);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = prefix.Length + fillerLength + suffix.Length;
            return !chunked;
        }
    }
}
