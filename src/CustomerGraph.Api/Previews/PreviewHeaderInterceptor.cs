using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Graph.Previews;
using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Previews;

/// <summary>Puts the code names of the request's <c>TU-PREVIEW</c> header in the request items, where preview fields look.</summary>
internal sealed class PreviewHeaderInterceptor : IRequestInterceptor
{
    public ValueTask<GraphQLError?> InterceptAsync(
        InterceptedRequest request,
        CancellationToken cancellationToken
    )
    {
        var headers = GraphQLHttpHandler.HttpContextOf(request).Request.Headers;
        request.Items[PreviewHeader.ItemKey] = PreviewHeader.Parse(headers[PreviewHeader.Name]);
        return ValueTask.FromResult<GraphQLError?>(null);
    }
}
