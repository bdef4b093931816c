using System.Text;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// Inline federated tracing (<c>ftv1</c>): when a gateway sends <c>apollo-federation-include-trace: ftv1</c>, the
/// subgraph answers <c>extensions.ftv1</c>, a base64 protobuf <c>Trace</c> of Apollo's usage reporting protocol with the
/// operation's start, end and duration, and its errors on the root node.
/// </summary>
public static class FederatedTracing
{
    /// <summary>The request header a gateway asks for a trace with.</summary>
    public const string HeaderName = "apollo-federation-include-trace";

    /// <summary>The header value (and response extension) of inline traces.</summary>
    public const string Ftv1 = "ftv1";

    /// <summary>True when the header value asks for an inline trace.</summary>
    public static bool IsRequested(string? headerValue) =>
        string.Equals(headerValue?.Trim(), Ftv1, StringComparison.OrdinalIgnoreCase);

    /// <summary>The base64 <c>Trace</c> of an operation that ran from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string Encode(DateTimeOffset start, DateTimeOffset end, IReadOnlyList<GraphQLError> errors)
    {
        var root = new List<byte>();
        foreach (var error in errors)
        {
            var encoded = new List<byte>();
            WriteString(encoded, 1, error.Message); // Trace.Error.message
            foreach (var location in error.Locations ?? [])
            {
                var position = new List<byte>();
                WriteVarintField(position, 1, (ulong)location.Line);
                WriteVarintField(position, 2, (ulong)location.Column);
                WriteMessage(encoded, 2, position); // Trace.Error.location
            }
            WriteMessage(root, 11, encoded); // Trace.Node.error
        }
        var trace = new List<byte>();
        WriteMessage(trace, 3, Timestamp(end)); // Trace.end_time
        WriteMessage(trace, 4, Timestamp(start)); // Trace.start_time
        WriteVarintField(trace, 11, (ulong)Math.Max(0, (end - start).Ticks * 100)); // Trace.duration_ns
        WriteMessage(trace, 14, root); // Trace.root
        return Convert.ToBase64String(trace.ToArray());
    }

    private static List<byte> Timestamp(DateTimeOffset time)
    {
        var sinceEpoch = time - DateTimeOffset.UnixEpoch;
        var seconds = (long)Math.Floor(sinceEpoch.TotalSeconds);
        var nanos = (sinceEpoch.Ticks - seconds * TimeSpan.TicksPerSecond) * 100;
        var timestamp = new List<byte>();
        WriteVarintField(timestamp, 1, (ulong)seconds);
        WriteVarintField(timestamp, 2, (ulong)nanos);
        return timestamp;
    }

    private static void WriteVarintField(List<byte> buffer, int field, ulong value)
    {
        WriteVarint(buffer, (ulong)(field << 3));
        WriteVarint(buffer, value);
    }

    private static void WriteString(List<byte> buffer, int field, string value) =>
        WriteMessage(buffer, field, [.. Encoding.UTF8.GetBytes(value)]);

    private static void WriteMessage(List<byte> buffer, int field, List<byte> message)
    {
        WriteVarint(buffer, (ulong)((field << 3) | 2));
        WriteVarint(buffer, (ulong)message.Count);
        buffer.AddRange(message);
    }

    private static void WriteVarint(List<byte> buffer, ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }
        buffer.Add((byte)value);
    }
}
