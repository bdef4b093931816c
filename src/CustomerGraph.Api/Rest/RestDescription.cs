namespace CustomerGraph.Api.Rest;

/// <summary>
/// A query parameter a handler reads and checks itself (so a bad value is a Trackunit 400, not a binding failure),
/// declared as endpoint metadata for the API description. An array type is a comma-separated list.
/// </summary>
public sealed record RestQueryParameter(string Name, Type Type, string Description);

/// <summary>The JSON body a handler reads field by field (see <see cref="RestBody"/>), declared for the API description.</summary>
public sealed record RestRequestBody(Type Type);

/// <summary>An error object an endpoint answers with, shown in the API description as an example of its status.</summary>
public sealed record RestErrorExample(RestError Error);

/// <summary>A REST body type with a realistic example, shown in the API description.</summary>
public interface IRestExample<TSelf>
    where TSelf : IRestExample<TSelf>
{
    /// <summary>A body as a client would send or receive it.</summary>
    static abstract TSelf Example { get; }
}

/// <summary>Adds the API description metadata above to an endpoint.</summary>
public static class RestDescriptionExtensions
{
    public static RouteHandlerBuilder WithQueryParameter<TValue>(
        this RouteHandlerBuilder builder,
        string name,
        string description
    ) => builder.WithMetadata(new RestQueryParameter(name, typeof(TValue), description));

    /// <summary>
    /// Declares the JSON body the handler reads, and the statuses reading any body can answer: 413 over
    /// <see cref="RestApi.MaxBodyBytes"/>, 415 for a content type other than JSON.
    /// </summary>
    public static RouteHandlerBuilder WithRequestBody<TBody>(this RouteHandlerBuilder builder)
        where TBody : IRestExample<TBody> =>
        builder
            .WithMetadata(new RestRequestBody(typeof(TBody)))
            .Produces<RestError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<RestError>(StatusCodes.Status415UnsupportedMediaType);

    public static RouteHandlerBuilder WithErrorExample(this RouteHandlerBuilder builder, RestError error) =>
        builder.WithMetadata(new RestErrorExample(error));
}
