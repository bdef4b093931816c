using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerGraph.Customers.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace CustomerGraph.Api.Rest;

/// <summary>Trackunit's error object: the HTTP status, a snake_case code, a message and, for 400s, the violations.</summary>
public sealed record RestError(
    int Status,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        IReadOnlyList<RestViolation>? Violations = null
)
{
    /// <summary>The error as the JSON result every endpoint returns on failure.</summary>
    public JsonHttpResult<RestError> ToResult() => TypedResults.Json(this, statusCode: Status);

    public static RestError ConstraintViolation(IReadOnlyList<RestViolation> violations) =>
        new(StatusCodes.Status400BadRequest, "constraint_violation", "Constraint violation", violations);

    public static RestError MalformedJson(string detail) =>
        new(
            StatusCodes.Status400BadRequest,
            "malformed_json",
            $"The request body is not valid JSON: {detail}"
        );

    public static RestError UnsupportedMediaType(string? contentType) =>
        new(
            StatusCodes.Status415UnsupportedMediaType,
            "unsupported_media_type",
            $"Content-Type '{contentType}' is not supported; send application/json in UTF-8."
        );

    public static RestError RequestTooLarge(long maxBytes) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            "payload_too_large",
            $"The request body is larger than the maximum of {maxBytes} bytes."
        );

    /// <summary>A path id that is not a UUID, e.g. <c>invalid_customer_id</c>.</summary>
    public static RestError InvalidId(string parameter, string? text) =>
        new(
            StatusCodes.Status400BadRequest,
            $"invalid_{JsonNamingPolicy.SnakeCaseLower.ConvertName(parameter)}",
            $"{parameter} '{text}' is not a UUID like 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e.",
            [new RestViolation(parameter, $"value '{text}' was rejected: must be a UUID")]
        );

    public static RestError VersionConflict(string message) =>
        new(StatusCodes.Status412PreconditionFailed, "version_conflict", message);

    /// <summary>The database cannot be reached for now: 503 <c>service_unavailable</c>, sent with <c>Retry-After</c>.</summary>
    public static RestError ServiceUnavailable() =>
        new(
            StatusCodes.Status503ServiceUnavailable,
            "service_unavailable",
            Resilience.ServiceUnavailable.Message
        );

    /// <summary>An unexpected fault: no detail of it leaves the server, only the request id to find it in the log.</summary>
    public static RestError InternalError(string requestId) =>
        new(
            StatusCodes.Status500InternalServerError,
            "internal_error",
            $"An unexpected error stopped the request; nothing was changed by it. Request id: {requestId}."
        );

    /// <summary>
    /// An error the framework answered with a bare status (no route, wrong method, a body too large …): the code
    /// is the status's reason phrase in snake_case, e.g. <c>not_found</c>, <c>method_not_allowed</c>.
    /// </summary>
    public static RestError ForStatus(int status, string? message = null)
    {
        var code = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "payload_too_large",
            StatusCodes.Status500InternalServerError => "internal_error",
            _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
                ? phrase.ToLowerInvariant().Replace(' ', '_').Replace("-", "", StringComparison.Ordinal)
                : "http_" + status.ToString(CultureInfo.InvariantCulture),
        };
        return new(status, code, message ?? DefaultMessage(status));
    }

    /// <summary>
    /// Maps the domain's errors. A missing scope → 403 <c>forbidden</c> (the endpoint's scope policy refuses it first); a missing addressed resource (a path id) → 404 <c>{entity}_not_found</c>; unknown
    /// ids the body refers to → 404 <c>{entity}_not_found</c> listing every problem of the body as violations; a stale
    /// version → 412; a duplicate alone → 409 <c>duplicate_{field}</c>; any other rule violation → 400 listing every
    /// error with the value the body gave. <paramref name="fieldPath"/> renames the domain's field paths to the
    /// body's where they differ.
    /// </summary>
    public static RestError FromDomain(
        IReadOnlyList<DomainError> errors,
        JsonElement? body = null,
        Func<string, string>? fieldPath = null
    )
    {
        var path = fieldPath ?? (field => field);
        if (errors.OfType<ForbiddenError>().FirstOrDefault() is { } forbidden)
            return new(StatusCodes.Status403Forbidden, "forbidden", forbidden.Message);
        var notFound = errors.OfType<NotFoundError>().ToList();
        if (notFound.FirstOrDefault(error => !TryFind(path(error.Field), body, out _)) is { } missing)
            return new(StatusCodes.Status404NotFound, NotFoundCode(missing), NotFoundMessage(missing));
        if (notFound.Count > 0)
            return new(
                StatusCodes.Status404NotFound,
                NotFoundCode(notFound[0]),
                notFound.Count == 1
                    ? NotFoundMessage(notFound[0])
                    : $"{notFound.Count} {Noun(notFound[0].EntityType).ToLowerInvariant()}s were not found.",
                ViolationsOf(errors, body, path)
            );
        var conflicts = errors.OfType<ConflictError>().ToList();
        if (conflicts.FirstOrDefault(c => c.Code == DomainErrorCodes.VersionConflict) is { } stale)
            return VersionConflict(stale.Message);
        if (conflicts.Count == errors.Count)
            return new(
                StatusCodes.Status409Conflict,
                $"duplicate_{DuplicatedThing(conflicts[0].Field)}",
                conflicts[0].Message
            );
        return ConstraintViolation(ViolationsOf(errors, body, path));
    }

    // The domain names the field in conflict; for the assign list what is duplicated is an assignment.
    private static string DuplicatedThing(string field) =>
        field == "assign" ? "assignment" : JsonNamingPolicy.SnakeCaseLower.ConvertName(field);

    // The domain calls contacts CustomerContact; the REST resource is a contact.
    private static string Entity(string entityType) =>
        entityType == "CustomerContact" ? "contact" : JsonNamingPolicy.SnakeCaseLower.ConvertName(entityType);

    private static string Noun(string entityType)
    {
        var words = Entity(entityType).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string NotFoundCode(NotFoundError error) => $"{Entity(error.EntityType)}_not_found";

    private static string NotFoundMessage(NotFoundError error) =>
        $"{Noun(error.EntityType)} '{error.Id:D}' was not found.";

    private static List<RestViolation> ViolationsOf(
        IReadOnlyList<DomainError> errors,
        JsonElement? body,
        Func<string, string> path
    ) =>
        errors
            .Select(error =>
                error switch
                {
                    NotFoundError n => Violation(path(n.Field), NotFoundMessage(n), body),
                    ValidationError v => Violation(path(v.Field), v.Message, body),
                    ConflictError c => Violation(path(c.Field), c.Message, body),
                    _ => new RestViolation("", error.Message),
                }
            )
            .ToList();

    private static RestViolation Violation(string field, string message, JsonElement? body) =>
        new(field, $"value '{RejectedValue(field, body)}' was rejected: {message}");

    // The value the client sent at a field path like "address.city" or "assign[2].assetId", as text; empty when absent.
    private static string RejectedValue(string field, JsonElement? body)
    {
        if (!TryFind(field, body, out var value))
            return "";
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => "null",
            _ => value.GetRawText(),
        };
    }

    // A custom field key may itself hold dots and brackets ("customFields.a.b[0]" names the key "a.b[0]"), so at each
    // object the rest of the path is first looked up as one name; a bracket is an index only when it closes the part
    // around digits alone.
    private static bool TryFind(string field, JsonElement? body, out JsonElement value)
    {
        value = default;
        if (body is not { ValueKind: JsonValueKind.Object } current || field.Length == 0)
            return false;
        var path = field;
        while (true)
        {
            if (current.ValueKind != JsonValueKind.Object)
                return false;
            if (current.TryGetProperty(path, out value))
                return true;
            var dot = path.IndexOf('.');
            var part = dot < 0 ? path : path[..dot];
            var bracket = part.IndexOf('[');
            if (!current.TryGetProperty(bracket < 0 ? part : part[..bracket], out current))
                return false;
            if (bracket >= 0)
            {
                if (
                    !part.EndsWith(']')
                    || !int.TryParse(
                        part.AsSpan(bracket + 1, part.Length - bracket - 2),
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var index
                    )
                    || current.ValueKind != JsonValueKind.Array
                    || index >= current.GetArrayLength()
                )
                    return false;
                current = current[index];
            }
            if (dot < 0)
            {
                value = current;
                return true;
            }
            path = path[(dot + 1)..];
        }
    }

    private static string DefaultMessage(int status) =>
        status switch
        {
            StatusCodes.Status404NotFound => "No resource has this path.",
            StatusCodes.Status405MethodNotAllowed => "The resource does not support this method.",
            StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
            _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase
                ? phrase + "."
                : "The request failed.",
        };
}

/// <summary>One rejected field: its path in the body (or query) and why.</summary>
public sealed record RestViolation(string Field, string Message)
{
    /// <summary>The value <paramref name="text"/> of <paramref name="field"/> broke <paramref name="rule"/>.</summary>
    public static RestViolation Rejected(string field, string? text, string rule) =>
        new(field, $"value '{text}' was rejected: {rule}");
}
