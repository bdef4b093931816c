using System.Text.Json;

namespace CustomerGraph.Federation.Tests;

/// <summary>
/// One run of Apollo's subgraph compatibility suite (<c>@apollo/federation-subgraph-compatibility</c> 1.2.1, installed in
/// <c>tests/federation</c>), as its own runner would do it but without pm2, docker or rover: the suite's bundled users
/// (4002) and inventory (4003) subgraphs, the products subgraph built with this engine (4001), a supergraph composed
/// from their live <c>_service { sdl }</c>, Hive Gateway on 4000, then the suite's jest tests. Everything runs in a
/// <see cref="LoopbackNamespace"/> with Apollo's telemetry off.
/// </summary>
public sealed class CompatibilityRun : IDisposable
{
    /// <summary>The suite's 15 checks (its testRunner's TESTS): a check passes when none of its jest tests fails.</summary>
    public static readonly (string Assertion, bool Required)[] Checks =
    [
        ("introspection", true),
        ("@key single", true),
        ("@key multiple", false),
        ("@key composite", false),
        ("repeatable @key", false),
        ("@requires", false),
        ("@provides", false),
        ("ftv1", false),
        ("@link", true),
        ("@shareable", false),
        ("@tag", false),
        ("@override", false),
        ("@inaccessible", false),
        ("@composeDirective", false),
        ("@interfaceObject", false),
    ];

    private static readonly Dictionary<string, string> NodeEnvironment = new()
    {
        ["APOLLO_TELEMETRY_DISABLED"] = "1",
        ["NODE_ENV"] = "production",
    };

    public CompatibilityRun()
    {
        var federation = RepositoryRoot.Combine("tests", "federation");
        var suite = Path.Combine(
            federation,
            "node_modules",
            "@apollo",
            "federation-subgraph-compatibility-tests"
        );
        if (!Directory.Exists(suite))
            throw new InvalidOperationException(
                "The compatibility suite is not installed: run npm ci --prefix tests/federation (test.sh does)."
            );
        var output = Directory.CreateDirectory(RepositoryRoot.Combine("test-output", "federation")).FullName;
        var products = Path.Combine(
            AppContext.BaseDirectory.Replace(
                "CustomerGraph.Federation.Tests",
                "CustomerGraph.FederationCompatibility"
            ),
            "CustomerGraph.FederationCompatibility.dll"
        );
        var loopback = Path.Combine(federation, "compatibility", "loopback.cjs");

        Network = LoopbackNamespace.Create();
        try
        {
            Interfaces = Network.Interfaces();
            foreach (var (name, port) in new[] { ("users", 4002), ("inventory", 4003) })
                Network.Start(
                    Path.Combine(output, $"{name}.log"),
                    NodeEnvironment,
                    federation,
                    "node",
                    "--require",
                    loopback,
                    Path.Combine(suite, "dist", "subgraphs", name, "index.js")
                );
            Network.Start(
                Path.Combine(output, "products.log"),
                new Dictionary<string, string>(),
                federation,
                "dotnet",
                products,
                "--schema",
                Path.Combine(suite, "products.graphql"),
                "--port",
                "4001"
            );
            Node(
                federation,
                "compatibility/wait.mjs",
                "http://127.0.0.1:4001/",
                "http://127.0.0.1:4002/",
                "http://127.0.0.1:4003/"
            );
            var supergraph = Path.Combine(output, "supergraph.graphql");
            Node(
                federation,
                "compatibility/compose.mjs",
                supergraph,
                "products=http://127.0.0.1:4001/",
                "users=http://127.0.0.1:4002/",
                "inventory=http://127.0.0.1:4003/"
            );
            Network.Start(
                Path.Combine(output, "gateway.log"),
                NodeEnvironment,
                federation,
                "node",
                Path.Combine(federation, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js"),
                "supergraph",
                supergraph,
                "--config-path",
                "compatibility/gateway.mjs",
                "--host",
                "127.0.0.1",
                "--port",
                "4000"
            );
            Node(federation, "compatibility/wait.mjs", "http://127.0.0.1:4000/");

            var results = Path.Combine(output, "jest.json");
            File.Delete(results);
            var jest = Network.Run(
                "node",
                [
                    Path.Combine(federation, "node_modules", "jest", "bin", "jest.js"),
                    "dist/tests",
                    "--ci",
                    "--config",
                    "federation-jest.config.js",
                    "-w",
                    "1",
                    "--json",
                    "--outputFile",
                    results,
                ],
                suite,
                new Dictionary<string, string>(NodeEnvironment)
                {
                    ["PRODUCTS_URL"] = "http://localhost:4001/",
                },
                TimeSpan.FromMinutes(5)
            );
            File.WriteAllText(Path.Combine(output, "jest.log"), jest.Output);
            if (!File.Exists(results))
                throw new InvalidOperationException(
                    "The compatibility suite wrote no results:\n" + jest.Output
                );
            using var document = JsonDocument.Parse(File.ReadAllText(results));
            Tests = document
                .RootElement.GetProperty("testResults")
                .EnumerateArray()
                .SelectMany(file => file.GetProperty("assertionResults").EnumerateArray())
                .Select(test =>
                {
                    var ancestors = test.GetProperty("ancestorTitles");
                    var check =
                        ancestors.GetArrayLength() == 0
                            ? test.GetProperty("fullName").GetString()!
                            : ancestors[0].GetString()!;
                    return (
                        check,
                        test.GetProperty("fullName").GetString()!,
                        test.GetProperty("status").GetString() == "passed"
                    );
                })
                .ToList();
        }
        catch
        {
            Network.Dispose();
            throw;
        }
    }

    public LoopbackNamespace Network { get; }

    /// <summary>The namespace's interfaces when the run started.</summary>
    public IReadOnlyList<string> Interfaces { get; }

    /// <summary>Every jest test of the suite: the check it belongs to, its name, and whether it passed.</summary>
    public IReadOnlyList<(string Check, string Name, bool Passed)> Tests { get; }

    public bool CheckPasses(string assertion) =>
        Tests.Any(t => t.Check == assertion) && Tests.Where(t => t.Check == assertion).All(t => t.Passed);

    private void Node(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = Network.Run(
            "node",
            arguments,
            workingDirectory,
            NodeEnvironment,
            TimeSpan.FromMinutes(2)
        );
        if (exitCode != 0)
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed:\n{output}");
    }

    public void Dispose() => Network.Dispose();
}
