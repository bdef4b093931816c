using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerGraph.Api.OpenApi;

/// <summary>
/// Gives enum schemas their JSON type: REST enums are strings (RENTAL_COMPANY), null where nullable; and a property
/// omitted when null its type without null.
/// </summary>
internal sealed class RestSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(
        OpenApiSchema schema,
        OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        if (schema.Type is null && schema.Enum is { Count: > 0 } values)
        {
            var strings = values.All(value => value is null || value.GetValueKind() == JsonValueKind.String);
            if (strings)
                schema.Type = values.Any(value => value is null)
                    ? JsonSchemaType.String | JsonSchemaType.Null
                    : JsonSchemaType.String;
        }
        // A property left out when null (the error's violations) is absent or set, never null.
        if (
            schema.Type is { } type
            && context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(
                typeof(JsonIgnoreAttribute),
                true
            )
                is [JsonIgnoreAttribute { Condition: JsonIgnoreCondition.WhenWritingNull }, ..]
        )
            schema.Type = type & ~JsonSchemaType.Null;
        return Task.CompletedTask;
    }
}
