namespace CustomerGraph.Api.Rest;

/// <summary>The request record a handler reads its body into (see <see cref="RestRequest"/>), declared for the API description.</summary>
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
