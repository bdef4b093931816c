using System.Net;
using System.Text.Json;

namespace CustomerGraph.Api.Tests;

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
