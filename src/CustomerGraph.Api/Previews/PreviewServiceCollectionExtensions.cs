using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Previews;

/// <summary>Registers what preview fields need from each request.</summary>
public static class PreviewServiceCollectionExtensions
{
    /// <summary>Adds the interceptor that hands the <c>TU-PREVIEW</c> header's code names to every GraphQL operation.</summary>
    public static IServiceCollection AddPreviewHeader(this IServiceCollection services) =>
        services.AddSingleton<IRequestInterceptor, PreviewHeaderInterceptor>();
}
