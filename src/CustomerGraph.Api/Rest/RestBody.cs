using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using CustomerGraph.Api.Http;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;
using Microsoft.Net.Http.Headers;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Reads a JSON object body field by field, so JSON merge patch can tell absent (unchanged) from null (cleared), and
/// every wrongly typed field becomes a violation instead of a failed model binding.
/// </summary>
public sealed class RestBody(JsonElement json, string prefix = "", List<RestViolation>? violations = null)
{
    /// <summary>The body itself, for quoting rejected values.</summary>
    public JsonElement Json => json;

    /// <summary>The type violations found so far, shared with nested objects.</summary>
    public List<RestViolation> Violations { get; } = violations ?? [];

    /// <summary>The largest body read: the REST API's limit, which Kestrel enforces too.</summary>
    public const long MaxBodyBytes = RestApi.MaxBodyBytes;

    /// <summary>
    /// Parses the request body: a content type other than JSON in UTF-8 is 415, a body over
    /// <see cref="MaxBodyBytes"/> 413 payload_too_large, invalid UTF-8 (or escapes of unpaired surrogates) and
    /// unparsable or non-object JSON 400 malformed_json.
    /// </summary>
    public static async Task<(RestBody? Body, RestError? Error)> ReadAsync(
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

    private static (RestBody? Body, RestError? Error) Parse(ReadOnlyMemory<byte> bytes)
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
            return (new RestBody(document.RootElement.Clone()), null);
        }
        catch (JsonException exception)
        {
            return (null, RestError.MalformedJson(exception.Message));
        }
    }

    /// <summary>True when the field is present, even as null.</summary>
    public bool Has(string name) => json.TryGetProperty(name, out _);

    /// <summary>A string field; absent or null is null, another JSON type a violation.</summary>
    public string? String(string name) => OptionalString(name).GetValueOrDefault(null);

    /// <summary>A string field for a merge patch: absent is omitted, null clears.</summary>
    public Optional<string?> OptionalString(string name)
    {
        if (!json.TryGetProperty(name, out var value))
            return Optional<string?>.Omitted;
        if (value.ValueKind == JsonValueKind.Null)
            return Optional<string?>.Of(null);
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Reject(name, value, "must be a string");
        return Optional<string?>.Omitted;
    }

    /// <summary>A boolean field; absent or null is null, another JSON type a violation.</summary>
    public bool? Boolean(string name) => OptionalBoolean(name).GetValueOrDefault(null);

    /// <summary>A boolean field for a merge patch: absent is omitted, null clears.</summary>
    public Optional<bool?> OptionalBoolean(string name)
    {
        if (!json.TryGetProperty(name, out var value))
            return Optional<bool?>.Omitted;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return Optional<bool?>.Of(null);
            case JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean();
            default:
                Reject(name, value, "must be true or false");
                return Optional<bool?>.Omitted;
        }
    }

    /// <summary>A required UUID string field; absent, null or not a UUID is a violation (and null).</summary>
    public Guid? RequiredUuid(string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Violations.Add(new RestViolation(prefix + name, "value 'null' was rejected: must not be null"));
            return null;
        }
        return Uuid(prefix + name, value);
    }

    /// <summary>A required enum field in SCREAMING_SNAKE_CASE; absent, null or an unknown value is a violation.</summary>
    public TEnum? RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var value = OptionalEnum<TEnum>(name);
        if (value.HasValue && value.Value is { } parsed)
            return parsed;
        if (!Has(name) || json.GetProperty(name).ValueKind == JsonValueKind.Null)
            Violations.Add(new RestViolation(prefix + name, "value 'null' was rejected: must not be null"));
        return null;
    }

    /// <summary>An array field's items; null when absent or null, a violation for another type.</summary>
    public IReadOnlyList<JsonElement>? Array(string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            return [.. value.EnumerateArray()];
        Reject(name, value, "must be an array");
        return null;
    }

    /// <summary>Item <paramref name="index"/> of array <paramref name="name"/> as an object reader; null (and a violation) for another type.</summary>
    public RestBody? ObjectItem(string name, int index, JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.Object)
            return new RestBody(item, $"{prefix}{name}[{index}].", Violations);
        Reject($"{name}[{index}]", item, "must be an object");
        return null;
    }

    /// <summary>Item <paramref name="index"/> of array <paramref name="name"/> as a UUID; null (and a violation) otherwise.</summary>
    public Guid? UuidItem(string name, int index, JsonElement item) => Uuid($"{prefix}{name}[{index}]", item);

    /// <summary>
    /// The object of custom field values by key, e.g. <c>{"vip": true, "hours": null}</c>, as the domain's value
    /// inputs in body order: absent is omitted, null is null, another JSON type a violation.
    /// </summary>
    public Optional<IReadOnlyList<CustomFieldValueInput>?> CustomFieldValues(string name)
    {
        if (!json.TryGetProperty(name, out var value))
            return Optional<IReadOnlyList<CustomFieldValueInput>?>.Omitted;
        if (value.ValueKind == JsonValueKind.Null)
            return Optional<IReadOnlyList<CustomFieldValueInput>?>.Of(null);
        if (value.ValueKind == JsonValueKind.Object)
            return Optional<IReadOnlyList<CustomFieldValueInput>?>.Of([
                .. value
                    .EnumerateObject()
                    .Select(field => new CustomFieldValueInput(field.Name, field.Value)),
            ]);
        Reject(name, value, "must be an object of values by custom field key");
        return Optional<IReadOnlyList<CustomFieldValueInput>?>.Omitted;
    }

    /// <summary>An enum field written in SCREAMING_SNAKE_CASE, as the graph spells it; null clears.</summary>
    public Optional<TEnum?> OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = OptionalString(name);
        if (!text.HasValue || text.Value is null)
            return text.HasValue ? Optional<TEnum?>.Of(null) : Optional<TEnum?>.Omitted;
        if (RestEnums.TryParse<TEnum>(text.Value, out var parsed))
            return Optional<TEnum?>.Of(parsed);
        Reject(name, json.GetProperty(name), $"must be one of {string.Join(", ", RestEnums.Names<TEnum>())}");
        return Optional<TEnum?>.Omitted;
    }

    /// <summary>A nested object field: null when absent or null, an empty reader (and a violation) for another type.</summary>
    public RestBody? Object(string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Reject(name, value, "must be an object");
            return null;
        }
        return new RestBody(value, $"{prefix}{name}.", Violations);
    }

    private Guid? Uuid(string field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && Guid.TryParseExact(value.GetString(), "D", out var id))
            return id;
        Violations.Add(new RestViolation(field, $"value '{Text(value)}' was rejected: must be a UUID"));
        return null;
    }

    private void Reject(string name, JsonElement value, string rule) =>
        Violations.Add(new RestViolation(prefix + name, $"value '{Text(value)}' was rejected: {rule}"));

    private static string? Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();

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

/// <summary>Enum values in SCREAMING_SNAKE_CASE, the spelling the graph's enums use, so both surfaces agree.</summary>
public static class RestEnums
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    public static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Name);

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Name(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
