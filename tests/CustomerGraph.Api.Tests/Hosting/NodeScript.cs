using System.Diagnostics;
using CustomerGraph.Customers.Seeding;

namespace CustomerGraph.Api.Tests;

/// <summary>Runs the repository's Node scripts (graphql-http audit, browser tests) and finds the repository's folders.</summary>
internal static class NodeScript
{
    /// <summary>The test command's output folder, where summaries and screenshots go.</summary>
    public static string OutputDirectory(string child)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "test-output", child);
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// Runs a script with <c>CUSTOMERGRAPH_TOKEN</c> set to a bearer token for the demo account that every
    /// <see cref="ApiFactory"/> host accepts; scripts that call the API send it.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string script,
        TimeSpan timeout,
        params string[] arguments
    )
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CUSTOMERGRAPH_TOKEN"] = TestTokens.For(DemoSeed.DemoAccountId);
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, script));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout}: {await error}");
        }
        return (process.ExitCode, await output, await error);
    }
}
