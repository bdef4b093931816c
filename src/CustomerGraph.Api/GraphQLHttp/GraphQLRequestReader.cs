using System.Text.Json;
using CustomerGraph.GraphQL.Errors;
using Microsoft.AspNetCore.Http;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// Reads the request parameters of GraphQL over HTTP (query, operationName, variables, extensions, and
/// documentId of the persisted documents appendix) from a JSON object or a GET query string. Null and,
/// in GET, the empty string mean absent; other parameters are ignored; a parameter of the wrong type
/// makes the request malformed.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>Reads one request object of a POST body (or of a batch).</summary>
    public static GraphQLHttpRequest? Read(JsonElement body, out GraphQLError? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = BadRequest("A GraphQL request must be a JSON object.");
            return null;
        }
        string? query = null,
            documentId = null,
            operationName = null;
        JsonElement? variables = null,
            extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (!TryReadString(value, "query", ref query, ref error))
                        return null;
                    break;
                case "documentId":
                    if (!TryReadString(value, "documentId", ref documentId, ref error))
                        return null;
                    break;
                case "operationName":
                    if (!TryReadString(value, "operationName", ref operationName, ref error))
                        return null;
                    break;
                case "variables":
                    if (!TryReadObject(value, "variables", ref variables, ref error))
                        return null;
                    break;
                case "extensions":
                    if (!TryReadObject(value, "extensions", ref extensions, ref error))
                        return null;
                    break;
            }
        }
        return Create(query, documentId, operationName, variables, extensions, out error);
    }

    /// <summary>Reads a GET request's parameters; <paramref name="owned"/> receives the JSON documents to dispose after the response.</summary>
    public static GraphQLHttpRequest? Read(
        IQueryCollection parameters,
        List<IDisposable> owned,
        out GraphQLError? error
    )
    {
        error = null;
        string? query = null,
            documentId = null,
            operationName = null;
        JsonElement? variables = null,
            extensions = null;
        foreach (var (name, values) in parameters)
        {
            if (name is not ("query" or "documentId" or "operationName" or "variables" or "extensions"))
                continue;
            if (values.Count > 1)
            {
                error = BadRequest($"The \"{name}\" parameter must be given once.");
                return null;
            }
            var text = values[0];
            if (string.IsNullOrEmpty(text))
                continue;
            switch (name)
            {
                case "query":
                    query = text;
                    break;
                case "documentId":
                    documentId = text;
                    break;
                case "operationName":
                    operationName = text;
                    break;
                default:
                    JsonDocument json;
                    try
                    {
                        json = JsonDocument.Parse(text);
                    }
                    catch (JsonException)
                    {
                        error = BadRequest($"The \"{name}\" parameter must be a JSON-encoded object.");
                        return null;
                    }
                    owned.Add(json);
                    JsonElement? parsed = null;
                    if (!TryReadObject(json.RootElement, name, ref parsed, ref error))
                        return null;
                    if (name == "variables")
                        variables = parsed;
                    else
                        extensions = parsed;
                    break;
            }
        }
        return Create(query, documentId, operationName, variables, extensions, out error);
    }

    /// <summary>An error of a malformed request (400 whatever the media type).</summary>
    public static GraphQLError BadRequest(string message) => new(message, code: HttpErrorCodes.BadRequest);

    private static GraphQLHttpRequest? Create(
        string? query,
        string? documentId,
        string? operationName,
        JsonElement? variables,
        JsonElement? extensions,
        out GraphQLError? error
    )
    {
        error = null;
        string? persistedQueryHash = null;
        if (
            extensions is { } extensionMap
            && extensionMap.TryGetProperty("persistedQuery", out var persisted)
        )
        {
            persistedQueryHash = ReadPersistedQueryHash(persisted, out error);
            if (error is not null)
                return null;
        }
        if (string.IsNullOrEmpty(query) && documentId is null && persistedQueryHash is null)
        {
            error = BadRequest("The \"query\" parameter is required: a string holding the GraphQL document.");
            return null;
        }
        if (!string.IsNullOrEmpty(query) && documentId is not null)
        {
            error = BadRequest("Send either \"query\" or \"documentId\", not both.");
            return null;
        }
        return new GraphQLHttpRequest
        {
            Query = string.IsNullOrEmpty(query) ? null : query,
            DocumentId = documentId,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables is { } map ? ToDictionary(map) : null,
            PersistedQueryHash = persistedQueryHash,
        };
    }

    private static string? ReadPersistedQueryHash(JsonElement persisted, out GraphQLError? error)
    {
        error = null;
        if (persisted.ValueKind == JsonValueKind.Null)
            return null;
        if (
            persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("sha256Hash", out var hash)
            || hash.ValueKind != JsonValueKind.String
            || !persisted.TryGetProperty("version", out var version)
            || version.ValueKind != JsonValueKind.Number
        )
        {
            error = BadRequest(
                "\"extensions.persistedQuery\" must be an object with a numeric \"version\" and a string \"sha256Hash\"."
            );
            return null;
        }
        if (!version.TryGetInt32(out var number) || number != 1)
        {
            error = new GraphQLError(
                "Only version 1 of persisted queries is supported.",
                code: HttpErrorCodes.PersistedQueryNotSupported
            );
            return null;
        }
        var value = hash.GetString()!;
        if (value.Length != 64 || !value.All(char.IsAsciiHexDigit))
        {
            error = BadRequest("\"extensions.persistedQuery.sha256Hash\" must be 64 hexadecimal digits.");
            return null;
        }
        return value.ToLowerInvariant();
    }

    private static Dictionary<string, object?> ToDictionary(JsonElement map)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
            variables[property.Name] = property.Value;
        return variables;
    }

    private static bool TryReadString(
        JsonElement value,
        string name,
        ref string? target,
        ref GraphQLError? error
    )
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                try
                {
                    target = value.GetString();
                }
                catch (InvalidOperationException)
                {
                    error = BadRequest($"The \"{name}\" parameter holds an unpaired surrogate escape.");
                    return false;
                }
                return true;
            default:
                error = BadRequest($"The \"{name}\" parameter must be a string.");
                return false;
        }
    }

    private static bool TryReadObject(
        JsonElement value,
        string name,
        ref JsonElement? target,
        ref GraphQLError? error
    )
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                target = value;
                return true;
            default:
                error = BadRequest($"The \"{name}\" parameter must be an object (a map).");
                return false;
        }
    }
}
