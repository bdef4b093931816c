using System.Text.Json.Serialization.Metadata;
using CustomerGraph.Api.Rest;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerGraph.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 description of the REST Customer API v1, generated from the REST endpoints' metadata, and the
/// Swagger UI that browses it (its assets are embedded in its package, so it works offline).
/// </summary>
public static class CustomerApiDocument
{
    /// <summary>The document's name, the last segment of its URL.</summary>
    public const string Name = "customer-api";

    /// <summary>Where the document is served.</summary>
    public const string DocumentPath = $"/openapi/{Name}.json";

    /// <summary>The name of the bearer token security scheme every operation requires.</summary>
    public const string BearerScheme = "bearer";

    /// <summary>Where the Swagger UI is served.</summary>
    public const string UiPath = "/openapi";

    /// <summary>Registers the document's generation from the REST endpoints.</summary>
    public static IServiceCollection AddCustomerApiDocument(this IServiceCollection services) =>
        services
            .ConfigureHttpJsonOptions(options =>
                options.SerializerOptions.TypeInfoResolver = (
                    options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()
                ).WithAddedModifier(OptionalProperties.Unwrap)
            )
            .AddOpenApi(
                Name,
                options =>
                {
                    options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
                    // Only the REST APIs (Customer and Custom Fields): GraphQL, health and explorer routes are described
                    // elsewhere or not at all.
                    options.ShouldInclude = description => RestApi.IsRestPath("/" + description.RelativePath);
                    options.AddDocumentTransformer(
                        (document, _, _) =>
                        {
                            document.Info = new OpenApiInfo
                            {
                                Title = "Customer API",
                                Version = "v1",
                                Description =
                                    "A fleet owner's customers, their contacts and the assets assigned to them, under "
                                    + "/customer/v1, and the Custom Fields API v1 (custom field definitions and "
                                    + "values of customers) under /custom-fields/v1. "
                                    + "Errors are a JSON object {status, code, message, violations?} with a "
                                    + "snake_case code; a 400 lists every rejected field in violations. Writes are "
                                    + "made conditional with If-Match and the ETag (the version) of a read.",
                            };
                            // Every operation needs an account: a bearer JWT naming it.
                            document.AddComponent<IOpenApiSecurityScheme>(
                                BearerScheme,
                                new OpenApiSecurityScheme
                                {
                                    Type = SecuritySchemeType.Http,
                                    Scheme = "bearer",
                                    BearerFormat = "JWT",
                                    Description =
                                        "An OAuth 2.0 bearer token (a JWT) whose account_id claim names the account "
                                        + "acted for. Without a valid one an operation answers 401 unauthenticated.",
                                }
                            );
                            document.Security =
                            [
                                new OpenApiSecurityRequirement
                                {
                                    [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
                                },
                            ];
                            return Task.CompletedTask;
                        }
                    );
                    // A list parameter's binding type is described as what it reads (see RestOperationTransformer), not
                    // as a component of its own.
                    options.CreateSchemaReferenceId = type =>
                        typeof(IQueryParameter).IsAssignableFrom(
                            Nullable.GetUnderlyingType(type.Type) ?? type.Type
                        )
                            ? null
                            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
                    options.AddOperationTransformer<RestOperationTransformer>();
                    options.AddSchemaTransformer<RestSchemaTransformer>();
                }
            );

    /// <summary>
    /// The Swagger UI's page and files: its scripts, styles and the document from this host only, icons from data:
    /// URLs. No inline script (its page has none; its config is the script index.js) and no eval; of inline style
    /// only, by hash, the &lt;style&gt; inside the logo SVG its top bar draws (swagger-ui 5.34.1). The document keeps
    /// the host's deny-all default.
    /// </summary>
    public const string UiContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; "
        + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Serves the Swagger UI, public like the document it shows. It is middleware, not an endpoint, so it must come
    /// before authentication, which would otherwise ask its unrouted requests for an account.
    /// </summary>
    public static IApplicationBuilder UseCustomerApiUi(this IApplicationBuilder app)
    {
        app.Use(
            (context, next) =>
            {
                var path = context.Request.Path;
                if (path.StartsWithSegments(UiPath) && path != DocumentPath)
                    context.Response.Headers.ContentSecurityPolicy = UiContentSecurityPolicy;
                return next(context);
            }
        );
        return app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = UiPath.TrimStart('/');
            options.DocumentTitle = "Customer API v1";
            options.SwaggerEndpoint(DocumentPath, "Customer API v1");
        });
    }

    /// <summary>Serves the document at <see cref="DocumentPath"/> to anyone: it is public documentation.</summary>
    public static IEndpointRouteBuilder MapCustomerApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath.Replace(Name, "{documentName}", StringComparison.Ordinal))
            .AllowAnonymous();
        return app;
    }
}
