namespace CustomerGraph.GraphQL.Tests.DataLoading;

/// <summary>Runs test code on the thread pool, away from xunit's synchronization context, as a server runs resolvers.</summary>
internal static class WithoutContext
{
    public static Task Run(Func<Task> body) => Task.Run(body);
}
