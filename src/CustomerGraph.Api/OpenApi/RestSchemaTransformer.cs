using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerGraph.Api.OpenApi;

/// <summary>Gives enum schemas their JSON type: REST enums are strings (RENTAL_COMPANY), null where nullable.</summary>
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
        return Task.CompletedTask;
    }
}
