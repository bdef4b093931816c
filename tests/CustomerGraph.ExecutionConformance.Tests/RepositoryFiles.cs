using System.Diagnostics;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>Finds the suite's files in the repository and runs the graphql-js oracle over them.</summary>
internal static class RepositoryFiles
{
    public static readonly string Root = RepositoryRoot.Path;
    public static readonly string SuiteDirectory = Path.Combine(Root, "tests", "conformance-execution");
    public static readonly string OperationsDirectory = Path.Combine(SuiteDirectory, "operations");
    public static readonly string SummaryFile = Path.Combine(
        Root,
        "test-output",
        "summaries",
        "execution-conformance.txt"
    );

    public static string ReadSuiteFile(string name) => File.ReadAllText(Path.Combine(SuiteDirectory, name));

    /// <summary>Runs <c>node oracle.mjs</c> with the arguments and input given; its standard output.</summary>
    public static string RunOracle(string? input = null, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(Root, "node_modules", "graphql")))
            throw new InvalidOperationException(
                "graphql-js is not installed: run 'npm ci' at the repository root."
            );
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(SuiteDirectory, "oracle.mjs"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process =
            Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
            process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"oracle.mjs exited with code {process.ExitCode}: {error.Result}"
            );
        return output.Result;
    }
}
