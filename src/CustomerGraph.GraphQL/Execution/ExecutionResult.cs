using System.Text.Json;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>The response of spec section 7: errors, data (absent when execution never started), extensions.</summary>
public sealed class ExecutionResult
{
    internal ExecutionResult(
        IReadOnlyList<GraphQLError> errors,
        bool hasData,
        ResultObject? data,
        ErrorKind kind
    )
    {
        Errors = errors;
        HasData = hasData;
        Data = data;
        Kind = kind;
    }

    /// <summary>Where the request failed, if it did before execution (transports map it to a status code).</summary>
    public enum ErrorKind
    {
        None,
        Syntax,
        Validation,
        Limit,
        OperationSelection,
        OperationNotAllowed,
        Variables,
        Timeout,

        /// <summary>The request's <see cref="ExecutionRequest.CostGate"/> refused the operation.</summary>
        Refused,
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>False for request errors: the response then has no <c>data</c> entry at all.</summary>
    public bool HasData { get; }
    public ErrorKind Kind { get; }

    /// <summary>The operation's estimated complexity; null when the request failed before it was estimated.</summary>
    public long? Cost { get; internal set; }

    public Dictionary<string, object?>? Extensions { get; set; }
    internal ResultObject? Data { get; }

    internal static ExecutionResult RequestError(ErrorKind kind, params GraphQLError[] errors) =>
        new(errors, false, null, kind);

    internal static ExecutionResult RequestError(ErrorKind kind, IReadOnlyList<GraphQLError> errors) =>
        new(errors, false, null, kind);

    /// <summary>Writes the response as JSON: <c>errors</c> first when present, then <c>data</c> and <c>extensions</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
                WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, Data);
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultWriter.WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>The response as a JSON string (tests, logs).</summary>
    public string ToJson(bool indented = false)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (
            var writer = new Utf8JsonWriter(
                buffer,
                new JsonWriterOptions { Indented = indented, Encoder = JsonEncoder }
            )
        )
            WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Escapes only what JSON requires (quotes, backslashes, control characters): responses are UTF-8 and
    /// never embedded in HTML, so non-ASCII text stays readable.
    /// </summary>
    public static readonly System.Text.Encodings.Web.JavaScriptEncoder JsonEncoder = System
        .Text
        .Encodings
        .Web
        .JavaScriptEncoder
        .UnsafeRelaxedJsonEscaping;

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                    writer.WriteNumberValue(index);
                else
                    writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Code is not null || error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            writer.WriteStartObject();
            if (error.Code is not null)
                writer.WriteString("code", error.Code);
            if (error.Extensions is not null)
                foreach (var (key, value) in error.Extensions)
                {
                    writer.WritePropertyName(key);
                    ResultWriter.WriteValue(writer, value);
                }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
