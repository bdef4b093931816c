using System.Runtime.ExceptionServices;

namespace CustomerGraph.GraphQL.Tests.Validation;

/// <summary>Runs work on a thread with a small stack, so that recursion as deep as a hostile document would overflow it.</summary>
public static class SmallStack
{
    private const int StackSize = 256 * 1024;

    // A hang detector, not a speed target: the work takes well under a second when it terminates at all.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Returns what work returns, rethrowing what it throws; fails when it has not ended within the hang guard.</summary>
    public static T Run<T>(Func<T> work)
    {
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = ExceptionDispatchInfo.Capture(exception);
                }
            },
            StackSize
        )
        {
            IsBackground = true,
        };
        thread.Start();
        Assert.True(thread.Join(HangGuard), $"did not end within {HangGuard}");
        failure?.Throw();
        return result!;
    }
}
