using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CustomerGraph.Api.Rest;

/// <summary>Reads a REST request body into its request record, declared once for reading and for the API description.</summary>
public static class RestRequest
{
    // No member is required while deserializing: RestBodyShape has already reported every missing one a handler cannot
    // do without, and a missing name is the domain's to report, as on the graph.
    private static readonly JsonSerializerOptions Reading = new(RestJsonContext.Default.Options)
    {
        TypeInfoResolver = RestJsonContext.Default.WithAddedModifier(info =>
        {
            foreach (var property in info.Properties)
                property.IsRequired = false;
        }),
    };

    /// <summary>
    /// The body as a <typeparamref name="TRequest"/> with the JSON it came from (for quoting rejected values); or the
    /// error: a transport failure of <see cref="RestBody"/>, or 400 constraint_violation naming every member of the
    /// wrong type (<see cref="RestBodyShape"/>).
    /// </summary>
    public static async Task<(TRequest? Request, JsonElement Json, RestError? Error)> ReadAsync<TRequest>(
        HttpRequest request,
        CancellationToken cancellationToken
    )
        where TRequest : class
    {
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is not { } json)
            return (null, default, error);
        var type = (JsonTypeInfo<TRequest>)Reading.GetTypeInfo(typeof(TRequest));
        var violations = RestBodyShape.Violations(json, type);
        if (violations.Count > 0)
            return (null, json, RestError.ConstraintViolation(violations));
        return (json.Deserialize(type), json, null);
    }
}
