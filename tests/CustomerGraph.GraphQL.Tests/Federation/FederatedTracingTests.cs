using System.Text;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Federation;

namespace CustomerGraph.GraphQL.Tests.Federation;

public sealed class FederatedTracingTests
{
    [Theory]
    [InlineData("ftv1", true)]
    [InlineData(" FTV1 ", true)]
    [InlineData("ftv2", false)]
    [InlineData(null, false)]
    public void Only_the_ftv1_header_asks_for_a_trace(string? header, bool requested) =>
        Assert.Equal(requested, FederatedTracing.IsRequested(header));

    [Fact]
    public void A_trace_is_a_protobuf_trace_with_end_start_duration_and_the_errors_on_its_root()
    {
        var start = DateTimeOffset.UnixEpoch.AddSeconds(1);
        var end = start.AddMilliseconds(1.5);

        var trace = Convert.FromBase64String(
            FederatedTracing.Encode(start, end, [new GraphQLError("boom", [new SourceLocation(1, 3)])])
        );

        byte[] expected =
        [
            .. new byte[] { 0x1A, 0x06, 0x08, 0x01, 0x10, 0xE0, 0xC6, 0x5B }, // end_time { seconds: 1, nanos: 1500000 }
            .. new byte[] { 0x22, 0x04, 0x08, 0x01, 0x10, 0x00 }, // start_time { seconds: 1, nanos: 0 }
            .. new byte[] { 0x58, 0xE0, 0xC6, 0x5B }, // duration_ns: 1500000
            .. new byte[] { 0x72, 0x0E, 0x5A, 0x0C }, // root { error { … } }
            .. new byte[] { 0x0A, 0x04 }, //   message: "boom"
            .. Encoding.UTF8.GetBytes("boom"),
            .. new byte[] { 0x12, 0x04, 0x08, 0x01, 0x10, 0x03 }, //   location { line: 1, column: 3 }
        ];
        Assert.Equal(expected, trace);
    }
}
