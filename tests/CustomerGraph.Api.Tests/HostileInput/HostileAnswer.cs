using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

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
