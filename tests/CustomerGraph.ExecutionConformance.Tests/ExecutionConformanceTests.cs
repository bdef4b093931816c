using System.Text;
using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// Differential execution suite: every case of tests/conformance-execution/operations runs through
/// graphql-js 17.1 (oracle.mjs) and through our <c>RequestExecutor</c>, once with synchronous resolvers
/// and once with every field resolving asynchronously. Data must be equal, errors equal as a set
/// (message, path, locations). One test per operations file and mode reports all its disagreements.
/// </summary>
public sealed class ExecutionConformanceTests
{
    private static readonly Lazy<Task<SuiteRun>> Run = new(RunSuiteAsync);

    public static TheoryData<string, bool> OperationFiles()
    {
        var data = new TheoryData<string, bool>();
        foreach (var file in OperationFileNames())
        {
            data.Add(file, false);
            data.Add(file, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OperationFiles))]
    public async Task Responses_agree_with_graphql_js(string file, bool asyncResolvers)
    {
        var run = await Run.Value;
        var outcomes = (asyncResolvers ? run.Async : run.Sync)[file];
        var disagreements = outcomes.Where(o => o.Disagreement is not null).ToList();
        if (disagreements.Count == 0)
            return;
        var report = new StringBuilder(
            $"{file} ({(asyncResolvers ? "async" : "sync")} resolvers): {disagreements.Count} of {outcomes.Count} responses differ from graphql-js\n"
        );
        foreach (var outcome in disagreements)
            report.Append($"\n- {outcome.Case}\n{outcome.Disagreement}\n");
        Assert.Fail(report.ToString());
    }

    private sealed record CaseOutcome(string Case, string? Disagreement, bool SpecStrictAdjusted);

    private sealed record SuiteRun(
        Dictionary<string, List<CaseOutcome>> Sync,
        Dictionary<string, List<CaseOutcome>> Async
    );

    private static IEnumerable<string> OperationFileNames() =>
        Directory
            .GetFiles(RepositoryFiles.OperationsDirectory, "*.graphql")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    private static async Task<SuiteRun> RunSuiteAsync()
    {
        var sync = await RunModeAsync(asyncResolvers: false);
        var async = await RunModeAsync(asyncResolvers: true);
        int Agreeing(Dictionary<string, List<CaseOutcome>> mode) =>
            mode.Values.Sum(o => o.Count(c => c.Disagreement is null));
        var cases = sync.Values.Sum(o => o.Count);
        var adjusted = sync.Values.Sum(o => o.Count(c => c.SpecStrictAdjusted));
        Directory.CreateDirectory(Path.GetDirectoryName(RepositoryFiles.SummaryFile)!);
        await File.WriteAllTextAsync(
            RepositoryFiles.SummaryFile,
            $"graphql-js execution conformance: {Agreeing(sync) + Agreeing(async)}/{2 * cases} responses agree "
                + $"({cases} cases; sync resolvers {Agreeing(sync)}/{cases}, async resolvers {Agreeing(async)}/{cases}; "
                + $"{adjusted} graphql-js answers read spec-strict: @deprecated has no DIRECTIVE_DEFINITION location in the spec)\n"
        );
        return new SuiteRun(sync, async);
    }

    private static async Task<Dictionary<string, List<CaseOutcome>>> RunModeAsync(bool asyncResolvers)
    {
        using var oracle = JsonDocument.Parse(
            asyncResolvers ? RepositoryFiles.RunOracle(null, "--async") : RepositoryFiles.RunOracle()
        );
        var files = new Dictionary<string, List<CaseOutcome>>(StringComparer.Ordinal);
        foreach (var file in OperationFileNames())
        {
            var expectedByCase = oracle.RootElement.GetProperty(file);
            var outcomes = files[file] = [];
            var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.OperationsDirectory, file));
            foreach (var testCase in OperationCase.ReadAll(text))
            {
                var expected = expectedByCase.GetProperty(testCase.Name);
                outcomes.Add(
                    new CaseOutcome(
                        testCase.Name,
                        await CompareAsync(testCase, expected, asyncResolvers),
                        expected.TryGetProperty("specStrictAdjusted", out _)
                    )
                );
            }
        }
        return files;
    }

    /// <summary>Null when our response agrees with graphql-js's; otherwise both, for the report.</summary>
    private static async Task<string?> CompareAsync(
        OperationCase testCase,
        JsonElement oracleResponse,
        bool asyncResolvers
    )
    {
        if (oracleResponse.TryGetProperty("invalid", out var invalid))
            return $"  the document is not valid for graphql-js (only valid documents belong here): {invalid}";
        var expected = ComparableResponse.From(oracleResponse, asyncResolvers);
        string actualJson;
        try
        {
            actualJson = await ConformanceEngine.ExecuteAsync(
                testCase.Source,
                testCase.Variables,
                testCase.OperationName,
                asyncResolvers
            );
        }
        catch (Exception exception)
        {
            return $"  expected: {expected}\n  actual:   threw {exception.GetType().Name}: {exception.Message}";
        }
        using var actualDocument = JsonDocument.Parse(actualJson);
        var actual = ComparableResponse.From(actualDocument.RootElement, asyncResolvers);
        return expected.Agrees(actual)
            ? null
            : $"  expected: {expected}\n  actual:   {actual}{expected.DescribeDataDifference(actual)}";
    }
}
