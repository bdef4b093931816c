using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>The public surface a hostile request is aimed at.</summary>
public enum Surface
{
    GraphQLPost,
    GraphQLGet,
    GraphQLBatch,
    Rest,
}

/// <summary>
/// One hostile request of the catalogue and the answer it must get. Paths and text bodies may name seeded rows
/// with the placeholders of <see cref="SeededRows"/>, filled in when the request is sent.
/// </summary>
public sealed record HostileCase(
    string Category,
    string Name,
    Surface Surface,
    HttpMethod Method,
    string Path,
    string? ContentType,
    RequestBody? Body,
    Expectation Expected
)
{
    /// <summary>The Accept header sent; GraphQL cases ask for application/graphql-response+json unless told.</summary>
    public string? Accept { get; init; } =
        Surface == Surface.Rest ? "application/json" : Http.GraphQLResponseJson;

    /// <summary>An If-Match header to send, for REST preconditions.</summary>
    public string? IfMatch { get; init; }

    /// <summary>
    /// The Authorization header sent instead of the host's valid bearer token; empty sends none. Null (the default)
    /// sends the valid token, so the case reaches the endpoint.
    /// </summary>
    public string? Authorization { get; init; }

    /// <summary>Further headers sent as given, e.g. <c>TU-PREVIEW</c>.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>The case as xunit shows it: category and name.</summary>
    public string DisplayName => $"{Category}: {Name}";

    public HttpRequestMessage CreateRequest(SeededRows seeded)
    {
        var request = new HttpRequestMessage(Method, seeded.Fill(Path));
        if (Accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (IfMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        if (Authorization is { Length: > 0 })
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        foreach (var (name, value) in Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        if (Body is not null)
        {
            request.Content = Body.CreateContent(seeded);
            if (ContentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return request;
    }
}

/// <summary>
/// Existing rows the cases aim at, so a refused change has something it could have damaged: a customer, one of its
/// contacts, an asset, and another customer of the same account (whose path must not reach that contact).
/// </summary>
public sealed record SeededRows(Guid CustomerId, Guid ContactId, Guid AssetId, Guid OtherCustomerId)
{
    public const string Customer = "SEEDED-CUSTOMER-ID";
    public const string Contact = "SEEDED-CONTACT-ID";
    public const string Asset = "SEEDED-ASSET-ID";
    public const string OtherCustomer = "OTHER-CUSTOMER-ID";

    public string Fill(string text) =>
        text.Replace(Customer, CustomerId.ToString("D"))
            .Replace(Contact, ContactId.ToString("D"))
            .Replace(Asset, AssetId.ToString("D"))
            .Replace(OtherCustomer, OtherCustomerId.ToString("D"));
}

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

/// <summary>The answer a hostile request must get: its status and the specific error (or the harmless data).</summary>
public abstract record Expectation(HttpStatusCode Status)
{
    /// <summary>Checks an answer whose status is already known to be right.</summary>
    public abstract void CheckAnswer(Surface surface, HttpResponseMessage response, string body);

    /// <summary>Kestrel's own refusal (414 request line, 431 headers): an empty body and the connection closed.</summary>
    public static Expectation KestrelRejection(HttpStatusCode status) =>
        new KestrelRejectionExpectation(status);

    /// <summary>GraphQL request or field error: <c>errors[0].extensions.code</c>, and the argument it names when given.</summary>
    public static Expectation GraphQLError(HttpStatusCode status, string code, string? field = null) =>
        new GraphQLErrorExpectation(status, code, field);

    /// <summary>A mutation refused with typed payload errors, e.g. <c>("ValidationError", "name", "TOO_LONG")</c>.</summary>
    public static Expectation PayloadErrors(
        string mutation,
        params (string Type, string Field, string? Code)[] errors
    ) => new PayloadErrorsExpectation(mutation, errors);

    /// <summary>A harmless request answered with data and no errors; <paramref name="check"/> pins the data.</summary>
    public static Expectation GraphQLData(string description, Func<JsonElement, bool> check) =>
        new GraphQLDataExpectation(description, check);

    /// <summary>A batch answered 200 with one result per entry: an error code, or null for data without errors.</summary>
    public static Expectation Batch(params string?[] codes) => new BatchExpectation(codes);

    /// <summary>The REST error object with this status and code, listing at least these violation fields.</summary>
    public static Expectation RestError(
        HttpStatusCode status,
        string code,
        params string[] violationFields
    ) => new RestErrorExpectation(status, code, violationFields);

    /// <summary>A harmless REST request answered 200; <paramref name="check"/> pins the data.</summary>
    public static Expectation RestData(string description, Func<JsonElement, bool> check) =>
        new RestDataExpectation(description, check);

    /// <summary>
    /// The documented answer to a request without a valid account: 401 with <c>WWW-Authenticate: Bearer</c>, no
    /// data, and the surface's error (<c>UNAUTHENTICATED</c> in GraphQL, <c>unauthenticated</c> in REST).
    /// </summary>
    public static Expectation Unauthenticated() => new UnauthenticatedExpectation();

    private sealed record GraphQLErrorExpectation(HttpStatusCode Status, string Code, string? Field)
        : JsonAnswer(Status)
    {
        protected override void Check(JsonElement body)
        {
            Assert.True(body.ValueKind == JsonValueKind.Object, "a GraphQL response is a JSON object");
            Assert.True(body.TryGetProperty("errors", out var errors), "the response has errors");
            var first = errors[0].GetProperty("extensions");
            Assert.Equal(Code, first.GetProperty("code").GetString());
            if (Field is null)
                return;
            var named = first.TryGetProperty("field", out var one)
                ? [one.GetString()]
                : first.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList();
            Assert.Contains(Field, named);
        }
    }

    private sealed record PayloadErrorsExpectation(
        string Mutation,
        (string Type, string Field, string? Code)[] Errors
    ) : JsonAnswer(HttpStatusCode.OK)
    {
        protected override void Check(JsonElement body)
        {
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            var payload = body.GetProperty("data").GetProperty(Mutation);
            var errors = payload
                .GetProperty("errors")
                .EnumerateArray()
                .Select(e =>
                    (
                        e.GetProperty("__typename").GetString(),
                        e.GetProperty("field").GetString(),
                        e.TryGetProperty("code", out var code) ? code.GetString() : null
                    )
                )
                .ToList();
            foreach (var expected in Errors)
                Assert.Contains(expected, errors);
            // Nothing was made, changed or deleted: the payload's result field is null.
            foreach (var property in payload.EnumerateObject().Where(p => p.Name != "errors"))
                Assert.Equal(JsonValueKind.Null, property.Value.ValueKind);
        }
    }

    private sealed record GraphQLDataExpectation(string Description, Func<JsonElement, bool> Predicate)
        : JsonAnswer(HttpStatusCode.OK)
    {
        protected override void Check(JsonElement body)
        {
            Assert.False(body.TryGetProperty("errors", out _), body.ToString());
            Assert.True(Predicate(body.GetProperty("data")), $"{Description}: {body}");
        }
    }

    private sealed record BatchExpectation(string?[] Codes) : JsonAnswer(HttpStatusCode.OK)
    {
        protected override void Check(JsonElement body)
        {
            Assert.Equal(JsonValueKind.Array, body.ValueKind);
            Assert.Equal(Codes.Length, body.GetArrayLength());
            for (var index = 0; index < Codes.Length; index++)
            {
                var entry = body[index];
                HostileAnswer.CheckGraphQLShape(entry);
                if (Codes[index] is { } code)
                    Assert.Equal(
                        code,
                        entry
                            .GetProperty("errors")[0]
                            .GetProperty("extensions")
                            .GetProperty("code")
                            .GetString()
                    );
                else
                {
                    Assert.False(entry.TryGetProperty("errors", out _), entry.ToString());
                    Assert.Equal(JsonValueKind.Object, entry.GetProperty("data").ValueKind);
                }
            }
        }
    }

    private sealed record RestErrorExpectation(HttpStatusCode Status, string Code, string[] ViolationFields)
        : JsonAnswer(Status)
    {
        protected override void Check(JsonElement body)
        {
            Assert.Equal(Code, body.GetProperty("code").GetString());
            if (ViolationFields.Length == 0)
                return;
            var fields = body.GetProperty("violations")
                .EnumerateArray()
                .Select(v => v.GetProperty("field").GetString())
                .ToList();
            foreach (var field in ViolationFields)
                Assert.Contains(field, fields);
        }
    }

    private sealed record UnauthenticatedExpectation() : Expectation(HttpStatusCode.Unauthorized)
    {
        public override void CheckAnswer(Surface surface, HttpResponseMessage response, string body)
        {
            var json = HostileAnswer.CheckShape(surface, response, body);
            Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
            if (surface == Surface.Rest)
            {
                Assert.Equal("unauthenticated", json.GetProperty("code").GetString());
                return;
            }
            Assert.False(json.TryGetProperty("data", out _), body);
            var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
            Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private sealed record KestrelRejectionExpectation(HttpStatusCode Status) : Expectation(Status)
    {
        public override void CheckAnswer(Surface surface, HttpResponseMessage response, string body)
        {
            Assert.Equal("", body);
            Assert.True(response.Headers.ConnectionClose, "Kestrel closes the connection it refused");
        }
    }

    /// <summary>An answer of the application: JSON of its surface's documented shape, checked further by <see cref="Check"/>.</summary>
    private abstract record JsonAnswer(HttpStatusCode Status) : Expectation(Status)
    {
        public override void CheckAnswer(Surface surface, HttpResponseMessage response, string body) =>
            Check(HostileAnswer.CheckShape(surface, response, body));

        protected abstract void Check(JsonElement body);
    }

    private sealed record RestDataExpectation(string Description, Func<JsonElement, bool> Predicate)
        : JsonAnswer(HttpStatusCode.OK)
    {
        protected override void Check(JsonElement body) =>
            Assert.True(Predicate(body), $"{Description}: {body}");
    }
}

/// <summary>What every answer to a hostile request must be, whatever the case: JSON of its surface's shape, no leaks.</summary>
public static partial class HostileAnswer
{
    /// <summary>JSON media type, a parsable body of the documented shape, no stack trace or internal type names.</summary>
    public static JsonElement CheckShape(Surface surface, HttpResponseMessage response, string body)
    {
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {Excerpt(body)}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(
            mediaType is "application/json" or Http.GraphQLResponseJson,
            $"answered as {mediaType ?? "no media type"}: {Excerpt(body)}"
        );
        Assert.DoesNotMatch(Leak(), body);
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new Xunit.Sdk.XunitException(
                $"the body is not JSON ({exception.Message}): {Excerpt(body)}"
            );
        }
        if (surface == Surface.Rest)
            CheckRestShape(json, response.StatusCode);
        else if (json.ValueKind == JsonValueKind.Array)
            foreach (var entry in json.EnumerateArray())
                CheckGraphQLShape(entry);
        else
            CheckGraphQLShape(json);
        return json;
    }

    /// <summary>A GraphQL response: data and/or errors, every error with a message and an <c>extensions.code</c>.</summary>
    public static void CheckGraphQLShape(JsonElement response)
    {
        Assert.Equal(JsonValueKind.Object, response.ValueKind);
        Assert.True(
            response.TryGetProperty("data", out _) || response.TryGetProperty("errors", out _),
            "a GraphQL response has data or errors"
        );
        if (!response.TryGetProperty("errors", out var errors))
            return;
        Assert.True(errors.GetArrayLength() > 0, "errors, when present, is not empty");
        foreach (var error in errors.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
            Assert.False(
                string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()),
                error.ToString()
            );
        }
    }

    /// <summary>A 2xx REST body is data; any other is the error object <c>{status, code, message, violations?}</c>.</summary>
    private static void CheckRestShape(JsonElement json, HttpStatusCode status)
    {
        if ((int)status < 300)
            return;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.Matches(SnakeCase(), json.GetProperty("code").GetString()!);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("message").GetString()));
        if (
            json.TryGetProperty("violations", out var violations)
            && violations.ValueKind != JsonValueKind.Null
        )
            foreach (var violation in violations.EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, violation.GetProperty("field").ValueKind);
                Assert.False(string.IsNullOrEmpty(violation.GetProperty("message").GetString()));
            }
    }

    private static string Excerpt(string body) => body.Length <= 400 ? body : body[..400] + "…";

    // Exception type names, stack frames, source lines and database error texts must never reach a client.
    [GeneratedRegex(@"Exception\b|\bat [\w.`<>]+\(|\.cs:line|SQLite Error|Microsoft\.|System\.")]
    private static partial Regex Leak();

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();
}

/// <summary>A SHA-256 over every row of every table of a SQLite file, read in primary-key order.</summary>
public static class DatabaseChecksum
{
    public static string Of(string databaseFile)
    {
        using var connection = new SqliteConnection(
            $"Data Source={databaseFile};Mode=ReadOnly;Pooling=False"
        );
        connection.Open();
        var tables = Strings(
            connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            null
        );
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            var keys = Strings(
                connection,
                "SELECT name FROM pragma_table_info($table) WHERE pk > 0 ORDER BY pk",
                table
            );
            var order = keys.Count == 0 ? "rowid" : string.Join(", ", keys.Select(Quote));
            hash.AppendData(Encoding.UTF8.GetBytes($"table {table}\n"));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Quote(table)} ORDER BY {order}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.IsDBNull(column)
                        ? "∅"
                        : reader.GetValue(column) switch
                        {
                            byte[] bytes => Convert.ToHexString(bytes),
                            var other => Convert.ToString(
                                other,
                                System.Globalization.CultureInfo.InvariantCulture
                            ),
                        };
                    hash.AppendData(Encoding.UTF8.GetBytes($"{value}\u001f"));
                }
                hash.AppendData("\n"u8);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static List<string> Strings(SqliteConnection connection, string sql, string? table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
            command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
