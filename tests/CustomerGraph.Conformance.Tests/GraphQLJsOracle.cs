using System.Diagnostics;
using System.Text.Json;

namespace CustomerGraph.Conformance.Tests;

/// <summary>
/// graphql-js's verdict on one corpus document, as tests/conformance/oracle.mjs reports it;
/// <see cref="PrintRoundTrips"/> tells whether graphql-js's own print parses back to the same tree.
/// </summary>
public sealed record OracleDocument(
    string File,
    string Name,
    string Source,
    string Schema,
    string Verdict,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Messages,
    string? Printed,
    bool PrintRoundTrips
);

/// <summary>graphql-js's verdict on one SDL case: valid ones carry printSchema and its one-round fixed point.</summary>
public sealed record OracleSchema(
    string File,
    string Name,
    string Source,
    string Verdict,
    IReadOnlyList<string> Messages,
    string? Printed,
    string? Reprinted
);

/// <summary>The whole oracle report.</summary>
public sealed record OracleReport(
    string GraphqlVersion,
    IReadOnlyList<string> Rules,
    IReadOnlyList<OracleDocument> Documents,
    IReadOnlyList<OracleSchema> Schemas
);

/// <summary>Runs the graphql-js oracle (Node) over the conformance corpus.</summary>
public static class GraphQLJsOracle
{
    public const string ScriptPath = "tests/conformance/oracle.mjs";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static OracleReport Run()
    {
        var root = RepositoryRoot.Path;
        if (!File.Exists(Path.Combine(root, "node_modules", "graphql", "package.json")))
            throw new InvalidOperationException(
                "graphql-js is not installed: run `npm ci` at the repository root before the conformance tests."
            );

        var startInfo = new ProcessStartInfo("node", ScriptPath)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException(
                $"Cannot run node ({error.Message}): Node.js is required for the conformance tests.",
                error
            );
        }

        using (process)
        {
            var errorOutput = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException(
                    $"node {ScriptPath} exited with {process.ExitCode}:{Environment.NewLine}{errorOutput.Result}"
                );
            return JsonSerializer.Deserialize<OracleReport>(output, JsonOptions)
                ?? throw new InvalidOperationException($"node {ScriptPath} printed no report.");
        }
    }
}
