using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerGraph.Api.Rest;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CustomerGraph.Api.OpenApi;

/// <summary>
/// Completes every REST operation from the endpoint's metadata: the query parameters and body its handler reads
/// itself, the id path parameters, the ETag/Location/If-Match headers, and examples of its bodies and errors.
/// </summary>
internal sealed class RestOperationTransformer(IOptions<JsonOptions> jsonOptions)
    : IOpenApiOperationTransformer
{
    private const string MergePatchJson = "application/merge-patch+json";

    private readonly JsonSerializerOptions _json = jsonOptions.Value.SerializerOptions;

    // A merge patch example must leave out what it does not change: a null there would clear the field.
    private readonly JsonSerializerOptions _requestJson = new(jsonOptions.Value.SerializerOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task TransformAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        // The endpoint's own words win over the handler's XML comment, which is written for maintainers.
        operation.Summary =
            metadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary ?? operation.Summary;
        operation.Description =
            metadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description
            ?? operation.Description;
        operation.Parameters ??= [];
        await DescribeQueryParametersAsync(operation, context, cancellationToken);
        DescribePathIds(operation);
        if (metadata.OfType<RestRequestBody>().LastOrDefault() is { } body)
            operation.RequestBody = await RequestBodyAsync(body, context, cancellationToken);
        var rateLimited = operation.Responses?.ContainsKey("429") == true;
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse concrete || !int.TryParse(status, out var code))
                continue;
            DescribeAccessHeaders(concrete, code, rateLimited);
            if (code < 400)
                DescribeSuccess(concrete, code, context);
            else
                AddErrorExamples(concrete, code, operation, metadata);
        }
        // 412 comes only from a stale If-Match, so every operation that documents it takes the header.
        if (operation.Responses?.ContainsKey("412") == true)
            operation.Parameters.Add(IfMatch);
        // Statuses in order, wherever they were declared (the group's come first).
        if (operation.Responses is { } responses)
        {
            var ordered = new OpenApiResponses();
            foreach (var (status, response) in responses.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                ordered[status] = response;
            operation.Responses = ordered;
        }
    }

    // A list's [AsParameters] record binds each parameter as text (so a bad value is a violation, not a binding
    // failure); the document shows the type it is read as. Lists are comma-separated (type=OEM,DEALER), not repeated.
    private static async Task DescribeQueryParametersAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query)
                continue;
            var bound = context.Description.ParameterDescriptions.FirstOrDefault(p =>
                p.Name == parameter.Name
            );
            var type = (bound?.ParameterDescriptor as IParameterInfoParameterDescriptor)
                ?.ParameterInfo
                .ParameterType;
            if (
                type is null
                || DocumentedType(Nullable.GetUnderlyingType(type) ?? type) is not { } documented
            )
                continue;
            var isList = documented.IsArray;
            parameter.Schema = await context.GetOrCreateSchemaAsync(documented, null, cancellationToken);
            parameter.Style = isList ? ParameterStyle.Form : null;
            parameter.Explode = !isList;
        }
    }

    // QueryValue<int> is an int, QueryList<Guid> a Guid[], QuerySort<TField> a list of keys when there are several.
    private static Type? DocumentedType(Type parameter)
    {
        if (!parameter.IsGenericType)
            return null;
        var definition = parameter.GetGenericTypeDefinition();
        var item = parameter.GetGenericArguments()[0];
        if (definition == typeof(QueryValue<>))
            return item;
        if (definition == typeof(QueryList<>))
            return item.MakeArrayType();
        if (definition == typeof(QuerySort<>))
            return (bool)parameter.GetProperty(nameof(QuerySort<>.IsList))!.GetValue(null)!
                ? typeof(string[])
                : typeof(string);
        return null;
    }

    // Ids in paths are UUIDs; anything else is answered 400 invalid_{name}.
    private static void DescribePathIds(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>())
        {
            if (
                parameter.In != ParameterLocation.Path
                || RestNames.EntityOf(parameter.Name!) is not { } entity
            )
                continue;
            parameter.Description ??=
                $"The {JsonNamingPolicy.SnakeCaseLower.ConvertName(entity).Replace('_', ' ')}'s id, a UUID.";
            if (parameter.Schema is OpenApiSchema schema)
                schema.Format = "uuid";
        }
    }

    private async Task<OpenApiRequestBody> RequestBodyAsync(
        RestRequestBody body,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        // A named component, like the response bodies, so clients generated from the document get a named type.
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(body.Type.Name) != true)
            document.AddComponent(
                body.Type.Name,
                await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken)
            );
        var schema = new OpenApiSchemaReference(body.Type.Name, document);
        var example = JsonSerializer.SerializeToNode(ExampleOf(body.Type), body.Type, _requestJson);
        // Every body is read by RestBody, which takes either media type; a PATCH is documented as a merge patch.
        string[] mediaTypes =
            context.Description.HttpMethod == HttpMethods.Patch
                ? [MergePatchJson, "application/json"]
                : ["application/json"];
        return new OpenApiRequestBody
        {
            Required = true,
            Content = mediaTypes.ToDictionary(
                mediaType => mediaType,
                _ => new OpenApiMediaType { Schema = schema, Example = example?.DeepClone() }
            ),
        };
    }

    private void DescribeSuccess(
        OpenApiResponse response,
        int status,
        OpenApiOperationTransformerContext context
    )
    {
        var type = context
            .Description.SupportedResponseTypes.FirstOrDefault(t => t.StatusCode == status)
            ?.Type;
        if (type is not null && IsExampled(type))
        {
            var example = JsonSerializer.SerializeToNode(ExampleOf(type), type, _json);
            foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
                media.Example = example?.DeepClone();
        }
        if (status == StatusCodes.Status201Created)
            AddHeader(response, "Location", "The URL of the created resource.");
        // A body with a version is a versioned resource: the handler sends that version as its ETag.
        if (type?.GetProperty("Version")?.PropertyType == typeof(int))
            AddHeader(
                response,
                "ETag",
                "The resource's version as an entity tag, e.g. \"3\"; send it back in If-Match."
            );
    }

    private void AddErrorExamples(
        OpenApiResponse response,
        int status,
        OpenApiOperation operation,
        IList<object> metadata
    )
    {
        var declared = metadata.OfType<RestErrorExample>().Select(e => e.Error);
        var errors = declared
            .Concat(RestErrorExamples.For(status, operation))
            .Where(error => error.Status == status)
            .DistinctBy(error => error.Code)
            .ToList();
        if (errors.Count == 0)
            return;
        foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
        {
            media.Examples ??= new Dictionary<string, IOpenApiExample>();
            foreach (var error in errors)
                media.Examples[error.Code] = new OpenApiExample
                {
                    Summary = error.Message,
                    Value = JsonSerializer.SerializeToNode(error, _json),
                };
        }
        response.Description = $"{response.Description}: {string.Join(", ", errors.Select(e => e.Code))}";
    }

    // The authentication challenge, when to come back, and where the caller stands against the rate limit: the
    // limiter charges a request after authorization and before its handler, so every answer but a 401 or 503 (no
    // account yet), a 403 (refused for a missing scope before the charge) and a 500 (the error handler starts the response afresh) carries the X-RateLimit headers.
    private static void DescribeAccessHeaders(OpenApiResponse response, int status, bool rateLimited)
    {
        if (status == StatusCodes.Status401Unauthorized)
            AddHeader(
                response,
                "WWW-Authenticate",
                "Bearer, with error=\"invalid_token\" and an error_description when a token was sent but refused "
                    + "(RFC 6750)."
            );
        if (status == StatusCodes.Status403Forbidden)
            AddHeader(
                response,
                "WWW-Authenticate",
                "Bearer, with error=\"insufficient_scope\" and the scope the operation needs (RFC 6750)."
            );
        if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            AddHeader(
                response,
                "Retry-After",
                "Seconds to wait before trying again.",
                JsonSchemaType.Integer
            );
        if (
            !rateLimited
            || status
                is StatusCodes.Status401Unauthorized
                    or StatusCodes.Status403Forbidden
                    or StatusCodes.Status500InternalServerError
                    or StatusCodes.Status503ServiceUnavailable
        )
            return;
        AddHeader(response, "X-RateLimit-Limit", "The cost budget per window.", JsonSchemaType.Integer);
        AddHeader(
            response,
            "X-RateLimit-Remaining",
            "What remains of the budget after this request.",
            JsonSchemaType.Integer
        );
        AddHeader(
            response,
            "X-RateLimit-Reset",
            "Seconds until the window ends and the budget is whole again.",
            JsonSchemaType.Integer
        );
    }

    private static void AddHeader(
        OpenApiResponse response,
        string name,
        string description,
        JsonSchemaType type = JsonSchemaType.String
    )
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = type },
        };
    }

    private static OpenApiParameter IfMatch =>
        new()
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Description =
                "Apply only while the resource is still this version: an ETag from a read, e.g. \"3\". Absent or * "
                + "means no check; a stale tag is answered 412 version_conflict.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };

    private static bool IsExampled(Type type) =>
        type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRestExample<>));

    private static object? ExampleOf(Type type) =>
        type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
}
